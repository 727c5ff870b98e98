"""An outlet's name as pages, feeds and exports write it: its host, its separators.

"www.reuters.com/..." is the outlet reuters.com; "Shelling hits Kharkiv - Reuters" is a
headline ending with its outlet's name (:func:`without_outlet`); "Africa | Sahel Wire" a
section beside it (:data:`OUTLET_SEPARATOR`, read by :mod:`geomap.io.feed_outlets`).
"Kyiv Independent" (a CSV's) and "The Kyiv Independent" (a page's ``og:site_name``) are
one outlet (:func:`one_outlet_form`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from urllib.parse import urlsplit

from geomap.sanitize import quoted

#: What outlets put between their name and a section's or a headline's ("World news |
#: The Guardian", "Africa :: Sahel Wire"): one rule for page titles, feed and site names.
OUTLET_SEPARATOR = re.compile(r"\s+(?:::|[|>»:–—-])\s+")

#: A host's first label that names a copy of the same site: ``www``, ``www2``, a
#: mobile (``m``, ``mobile``) or AMP (``amp``) edition.
_SAME_SITE = re.compile(r"^(?:www\d*|m|mobile|amp)\.(?=[^.]+\.)")
#: An outlet written as a web address: a scheme, or a host that starts as
#: :data:`_SAME_SITE` does, and no spaces (``https://www.bbc.co.uk/news``,
#: ``www.dw.com``; "Reuters.com" is a name as written).
OUTLET_ADDRESS = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://\S+|(?:www\d*|m|mobile|amp)\.[^\s/]+\.[^\s/]+(?:/\S*)?)$",
    re.IGNORECASE,
)


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without ``www.`` (``"www.reuters.com/..." -> "reuters.com"``).

    A mobile or AMP edition's host is the site's (``amp.theguardian.com`` ->
    ``theguardian.com``, ``m.dw.com`` -> ``dw.com``): one outlet, not two, on the
    map and in the comparison.
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return _SAME_SITE.sub("", host)


def without_outlet(title: str, outlet: str) -> str:
    """``title`` without the outlet's name that aggregators and pages end it with.

    >>> without_outlet("Shelling hits Kharkiv - Reuters", "Reuters")
    'Shelling hits Kharkiv'
    >>> without_outlet("Reuters", "Reuters"), without_outlet("Talks | BBC News", "BBC News")
    ('Reuters', 'Talks')
    """
    tail = re.fullmatch(rf"(.*?\S){OUTLET_SEPARATOR.pattern}{re.escape(outlet)}", title, re.S)
    return tail.group(1) if tail else title


#: A URL's scheme, once blanks and controls are taken out (browsers ignore them there).
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(?!\d)")  # not a host's port
_BLANKS = re.compile(r"[\s\x00-\x1f\x7f]+")
#: Schemes kept: a web page's address (a ``javascript:``, ``data:`` or ``ftp:`` one is none).
WEB_SCHEMES = frozenset({"http", "https"})
#: Characters no address holds as typed: blanks, controls, quotes, angle brackets, a backslash.
_NOT_IN_ADDRESS = re.compile(r"[\s\x00-\x1f\x7f\"'<>`\\]")
#: A host name: dot-separated labels of letters, digits and hyphens, the last one letters
#: (or an IPv4 address), or a bracketed IPv6 address.
_HOST = re.compile(
    r"(?:(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)*[^\W\d_]{2,63}\.?|\d{1,3}(?:\.\d{1,3}){3}"
    r"|localhost|\[[0-9A-Fa-f:.]+\])"
)
#: A host-led address written without its scheme ("www.dw.com/x"): a dotted name, a port.
_BARE_HOST = re.compile(
    r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}(?::\d{1,5})?(?=[/?#]|$)"
)


def web_address(url: str | None) -> str | None:
    """``url`` when it is a web page's address, else ``None``.

    An address is absolute ``http`` or ``https`` with a host, or a host-led one written
    without its scheme ("www.dw.com/x"); it holds no blank, control, quote or angle
    bracket.  Every reader's url (a record's field, a feed's link, a WARC target, a
    page's canonical link) is checked here.

    >>> web_address("https://www.dw.com/x"), web_address("www.dw.com:443/x")
    ('https://www.dw.com/x', 'www.dw.com:443/x')
    >>> web_address("javascript:alert(1)"), web_address(" JaVa\tScript:x"), web_address("data:,x")
    (None, None, None)
    >>> web_address("here"), web_address("http:///x"), web_address('http://a.example/"><b>')
    (None, None, None)
    """
    if not url or _NOT_IN_ADDRESS.search(url):
        return None
    scheme = _SCHEME.match(url)
    if scheme is None:
        return url if _BARE_HOST.match(url) else None
    if scheme.group(1).lower() not in WEB_SCHEMES:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a port that is no number)
    except ValueError:
        return None
    host = parts.netloc.rpartition("@")[2]
    host = re.sub(r":\d{0,5}$", "", host)
    if not url[scheme.end() :].startswith("//") or not _HOST.fullmatch(host):
        return None
    return url


def address_problem(url: str, what: str = "url") -> str | None:
    """The warning for an input's ``url`` that is no web address, ``None`` for one that is.

    >>> address_problem("u")
    "url 'u' is no web address (absolute http or https, with a host); not read"
    """
    if web_address(url) is not None:
        return None
    shown = url if len(url) <= 120 else url[:120] + "…"
    return (
        f"{what} {quoted(shown)} is no web address (absolute http or https, with a host); not read"
    )


#: An English article before an outlet's name, which its pages write and others drop.
_LEADING_THE = re.compile(r"^the\s+(?=\S)")


def outlet_key(name: str) -> str:
    """An outlet's name as outlets are told apart: case, spaces and a leading "The" ignored.

    >>> outlet_key("The  Kyiv Independent") == outlet_key("kyiv independent")
    True
    """
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return _LEADING_THE.sub("", folded)


def one_outlet_form(
    info: Mapping[str, Mapping[str, str]],
) -> dict[str, Mapping[str, str]]:
    """Article info with each outlet written one way: its most common form among the articles.

    Outlet names that differ only by case, spaces or a leading "The" are one outlet, named
    as most of its articles name it (the first such name on a tie).

    >>> info = {"a": {"outlet": "Kyiv Independent"}, "b": {"outlet": "The Kyiv Independent"},
    ...         "c": {"outlet": "Kyiv  independent"}, "d": {"outlet": "Kyiv Independent"}}
    >>> sorted({m["outlet"] for m in one_outlet_form(info).values()})
    ['Kyiv Independent']
    """
    counts: dict[str, Counter[str]] = {}
    for meta in info.values():
        name = (meta or {}).get("outlet")
        if name:
            counts.setdefault(outlet_key(name), Counter())[name] += 1
    shown = {key: forms.most_common(1)[0][0] for key, forms in counts.items() if len(forms) > 1}
    if not shown:
        return dict(info)
    out: dict[str, Mapping[str, str]] = {}
    for article, meta in info.items():
        name = (meta or {}).get("outlet")
        form = shown.get(outlet_key(name)) if name else None
        out[article] = {**meta, "outlet": form} if form and form != name else meta
    return out
