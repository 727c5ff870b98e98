"""Drop a page's photo captions and credits before extraction, as its ``<figcaption>`` goes.

trafilatura leaves a page's ``<figcaption>`` out of its text, but a feed item's HTML (an
RSS ``<description>``) or a CMS that writes its caption as a paragraph
(``<p><em>Photo: Kupiansk after the strike (Wire)</em></p>``) kept it, so the same story
read from an outlet's feed gave a claim more than its page did: one outlet's count
inflated against another's.  A block is a caption when it is a ``<figcaption>`` (a short
page trafilatura reads whole kept it), when a class or id names it one
(``caption``, ``credit``, ``photo-credit``, as a whole word) or its whole text opens with
a caption's label and a colon (:data:`CAPTION_LABELS`, in the languages geomap reads) and
is at most :data:`MAX_CAPTION_CHARS` long.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Labels that open a caption or a credit line, as written in each language geomap reads.
CAPTION_LABELS = (
    "photo", "photos", "photograph", "picture", "image", "video", "illustration",
    "credit", "foto", "fotos", "bild", "zdjęcie", "fot", "фото", "світлина",
)  # fmt: skip
#: Longest text of a block read as a caption (a paragraph that opens "Photo:" and goes on
#: is the article's).
MAX_CAPTION_CHARS = 300
_LABEL = re.compile(
    r"^\s*(?:" + "|".join(CAPTION_LABELS) + r")\.?\s*(?::|/|\|)\s*\S", re.IGNORECASE
)
_CLASS_WORDS = frozenset({"caption", "credit", "credits", "photocredit", "imagecredit"})
_WORDS = re.compile(r"[a-z0-9]+")
#: Blocks that hold a caption in feeds and CMS pages.
_BLOCKS = ("p", "div", "span", "em", "i", "small", "figcaption")


def is_caption(text: str) -> bool:
    """Whether ``text`` (a block's whole text) is a photo caption or credit line.

    >>> is_caption("Photo: Kupiansk after the strike (Slobozhansky Wire)")
    True
    >>> is_caption("Фото: Купʼянськ після обстрілу"), is_caption("Photograph : AP")
    (True, True)
    >>> is_caption("Photos of the strike were shared widely in Kharkiv, the mayor said.")
    False
    """
    return len(text) <= MAX_CAPTION_CHARS and bool(_LABEL.match(text))


def drop_captions(tree: HtmlElement) -> int:
    """Remove the caption blocks of ``tree`` (outermost first); how many.

    A block's text is read only up to :data:`MAX_CAPTION_CHARS` (:func:`_short_text`):
    a page's outer blocks hold its whole article, read once per block otherwise.
    """
    dropped: set[HtmlElement] = set()
    for element in list(tree.iter(*_BLOCKS)):
        if element.getparent() is None or any(a in dropped for a in element.iterancestors()):
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        named = any(w in _CLASS_WORDS for w in _WORDS.findall(marks.replace("-", "")))
        text = _short_text(element)
        if element.tag == "figcaption" or (text is not None and (named or is_caption(text))):
            element.drop_tree()
            dropped.add(element)
    return len(dropped)


def _short_text(element: HtmlElement) -> str | None:
    """The element's text, or ``None`` when it runs past :data:`MAX_CAPTION_CHARS`."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        size += len(piece)
        if size > MAX_CAPTION_CHARS:
            return None
        parts.append(piece)
    return "".join(parts)
