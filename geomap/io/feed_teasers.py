"""A feed item whose text is no text: its headline is read.

Many feeds give an item's headline and, for its text, only a link to the page: an
image and "Read more", "Continue reading…", or nothing.  Read as it is, such an item
maps no place though its headline names one ("Protesters gather outside parliament in
Tbilisi").  :func:`headline_for_teaser` makes the headline the item's text when its
content is a teaser: empty, every word of it inside a link (``<a>``), or a few
lowercase words with no name and no number ("Read more", "Full story »").  The
teaser's words follow the headline, so nothing the item held is dropped, unless they only
repeat it (Google News links the headline itself).
"""

from __future__ import annotations

import re

from geomap.io.feed_outlets import letters
from geomap.sanitize import quoted

#: Most words and characters a plain-text teaser may have ("Continue reading...").
_TEASER_WORDS = 4
_TEASER_CHARS = 40
_WORD = re.compile(r"[^\W\d_]+")


def _link_words(markup: str) -> str | None:
    """The words of ``markup``'s links when it has no text outside them, else ``None``."""
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    links = [" ".join(a.text_content().split()) for a in root.iter("a")]
    for element in list(root.iter("a", "script", "style", "noscript")):
        element.drop_tree()  # its tail stays, in its parent
    if root.text_content().strip():
        return None
    return " ".join(w for w in links if w)


def _plain_teaser(text: str) -> bool:
    """Whether plain ``text`` is a link's few words: short, lowercase after its first word."""
    words = text.split()
    if len(words) > _TEASER_WORDS or len(text) > _TEASER_CHARS or any(c.isdigit() for c in text):
        return False
    names = [w for w in words[1:] if _WORD.match(w) and w[:1].isupper()]
    return not names


def headline_for_teaser(record: dict[str, object], where: str) -> str | None:
    """Make a feed item's headline its text when its content is a teaser; the note, or ``None``.

    ``record`` is the item's record (:func:`geomap.io.feeds.read_feed`'s), changed in
    place: its ``text`` becomes the headline, then the teaser's words if any.

    >>> record = {"title": "Floods close roads in Valencia", "html": '<a href="/1">Read more</a>'}
    >>> headline_for_teaser(record, "f.rss:item 1")
    "f.rss:item 1: the item's text is only a link's words ('Read more'): its headline is read"
    >>> record["text"]
    'Floods close roads in Valencia\\n\\nRead more'
    """
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        return None
    content = record.get("html", record.get("text"))
    content = content if isinstance(content, str) else ""
    if "html" in record:
        words = _link_words(content)
    else:
        words = " ".join(content.split()) if _plain_teaser(content) else None
    if words is None:
        return None
    repeats = bool(words) and letters(title) in letters(words)  # Google News links it
    record.pop("html", None)
    record["text"] = f"{title.strip()}\n\n{words}" if words and not repeats else title.strip()
    if not words:
        return f"{where}: the item has no text: its headline is read"
    shown = words if len(words) <= _TEASER_CHARS else words[:_TEASER_CHARS] + "…"
    return (
        f"{where}: the item's text is only a link's words ({quoted(shown)}): its headline is read"
    )
