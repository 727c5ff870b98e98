"""A name the gazetteer knows only by a part or a respelling, placed abroad: left unplaced.

When a name has no entry of its own, :func:`geomap.nlp.candidates.name_candidates`
falls back to a part of it ("Skellig Michael" -> Michael, a sheading of the Isle
of Man; "North Eastern Province" -> Eastern Province, Rwanda), to the name without
its admin word ("Nyanza Province" -> Nyanza District, Rwanda) or to a respelling
("Marree" -> Maré, New Caledonia). Such a candidate is a guess at what the name
means; when it lies in a country none of the article's other places lies in and
more than :data:`PARTIAL_KM` from each of them, the story is elsewhere and the
guess is a far namesake. :func:`partial_strays` then takes the name's best-ranked
candidate that does lie in one of those countries or near one of those places, or
leaves the name unplaced (the resolver places it at the article's focus, as a name
the gazetteer lacks). Unlike :func:`geomap.nlp.coherence.stray_picks`, one other
place of the article suffices: a partial match is weaker evidence than a name.
Countries, continents, regions and waters are exempt, and so are cities of
:data:`BIG_CITY` people: "Russian Embassy" is named after Russia wherever it stands,
"Copenhagen Airport" is at Copenhagen in a story from Miami.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Span

from geomap.geo import haversine_km
from geomap.records import Candidate, Place

#: A partial match this far from every other place of the article, abroad, is a stray.
PARTIAL_KM = 200.0
#: Kinds of place a partial match may name from anywhere.
EXEMPT_TYPES = frozenset({"country", "continent", "region", "water"})
#: A city this big, named inside a longer name, is named from anywhere ("... Airport").
BIG_CITY = 100_000


def partial_names(
    gazetteer: Any, groups: Mapping[str, Sequence[Span]], cands: Mapping[str, Sequence[Candidate]]
) -> set[str]:
    """The names whose candidates came from a fallback: no spelling of the name has an entry.

    A demonym ("Sicilian") is matched whole, by the gazetteer's demonym table.
    """
    return {
        key
        for key, spans in groups.items()
        if cands.get(key)
        and not any(c.match == "demonym" for c in cands[key])
        and not any(gazetteer.candidates(s.text) for s in spans)
    }


def is_far_abroad(place: Place, others: Sequence[Place]) -> bool:
    """Whether ``place`` lies outside every country of ``others`` and far from each of them."""
    if place.feature_type in EXEMPT_TYPES or not others:
        return False
    if place.feature_type == "city" and place.population >= BIG_CITY:
        return False
    return outside_and_far(place, others, PARTIAL_KM)


def outside_and_far(place: Place, others: Sequence[Place], km: float) -> bool:
    """Whether ``place`` lies in no country of ``others`` and more than ``km`` from each."""
    countries = {o.country_code for o in others if o.country_code}
    if not countries or place.country_code in countries:
        return False
    return all(haversine_km(place.lon, place.lat, o.lon, o.lat) > km for o in others)


def partial_strays(
    picks: Mapping[str, tuple[Place, float]],
    ranked: Mapping[str, Sequence[tuple[Place, float]]],
    partial: set[str],
) -> dict[str, tuple[Place, float]]:
    """The picks with each partial match placed far abroad replaced or dropped.

    ``ranked`` holds each name's candidates, best first, with their confidence;
    ``partial`` the names known only by a fallback (:func:`partial_names`). Every
    name is judged against the other names' picks that are no partial matches
    themselves (or that name a country, a region or a sea: "Central Australia"), so
    the result does not depend on the order they are taken in.
    """
    sure = {
        key: pick
        for key, pick in picks.items()
        if key not in partial or pick[0].feature_type in EXEMPT_TYPES
    }
    out = dict(picks)
    for key in sorted(partial & set(picks)):
        others = [p for k, (p, _) in sure.items() if k != key]
        if not is_far_abroad(picks[key][0], others):
            continue
        del out[key]
        for place, conf in ranked.get(key, ()):
            if not is_far_abroad(place, others):
                out[key] = (place, conf)
                break
    return out
