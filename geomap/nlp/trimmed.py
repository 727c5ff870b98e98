"""A found name without the article, punctuation or possessive around it.

"the Donbas", "Kharkiv's", "(Odesa)" -> "Donbas", "Kharkiv", "Odesa"; the period of an
abbreviated name stays ("W.Va."), and a lower-case admin or function word after the
name goes ("in Semnan province": :func:`geomap.nlp.boundaries.name_end`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.boundaries import abbreviation_period, name_end
from geomap.nlp.vocab import ARTICLES, POSSESSIVE


def trimmed(span: Span, gazetteer: Any) -> Span | None:
    """``span`` trimmed to the name it holds, or ``None`` when nothing is left."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (
        doc[start].lower_ in ARTICLES or doc[start].is_punct or doc[start].is_space
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        if abbreviation_period(doc, start, end, gazetteer):
            break
        end -= 1
    end = name_end(doc, start, end)
    if end <= start:
        return None
    return Span(doc, start, end, label=span.label_)
