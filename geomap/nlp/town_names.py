"""Whether a name is a town's, by the gazetteer: its own name, or another spelling of it.

The rules for smaller towns (:mod:`geomap.nlp.known`) take a name as a town's when it
is a populated place's own name (:func:`is_town`), or a town's other spelling after
"the town of" (:func:`town_spelled_otherwise`) or near another name of its sentence
(:func:`spelled_otherwise_nearby`); their context comes from :mod:`geomap.nlp.context`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.geo import haversine_km
from geomap.nlp.context import after_town_word
from geomap.nlp.name_shapes import is_acronym
from geomap.nlp.vocab import GENERIC_WORDS, LOCATIVE_MIN_POPULATION

#: Feature codes of the seats of a country's or an admin unit's government: towns even
#: where the gazetteer gives no population ("Al Qamishli", "Tall 'Afar": 0).
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
#: Smallest town taken by another spelling after "the port of", "the town of" ...
OTHER_SPELLING_MIN_POPULATION = 10_000


def town_sized(place: Any, population: int = LOCATIVE_MIN_POPULATION) -> bool:
    """Whether a place is a town of ``population`` or more, or a seat of government."""
    return place.population >= population or (
        place.population == 0 and place.feature_code in SEAT_CODES
    )


def is_town(gazetteer: Any, text: str, *, exonyms: bool = False) -> bool:
    """Whether ``text`` is a populated place's own name (a town of 1,000 or more).

    With ``exonyms``, also its English name ("Qamishli" for Al Qamishli; not for an
    organisation's name: "Hamas" is one of Hamm's).
    """
    if not text[:1].isupper() or is_acronym(text) or text.lower() in GENERIC_WORDS:
        return False
    matches = {"name", "alias", "exonym"} if exonyms else {"name", "alias"}
    return any(
        c.match in matches and c.place.feature_type in {"city", "admin2"} and town_sized(c.place)
        for c in gazetteer.candidates(text)
    )


def town_spelled_otherwise(gazetteer: Any, span: Span) -> bool:
    """Whether a name after "the port of", "the town of" ... is a town's other spelling.

    Transliterations differ ("Hodeidah" is GeoNames' alternate name of Al Hudaydah);
    after such words the name is a town's, and a town of 10,000 or more (or a seat of
    government) known by that spelling is taken. Elsewhere another spelling is only
    taken near another name of its sentence (:func:`spelled_otherwise_nearby`).
    """
    text = span.text
    if not after_town_word(span) or not text[:1].isupper() or is_acronym(text):
        return False
    return any(
        c.match in {"exonym", "alternate"}
        and c.place.feature_type == "city"
        and town_sized(c.place, OTHER_SPELLING_MIN_POPULATION)
        for c in gazetteer.candidates(text)
    )


#: How near a town spelled otherwise must lie to another name of its sentence.
NEAR_KM = 100.0


def spelled_otherwise_nearby(gazetteer: Any, span: Span, others: Sequence[Span]) -> bool:
    """Whether ``span`` is a town's other spelling near another name of its sentence.

    Transliterations differ ("Huliaipole" is GeoNames' alternate name of Hulyaypole,
    "Qamishli" the English name of Al Qamishli): a town known only by an alternate or
    English name is taken as a town when another name of the same sentence is a
    place's own or English name within :data:`NEAR_KM` of it ("near Huliaipole and Orikhiv",
    "from Qamishli and Hasakah"); it still needs a town's context.
    """
    text = span.text
    if not text[:1].isupper() or is_acronym(text) or text.lower() in GENERIC_WORDS:
        return False
    alts = [
        c.place
        for c in gazetteer.candidates(text)
        if c.match in {"alternate", "exonym"}
        and c.place.feature_type == "city"
        and town_sized(c.place)
    ]
    if not alts:
        return False
    sent = span.sent
    for o in others:
        if o.start == span.start or not (sent.start <= o.start < sent.end):
            continue
        for c in gazetteer.candidates(o.text):
            if c.match not in {"name", "alias", "exonym"}:
                continue
            q = c.place
            if any(haversine_km(p.lon, p.lat, q.lon, q.lat) <= NEAR_KM for p in alts):
                return True
    return False
