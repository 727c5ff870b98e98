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


def toponym_spans(spans: Iterable[Span]) -> list[Span]:
    """The spans written as names, in document order (a component's last step)."""
    return sorted((s for s in spans if written_as_name(s.text)), key=lambda s: s.start)
