"""A feed's outlet from its channel title, which big outlets make a section's name.

"World news | The Guardian", "NYT > World News", "Al Jazeera – Breaking News, World
News and Video from Al Jazeera": taken whole, every section of one outlet was an
outlet of its own on the map and in the comparison.  :func:`channel_outlet` keeps the
part of such a title that names the site the feed links to (its host's label before
the public suffix: ``theguardian``, ``nytimes``, ``bbc`` of ``bbc.co.uk``, ``cnn`` of
``edition.cnn.com``); a part equal to it wins over one it merely starts with, and a title
with no such part is kept whole.
"""

from __future__ import annotations

import re

from geomap.metadata import outlet_from_url

#: What outlets put between their name and a section's in a channel title.
_PARTS = re.compile(r"\s+(?:[|>»:–—-])\s+")
#: Second-level labels of country suffixes ("co.uk", "com.au", "org.pl"): no site's name.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "news"})
#: Fewest letters of a part that names the site (an abbreviation such as "NYT").
_MIN_LETTERS = 3


def letters(text: str) -> str:
    """``text``'s letters and digits in one case: how two names are compared here."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def channel_outlet(title: str | None, site: str | None) -> str | None:
    """The outlet a channel ``title`` names, told by the ``site`` the feed links to.

    >>> channel_outlet("World news | The Guardian", "https://www.theguardian.com/world")
    'The Guardian'
    >>> channel_outlet("NYT > World News", "https://www.nytimes.com/section/world")
    'NYT'
    >>> channel_outlet("BBC News", "https://www.bbc.co.uk/news")
    'BBC News'
    >>> channel_outlet("Opinion | Daily Wire", None)
    'Opinion | Daily Wire'
    """
    if not title:
        return title
    parts = _PARTS.split(title)
    host = outlet_from_url(site)
    if len(parts) < 2 or not host:
        return title
    label = letters(site_label(host))
    if len(label) < _MIN_LETTERS:
        return title
    fits = []
    for part in parts:
        own = letters(part)
        if len(own) < _MIN_LETTERS:
            continue
        if own == label:
            return part.strip()
        if label.startswith(own) or own.startswith(label):
            fits.append((len(own), part.strip()))
    return max(fits)[1] if fits else title


def site_label(host: str) -> str:
    """The label of ``host`` before its public suffix ("edition.cnn.com" -> "cnn").

    >>> site_label("edition.cnn.com"), site_label("www.bbc.co.uk"), site_label("dw.com")
    ('cnn', 'bbc', 'dw')
    """
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]  # bbc.co.uk: "co" is part of the suffix
    return labels[-2] if len(labels) >= 2 else labels[0]
