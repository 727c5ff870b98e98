"""An outlet's name from a title that also names a section: feeds' and pages' one rule.

"World news | The Guardian", "NYT > World News", "Africa | Sahel Wire", "Al Jazeera –
Breaking News, World News and Video from Al Jazeera": taken whole, every section of
one outlet was an outlet of its own on the map and in the comparison.
:func:`outlet_part` keeps the part of such a name (parts split at
:data:`geomap.outlet_names.OUTLET_SEPARATOR`) that names the site: its host's label before
the public suffix (``theguardian``, ``nytimes``, ``bbc`` of ``bbc.co.uk``, ``cnn`` of
``edition.cnn.com``), a part equal to it winning over one it merely starts with; else
a part of several words equal to another label of the host (``sahelwire`` of
``sahelwire.substack.com``, a site on a platform's subdomain; not a section's
subdomain, ``world.thedailystar.net``); else the one part of several words whose
words' beginnings spell the label (``slobwire``: "Slobozhansky Wire").  A name with no
such part is kept whole.  A feed's
channel title is told by the site the channel links to, else by its items' links
(:func:`channel_outlet`); a page's site name (``og:site_name``, trafilatura's, the
JSON-LD publisher) by the page's address (:mod:`geomap.io.html`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geomap.outlet_names import OUTLET_SEPARATOR, outlet_from_url

#: Second-level labels of country suffixes ("co.uk", "com.au", "org.pl"): no site's name.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "news"})
#: Fewest letters of a part that names the site (an abbreviation such as "NYT").
_MIN_LETTERS = 3
#: Most words of an outlet's name spelt by its address's abbreviation (a title is input).
_MAX_NAME_WORDS = 6
#: A word of a name ("Sahel", "Wire").
_WORD = re.compile(r"[^\W_]+")


def letters(text: str) -> str:
    """``text``'s letters and digits in one case: how two names are compared here."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def channel_outlet(
    title: str | None, site: str | None, items: Iterable[str | None] = ()
) -> str | None:
    """The outlet a channel ``title`` names, told by the ``site`` the feed links to.

    Without a part naming that site (or without one), the hosts the ``items`` link
    to tell it, the most common first.

    >>> channel_outlet("World news | The Guardian", "https://www.theguardian.com/world")
    'The Guardian'
    >>> channel_outlet("NYT > World News", "https://www.nytimes.com/section/world")
    'NYT'
    >>> channel_outlet("BBC News", "https://www.bbc.co.uk/news")
    'BBC News'
    >>> channel_outlet("Opinion | Daily Wire", None)
    'Opinion | Daily Wire'
    >>> channel_outlet("Africa | Sahel Wire", None, ["https://sahelwire.org/a1"])
    'Sahel Wire'
    >>> channel_outlet("World news | The Daily Planet", "https://dailyplanet.example.com")
    'The Daily Planet'
    """
    hosts = [h for h in map(outlet_from_url, items) if h]
    ranked = sorted(dict.fromkeys(hosts), key=lambda h: -hosts.count(h))
    return outlet_part(title, [site, *ranked])


def outlet_part(name: str | None, sites: Iterable[str | None]) -> str | None:
    """The part of ``name`` that names one of the ``sites`` (addresses), else ``name``.

    >>> outlet_part("Africa | Sahel Wire", ["https://sahelwire.example.com/africa"])
    'Sahel Wire'
    >>> outlet_part("Edition | CNN", ["https://edition.cnn.com/world"])
    'CNN'

    With no part naming a site, a feed's own label beside one other part is left out:

    >>> outlet_part("Новости Севера - Latest", ["https://sever-news.example/"])
    'Новости Севера'
    """
    if not name:
        return name
    parts = [p.strip() for p in OUTLET_SEPARATOR.split(name)]
    if len(parts) < 2:
        return name
    for site in sites:
        host = outlet_from_url(site)
        found = _site_part(parts, host) if host else None
        if found:
            return found
    named = [p for p in parts if not _feed_words(p)]
    return named[0] if len(named) == 1 and len(letters(named[0])) >= _MIN_LETTERS else name


#: Words of a feed's or a page's own label, not of an outlet's name ("Новости Севера -
#: Latest", "Daily Post | Top Stories", "Home - Sahel Wire").
_FEED_WORDS = frozenset(
    """
    latest news top stories headlines home all rss feed feeds articles breaking updates
    live front page main
    """.split()  # noqa: SIM905
)


def _feed_words(part: str) -> bool:
    """Whether ``part`` is only words of a feed's own label ("Latest", "Top Stories").

    >>> _feed_words("Latest news"), _feed_words("Sahel Wire")
    (True, False)
    """
    words = [w.casefold() for w in _WORD.findall(part)]
    return bool(words) and all(w in _FEED_WORDS for w in words)


def _site_part(parts: list[str], host: str) -> str | None:
    """The part naming ``host``'s site: equal to its label, starting it, equal to another."""
    label = letters(site_label(host))
    fits = []
    for part in parts:
        own = letters(part)
        if len(own) < _MIN_LETTERS or len(label) < _MIN_LETTERS:
            continue
        if own == label:
            return part
        if label.startswith(own) or own.startswith(label):
            fits.append((len(own), part))
    if fits:
        return max(fits)[1]
    return _platform_part(parts, host, label) or _abbreviated_part(parts, label)


def _abbreviated_part(parts: list[str], label: str) -> str | None:
    """The one part whose words' beginnings, in order, spell the host's ``label``.

    A site's address often shortens its name: ``slobwire`` is "**Slob**ozhansky
    **Wire**", ``nytimes`` "**N**ew **Y**ork **Times**" ("The" left out).  Only a
    part of two to :data:`_MAX_NAME_WORDS` words, and only when one part alone fits.

    >>> _abbreviated_part(["Kharkiv region", "Slobozhansky Wire"], "slobwire")
    'Slobozhansky Wire'
    >>> _abbreviated_part(["World", "The New York Times"], "nytimes")
    'The New York Times'
    >>> _abbreviated_part(["Sport", "Daily Post"], "sport") is None
    True
    """
    found = []
    for part in parts:
        words = [letters(w) for w in _WORD.findall(part)]
        if words and words[0] in _ARTICLES:
            words = words[1:]
        if 2 <= len(words) <= _MAX_NAME_WORDS and _spelt_by_beginnings(label, words):
            found.append(part)
    return found[0] if len(found) == 1 else None


def _spelt_by_beginnings(label: str, words: list[str]) -> bool:
    """Whether ``label`` is each of ``words``' beginning (one letter or more), joined in order."""
    if not words:
        return not label
    first, rest = words[0], words[1:]
    return any(
        label.startswith(first[:n]) and _spelt_by_beginnings(label[n:], rest)
        for n in range(len(first), 0, -1)
    )


def _platform_part(parts: list[str], host: str, label: str) -> str | None:
    """The part naming a site on a platform's subdomain (``sahelwire.substack.com``).

    A subdomain is as often a section (``world.thedailystar.net``,
    ``latest.smh.com.au``), so its label names the site only when one part alone
    equals one such label, that part is a name of several words written joined
    in the label ("Sahel Wire": a section's one word, "World", is not), and no
    other part names the main label's site ("Daily Star" in ``thedailystar``).
    """
    others = {letters(x) for x in host.split(".")[:-1] if len(letters(x)) >= _MIN_LETTERS}
    others -= {label, *_SECOND_LEVEL}
    found = [part for part in parts if _forms(part) & others]
    if len(found) != 1 or len(_WORD.findall(found[0])) < 2:
        return None
    rest = [letters(p) for p in parts if p is not found[0]]
    if any(own and (own in label or label in own) for own in rest):
        return None
    return found[0]


#: Articles a site's name may open with that its address leaves out ("The Daily Planet").
_ARTICLES = frozenset({"the", "le", "la", "les", "l", "der", "die", "das"})


def _forms(part: str) -> set[str]:
    """A part's letters, with and without a leading article ("thedailyplanet", "dailyplanet")."""
    words = _WORD.findall(part)
    forms = {letters(part)}
    if len(words) > 1 and words[0].casefold() in _ARTICLES:
        forms.add(letters("".join(words[1:])))
    return forms


def site_label(host: str) -> str:
    """The label of ``host`` before its public suffix ("edition.cnn.com" -> "cnn").

    >>> site_label("edition.cnn.com"), site_label("www.bbc.co.uk"), site_label("dw.com")
    ('cnn', 'bbc', 'dw')
    """
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]  # bbc.co.uk: "co" is part of the suffix
    return labels[-2] if len(labels) >= 2 else labels[0]
