"""Where "the Romanian village of Plauru" lies: the country its demonym names.

A name the gazetteer lacks, described by a demonym and a settlement's noun, lies in
that country: in the unit of that country its sentence names (:func:`sentence_unit_in`),
else in the country, when the article's focus is far from it (read by
:func:`geomap.nlp.linked_places.local_focus`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.described import SETTLEMENT_NOUNS
from geomap.nlp.vocab import ARTICLES
from geomap.records import Place

#: Kinds of the units a name may be placed in by its sentence.
UNIT_KINDS = frozenset({"city", "admin2", "admin1"})


def sentence_unit_in(
    span: Span, located: list[tuple[Span, Place, float]], country_code: str | None
) -> tuple[Place, float] | None:
    """The first city, county or admin-1 unit of ``country_code`` named in ``span``'s sentence."""
    sent = span.sent
    for other, place, conf in located:
        if (
            sent.start <= other.start < sent.end
            and place.country_code == country_code
            and place.feature_type in UNIT_KINDS
        ):
            return place, conf
    return None


#: Confidence of a name placed in the country a demonym before its kind's word names.
DEMONYM_KIND_CONFIDENCE = 0.5


def demonym_kind_country(span: Span, gazetteer: Any) -> Place | None:
    """The country "the Romanian village of Plauru" says a name the gazetteer lacks lies in.

    A demonym (capitalised, the gazetteer's) before a settlement's noun
    (:data:`~geomap.nlp.described.SETTLEMENT_NOUNS`, lower-case words between: "the
    Romanian border village"), then "of" or nothing, right before the name.
    """
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "of":
        i -= 1
    if i < 1 or doc[i].lower_ not in SETTLEMENT_NOUNS:
        return None
    i -= 1
    while i >= 1 and doc[i].is_lower and doc[i].is_alpha and span.start - i <= 5:
        if doc[i].lower_ in ARTICLES or doc[i].pos_ in ("VERB", "AUX"):
            return None  # "Russian troops captured the village of X": not the village's
        i -= 1  # "the Romanian border village"
    word = doc[i]
    if not word.is_title or gazetteer is None or not hasattr(gazetteer, "demonym"):
        return None
    place = gazetteer.demonym(word.text)
    return place if place is not None and place.feature_type == "country" else None
