"""Where a name's own sentences say it is not: a country other than the article focus's.

A name the gazetteer lacks goes to the article's focus (:mod:`geomap.nlp.focus`) as a
guess that it lies where the article is. :func:`focus_for` withholds that focus when the
name's sentences speak of another country (:func:`foreign_to`): "Robotyne", named beside
Zaporizhzhia in a story whose most-named city is a capital abroad where talks are held,
is not put at that capital. It goes where the story is in those countries instead: the
city or county the article names most there (:func:`focus_abroad`: "his residency at
Caesar's Palace", in a sentence naming the US and Canada, in a story from Clacton that
names Las Vegas, is Las Vegas's), else it is left unplaced. :func:`place_countries` is
also read by :mod:`geomap.nlp.own_senses`.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.geo import haversine_km
from geomap.records import Place

#: Kinds of place a name the gazetteer lacks is placed at (:data:`geomap.nlp.focus.FOCUS_TYPES`).
LOCAL_TYPES = frozenset({"city", "admin2"})
#: A name's sentences whose places all lie farther than this from the focus speak of
#: another region than the focus's (a border region's towns lie closer).
FOREIGN_KM = 500.0


def place_countries(place: Place) -> tuple[str, ...]:
    """The countries a place lies in: a region's members, else its own country."""
    return place.members or ((place.country_code,) if place.country_code else ())


def foreign_to(spans: list[Span], focus: Place, located: list[tuple[Span, Place, float]]) -> bool:
    """Whether the sentences naming ``spans`` place them in a country other than the focus's.

    A name the gazetteer lacks goes to the article's focus as a guess that it lies
    where the article is. Its own sentences say otherwise when the places they name
    (``located``: the article's resolved mentions, ``spans`` themselves left out) all
    lie in countries other than the focus's and farther than :data:`FOREIGN_KM` from
    it, and the article names those countries at least as often as the focus's
    (a village the gazetteer lacks, named beside a city of the war a story is about,
    while the city it names most is a capital abroad where talks are held). A
    sentence naming no place says nothing; a region of countries counts for each
    member. A statement from Geneva in a story about Sudan leaves the focus there.
    """
    near = _sentence_places(spans, located)
    countries = {c for p in near for c in place_countries(p)}
    if not countries or focus.country_code in countries:
        return False
    if any(haversine_km(focus.lon, focus.lat, p.lon, p.lat) <= FOREIGN_KM for p in near):
        return False
    named: dict[str, int] = {}
    for _, place, _ in located:
        for code in place_countries(place):
            named[code] = named.get(code, 0) + 1
    return max(named.get(c, 0) for c in countries) >= named.get(focus.country_code or "", 0)


def _sentence_places(spans: list[Span], located: list[tuple[Span, Place, float]]) -> list[Place]:
    """The places the sentences of ``spans`` name, ``spans`` themselves left out."""
    own = {(s.start, s.end) for s in spans}
    sentences = {s.sent.start for s in spans}
    return [p for o, p, _ in located if (o.start, o.end) not in own and o.sent.start in sentences]


def focus_abroad(
    spans: list[Span], located: list[tuple[Span, Place, float]]
) -> tuple[Place, float] | None:
    """The article's most-named city or county in the countries the sentences of ``spans`` name.

    Mentions count by their confidence, as for the article's focus; the share is that
    place's among the cities and counties of those countries. ``None`` when the article
    names none there.
    """
    countries = {c for p in _sentence_places(spans, located) for c in place_countries(p)}
    counts: dict[str, float] = {}
    places: dict[str, Place] = {}
    for _, place, conf in located:
        if place.feature_type in LOCAL_TYPES and place.country_code in countries:
            counts[place.place_id] = counts.get(place.place_id, 0.0) + conf
            places[place.place_id] = place
    if not counts:
        return None
    best = max(counts, key=lambda pid: (counts[pid], places[pid].population))
    return places[best], counts[best] / sum(counts.values())


def focus_for(
    spans: list[Span],
    focus: tuple[Place, float] | None,
    located: list[tuple[Span, Place, float]],
) -> tuple[Place, float] | None:
    """The article's focus for ``spans``, or its focus abroad where their sentences are.

    :func:`foreign_to` says no: the name is not put in a country its own sentences do
    not name, but at :func:`focus_abroad` (``None`` when there is none).
    """
    if focus is None or not foreign_to(spans, focus[0], located):
        return focus
    return focus_abroad(spans, located)


#: Calibrated confidence, at most, of a name put at a focus its own sentence's places all
#: lie far from (:func:`far_from`): of the 19 focus placements of the conflict set's dev
#: half that :func:`far_from` flags (plc69, at 076b457), 7 lay within 161 km of the gold
#: point; below the map's low-confidence line (0.5), where the focus's 0.63 and up is not.
FAR_FOCUS_CONFIDENCE = 0.37


def far_from(spans: list[Span], focus: Place, located: list[tuple[Span, Place, float]]) -> bool:
    """Whether every place the sentences of ``spans`` name lies abroad, far from ``focus``.

    The places of a name's own sentences all in countries other than the focus's and
    farther than :data:`FOREIGN_KM` from it: the sentence speaks of another region, and
    the focus is a poor guess for the name, however often the article names its country
    (the resolver caps its confidence at :data:`FAR_FOCUS_CONFIDENCE`).
    """
    near = _sentence_places(spans, located)
    countries = {c for p in near for c in place_countries(p)}
    if not countries or focus.country_code in countries:
        return False
    return all(haversine_km(focus.lon, focus.lat, p.lon, p.lat) > FOREIGN_KM for p in near)
