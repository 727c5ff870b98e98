"""A city's district named by another city's adjective is not that city ("Киевский район").

Russian and Ukrainian cities name their urban districts after other cities ("в
Киевском районе" of Kharkiv, "Московський район" of Kyiv).  The local recogniser reads
"X-ский район" as the district around its seat (:mod:`geomap.gazetteer.districts`),
which for a rural district is right ("Изюмский район": Izium's), but a city of
:data:`~geomap.nlp.vocab.BIG_CITY` people is a city's district's namesake when the
sentence says it lies in a city: a word for a city follows ("в Киевском районе
города") or another big city is named before it in the sentence ("Удар по Харькову: в
Киевском районе").  Such a span is dropped: the gazetteer holds no urban districts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.gazetteer.districts import names_district
from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.vocab import BIG_CITY
from geomap.records import Place

#: Lemmas of the words for a city ("районе города", "районі міста").
CITY_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"город"}),
    "uk": frozenset({"місто"}),
}


def _big_city(gazetteer: Any, span: Span, lang: str) -> Place | None:
    """The city of :data:`BIG_CITY` people a span names first, if any."""
    for cand in gazetteer.candidates(span.text, lang)[:1]:
        place: Place = cand.place
        if place.feature_type == "city" and place.population >= BIG_CITY:
            return place
    return None


def in_other_city(span: Span, spans: Sequence[Span], gazetteer: Any, lang: str) -> bool:
    """Whether a district named after a big city lies in another city (module docstring)."""
    if lang not in CITY_WORDS or not names_district(span.text, lang):
        return False
    seat = _big_city(gazetteer, span, lang)
    if seat is None:
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.is_alpha and word_lemma(nxt.lower_, lang) in CITY_WORDS[lang]:
        return True  # "в Киевском районе города"
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    for other in spans:
        if other.start >= span.start or other.start < sent.start:
            continue
        city = _big_city(gazetteer, other, lang)
        if (
            city is not None
            and city.place_id != seat.place_id
            and not names_district(other.text, lang)
        ):
            return True  # "Удар по Харькову: в Киевском районе"
    return False


def outside_city_districts(spans: Sequence[Span], gazetteer: Any, lang: str) -> list[Span]:
    """``spans`` without the city districts named after another city (:func:`in_other_city`)."""
    return [s for s in spans if not in_other_city(s, spans, gazetteer, lang)]
