"""Names whose words a hyphen and a lower-case particle join ("Qasr-e Shirin").

The tokenizer splits "Mazar-i-Sharif", "Qasr-e Shirin", "Boulogne-sur-Mer" and
"Stratford-upon-Avon" at their hyphens, and the model tags a part of them, or none
("Shirin" GPE, "Mazar" LOC): the gazetteer scan (:mod:`geomap.nlp.scan`) does not
run across a lower-case word. :func:`particle_names` gives the whole name where the
gazetteer knows it by its own, curated or English name: a capitalised word, then one
or more times a hyphen written without spaces, a lower-case word of at most
:data:`MAX_PARTICLE` letters ("e", "i", "sur", "upon") and, after another such hyphen
or a space, a capitalised word. The longest such run wins over the parts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from geomap.nlp.compounds import HYPHENS

if TYPE_CHECKING:
    from geomap.nlp.scan import Words

#: Longest particle between the hyphenated parts of a name ("upon").
MAX_PARTICLE = 4
#: Most tokens of such a name ("Stratford-upon-Avon" is five).
MAX_TOKENS = 9


def particle_names(doc: Doc, words: Words, gazetteer: Any) -> Iterator[Span]:
    """Yield the hyphenated names with particles the gazetteer knows (module docstring)."""
    n = len(words.text)
    for i in range(n - 3):
        if not (words.title[i] and words.text[i + 1] in HYPHENS and _joined(words, i)):
            continue
        end = _name_end(words, i)
        if end is None:
            continue
        text = words.span_text(i, end)
        if any(c.match in {"name", "alias", "exonym"} for c in gazetteer.candidates(text)):
            yield Span(doc, i, end, label="GAZ")


def _joined(words: Words, i: int) -> bool:
    """Whether no space follows token ``i``."""
    return i + 1 < len(words.text) and words.idx[i] + len(words.text[i]) == words.idx[i + 1]


def _name_end(words: Words, i: int) -> int | None:
    """The end of the longest run from ``i`` of capitalised words joined by particles."""
    n, j, end = len(words.text), i + 1, None
    while j + 2 < n and j - i < MAX_TOKENS and words.text[j] in HYPHENS and _joined(words, j):
        particle = words.text[j + 1]
        if not (particle.isalpha() and particle.islower() and len(particle) <= MAX_PARTICLE):
            break
        k = j + 2
        if words.text[k] in HYPHENS and _joined(words, j + 1) and _joined(words, k):
            k += 1  # "Mazar-i-Sharif"
        elif _joined(words, j + 1):
            break  # "Qasr-e Shirin": a space after the particle, or a hyphen
        if k >= n or not words.title[k]:
            break
        end = k + 1
        if not _joined(words, k):
            break
        j = k + 1
    return end
