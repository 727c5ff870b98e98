"""A place's name is written with letters: a span holding a pilcrow or a box is none.

Junk an export left in a text field (bytes read as Latin-1: "À¶à ŠÊŒÁâëÎÖ—‡") matches
a gazetteer name once its accents and symbols are dropped ("À¶à" was Apa, Romania).  A
place's name is written with letters, digits, spaces, dashes, quotes and a few marks
(``. , & / · ( )`` and apostrophes, "Côte d'Ivoire", "St. Louis", "Ma`an"), never with a
symbol (©, °, ¦, ¤) or another punctuation mark (¶, §, †, •, ?, !).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from spacy.tokens import Span

#: Punctuation and symbols a name may hold ("Antigua & Barbuda", "Washington, D.C.").
ALLOWED = frozenset("-'.,&/·()`´")


def written_as_name(text: str) -> bool:
    """Whether ``text`` holds only what a place's name is written with.

    >>> written_as_name("Côte d'Ivoire"), written_as_name("Washington, D.C.")
    (True, True)
    >>> written_as_name("À¶à"), written_as_name("Kyiv©")
    (False, False)
    """
    for ch in text:
        kind = unicodedata.category(ch)
        if ch in ALLOWED or kind in ("Pd", "Pi", "Pf") or kind[0] in "LNMZ":
            continue
        if kind[0] in "SP" or kind in ("Co", "Cn"):
            return False
    return True


def without_spaces(span: Span) -> Span | None:
    """``span`` without the whitespace tokens at its ends ("Херсоном\\n\\n" -> "Херсоном").

    A recogniser's entity may run over a paragraph break; the name ends before it.
    ``None`` when only whitespace is left.
    """
    doc, start, end = span.doc, span.start, span.end
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start == end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)


def toponym_spans(spans: Iterable[Span]) -> list[Span]:
    """The spans written as names, without edge whitespace, in document order.

    A component's last step: a mention's text and offsets never hold a line break at
    either end.
    """
    kept = (without_spaces(s) for s in spans)
    named = (s for s in kept if s is not None and written_as_name(s.text))
    return sorted(named, key=lambda s: s.start)
