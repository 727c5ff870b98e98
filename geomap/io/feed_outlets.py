"""A feed's outlet from its channel title, which big outlets make a section's name.

"World news | The Guardian", "NYT > World News", "Al Jazeera – Breaking News, World
News and Video from Al Jazeera": taken whole, every section of one outlet was an
outlet of its own on the map and in the comparison.  :func:`channel_outlet` keeps the
part of such a title that names the site the feed links to (its host's first label:
``theguardian``, ``nytimes``, ``aljazeera``); a title with no such part is kept whole.
"""

from __future__ import annotations

import re

from geomap.metadata import outlet_from_url

#: What outlets put between their name and a section's in a channel title.
_PARTS = re.compile(r"\s+(?:[|>»:–—-])\s+")
#: Fewest letters of a part that names the site (an abbreviation such as "NYT").
_MIN_LETTERS = 3


def _letters(text: str) -> str:
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
    label = _letters(host.split(".")[0])
    for part in parts:
        letters = _letters(part)
        if len(letters) < _MIN_LETTERS or len(label) < _MIN_LETTERS:
            continue
        if letters == label or label.startswith(letters) or letters.startswith(label):
            return part.strip()
    return title
