"""Where a name that names a country inside it lies: the place its sentence names after it.

"the Embassy of the Republic of Armenia in the Holy See" is in the Holy See, not in
Armenia, and "the Russian Embassy in the U.S. capital" in Washington: a name the
gazetteer lacks, resolved to a country only because it names one inside it
(:func:`geomap.nlp.candidates.sub_candidates`), goes to the place that qualifies it
where it is named ("X in Y", "X, Y", "Y's X": :func:`geomap.nlp.linked_places.linked`) when
that place is a city, a county, an admin-1 unit or another country. An embassy, or a
country followed by "capital", is placed at that country's capital, and so is a
country's own ministry named by it ("the Russian Foreign Ministry"). A name resolved
to an admin-1 unit named inside it ("Colorado State University in Fort Collins")
goes to a city or county that qualifies it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span

from geomap.nlp.focus import FOCUS_TYPES, INSTITUTION_WORDS
from geomap.nlp.linked_places import linked
from geomap.nlp.vocab import FACILITY_WORDS
from geomap.records import Candidate, Place

#: Kinds of place a name may be resolved to by naming it inside a longer name.
NAMED_INSIDE_TYPES = frozenset({"country", "admin1", "region", "continent"})
#: Kinds of place too large to say where a building named after one is ("Mall of Asia").
VAGUE_TYPES = frozenset({"continent", "region"})
#: Words of a name that say its building is in a country's capital ("Russian Embassy").
CAPITAL_BUILDINGS = frozenset({"embassy"})
#: Words of a name of a government's own department, in its country's capital
#: ("the Russian Foreign Ministry" is in Moscow; an embassy is abroad).
GOVERNMENT_WORDS = frozenset({"ministry"})


def named_inside(spans: Sequence[Span], cands: Sequence[Candidate], place: Place) -> bool:
    """Whether a building's name was resolved to a unit only named inside it.

    The name has a building's or an institution's word ("Embassy", "University":
    "Republic of Armenia" is the country's name, not a building in it), every
    candidate is another name's (an alternate match or a demonym: the whole name
    has no entry), and the pick is a country, admin-1 unit, region or continent.
    """
    return (
        names_building(spans[0])
        and place.feature_type in NAMED_INSIDE_TYPES
        and bool(cands)
        and all(c.match in {"alternate", "demonym"} for c in cands)
    )


def names_building(span: Span) -> bool:
    """Whether a name has a building's or an institution's word ("Russian Embassy")."""
    return any(
        t.lower_ in FACILITY_WORDS or t.lower_ in INSTITUTION_WORDS or t.lower_ in GOVERNMENT_WORDS
        for t in span
    )


def qualified_place(
    spans: Sequence[Span],
    own: Place,
    located: Sequence[tuple[Span, Place, float]],
    capital: Callable[[str], Place | None],
    focus: tuple[Place, float] | None = None,
) -> tuple[Place, float] | None:
    """The place that qualifies a name resolved to ``own``, a unit named inside it.

    ``located`` holds the article's resolved mentions with place and confidence;
    ``capital(cc)`` gives a country's capital. A city or a county qualifies any such
    name; an admin-1 unit or another country one resolved to a country (an admin-1
    unit's institution in another unit is rare). A qualifying country is replaced
    by its capital for an embassy (:data:`CAPITAL_BUILDINGS`) or when "capital"
    follows it. A continent or a region named inside it says nothing of where the
    building is ("SM Mall of Asia"): with nothing qualifying it, it goes to the
    article's ``focus`` (its place and share) when there is one; a country's
    government department ("the Russian Foreign Ministry", :data:`GOVERNMENT_WORDS`)
    to that country's capital. ``None`` when nothing qualifies the name or it names
    no building (:func:`names_building`).
    """
    if not names_building(spans[0]):
        return None
    for span in spans:
        for other, place, conf in located:
            if place.place_id == own.place_id or not linked(span, other):
                continue
            if place.feature_type in FOCUS_TYPES:
                return place, conf
            if own.feature_type == "admin1":
                continue
            if place.feature_type == "admin1":
                return place, conf
            if place.feature_type == "country" and place.country_code != own.country_code:
                if _in_capital(span, other) and place.country_code:
                    city = capital(place.country_code)
                    if city is not None:
                        return city, conf
                return place, conf
    if focus is not None and own.feature_type in VAGUE_TYPES:
        return focus
    if own.feature_type == "country" and own.country_code and _government(spans[0]):
        seat = capital(own.country_code)  # "the Russian Foreign Ministry": Moscow
        if seat is not None:
            return seat, UNQUALIFIED_CONFIDENCE
    return None


#: Raw confidence of a government department placed at its country's capital.
UNQUALIFIED_CONFIDENCE = 0.8


def _government(span: Span) -> bool:
    """Whether a name is a government department's ("Foreign Ministry")."""
    return any(t.lower_ in GOVERNMENT_WORDS for t in span)


def _in_capital(span: Span, country: Span) -> bool:
    """Whether the name is an embassy's or the country is followed by "capital"."""
    doc = country.doc
    after = doc[country.end].lower_ if country.end < len(doc) else ""
    return after == "capital" or any(t.lower_ in CAPITAL_BUILDINGS for t in span)
