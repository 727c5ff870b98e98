"""An outlet's name as pages, feeds and exports write it: its host, its separators.

"www.reuters.com/..." is the outlet reuters.com; "Shelling hits Kharkiv - Reuters" is a
headline ending with its outlet's name (:func:`without_outlet`); "Africa | Sahel Wire" a
section beside it (:data:`OUTLET_SEPARATOR`, read by :mod:`geomap.io.feed_outlets`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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
#: Schemes kept: a web page's address (a ``javascript:`` or ``data:`` one is none).
WEB_SCHEMES = frozenset({"http", "https", "ftp"})


def web_address(url: str | None) -> str | None:
    """``url`` when it is a web page's address (http, https, ftp, or none given), else ``None``.

    >>> web_address("https://www.dw.com/x"), web_address("www.dw.com:443/x")
    ('https://www.dw.com/x', 'www.dw.com:443/x')
    >>> web_address("javascript:alert(1)"), web_address(" JaVa\tScript:x"), web_address("data:,x")
    (None, None, None)
    """
    if not url:
        return None
    scheme = _SCHEME.match(_BLANKS.sub("", url))
    if scheme and scheme.group(1).lower() not in WEB_SCHEMES:
        return None
    return url
