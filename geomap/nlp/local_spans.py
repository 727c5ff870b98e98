"""The shape of a model's entity or a scanned run of words (:mod:`geomap.nlp.local`).

A location entity may carry an article or a function word the name has not
("La Loire", "Амуре напротив"); a run of words must not cut a hyphenated word
("Тянь" of "Тянь-Шаня").
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.nlp.local_context import capitalised, kind_before
from geomap.nlp.local_words import ARTICLES


def entity_core(ent: Span, lang: str) -> tuple[int, int] | None:
    """An entity without its leading articles and trailing function words, if that differs.

    "La Loire" -> "Loire", "le Rhône" -> "Rhône", "Амуре напротив" -> "Амуре": the
    model's entity, not a part of it ("Белое море", "Stade brestois" keep their words).
    """
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_.replace("\u2019", "'") in ARTICLES.get(lang, ()):
        start += 1
    while end > start and doc[end - 1].is_stop and doc[end - 1].is_lower:
        end -= 1
    if end <= start or (start, end) == (ent.start, ent.end) or not capitalised(doc[start]):
        return None
    return start, end


def splits_compound(span: Span) -> bool:
    """Whether ``span`` cuts a hyphenated word ("Тянь" of "Тянь-Шаня")."""
    doc = span.doc

    def joined(i: int) -> bool:  # doc[i] is a hyphen written between two words
        return (
            0 < i < len(doc) - 1
            and doc[i].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
        )

    return joined(span.end) or joined(span.start - 1)


def kind_widened(ent: Span, lang: str) -> tuple[int, int] | None:
    """The entity with the word for a river, lake, sea or landform before it, if any.

    "péninsule de Kola", "mer de Barents", "lac Ladoga": names that start with the
    word of their kind, where the model took only the last word.
    """
    doc = ent.doc
    if kind_before(doc[ent.start], lang) not in ("water", "landform"):
        return None
    start = ent.start - 1
    if start > 0 and doc[start].is_stop:  # French "de", "d'"
        start -= 1
    return (start, ent.end) if doc[start].is_lower else None
