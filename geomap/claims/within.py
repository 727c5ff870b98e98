"""The claims about places inside a country or a first-order unit (``claims --within``).

"Places in Kharkiv oblast" took a join of ``claims.csv`` to ``places.geojson``: a claim
has its place's id, not the units that hold it.  The gazetteer gives each place its
country (ISO code) and GeoNames admin-1 code: a place is within a country when its
country code is the country's, within a first-order unit (an oblast, a state) when
its admin-1 code is the unit's too.  The unit itself is within it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from geomap.gazetteer import Gazetteer
from geomap.records import Claim, Place
from geomap.sanitize import quoted

#: The kinds of place ``--within`` takes.
UNIT_TYPES = ("country", "admin1")


def unit_named(name: str, gazetteer: Gazetteer) -> Place | None:
    """The country or first-order unit the gazetteer calls ``name`` (in any language).

    A country before a unit of the same name, then the more populous.
    """
    from geomap.gazetteer.lemmas import LOCAL_LANGUAGES

    units: dict[str, Place] = {}
    for lang in (None, *LOCAL_LANGUAGES):
        for cand in gazetteer.candidates(name, lang):
            if cand.place.feature_type in UNIT_TYPES:
                units[cand.place.place_id] = cand.place
        if units:
            break
    if not units:
        return None
    return max(units.values(), key=lambda p: (p.feature_type == "country", p.population))


def not_a_unit(name: str, gazetteer: Gazetteer) -> str:
    """Why ``--within name`` takes nothing, with the unit to name instead when there is one."""
    places = [c.place for c in gazetteer.candidates(name)]
    if not places:
        return f"--within {quoted(name)}: the gazetteer knows no place of that name"
    first = max(places, key=lambda p: p.population)
    hint = f"; try --within {quoted(first.admin1)}" if first.admin1 else ""
    return (
        f"--within {quoted(name)}: {first.name} is a {first.feature_type}, not a country or a "
        f"first-order unit (an oblast, a state){hint}"
    )


def is_within(place: Place | None, unit: Place) -> bool:
    """Whether ``place`` lies in ``unit`` by the gazetteer's codes (a unit is within itself)."""
    if place is None or place.country_code is None or place.country_code != unit.country_code:
        return False
    if place.place_id == unit.place_id or unit.feature_type == "country":
        return True
    return unit.admin1_code is not None and place.admin1_code == unit.admin1_code


def claims_within(
    claims: Sequence[Claim], unit: Place, place_of: Callable[[str], Place | None]
) -> list[Claim]:
    """The claims about places within ``unit``; ``place_of`` gives a place by its id."""
    inside: dict[str, bool] = {}
    out = []
    for claim in claims:
        if claim.place_id not in inside:
            inside[claim.place_id] = is_within(place_of(claim.place_id), unit)
        if inside[claim.place_id]:
            out.append(claim)
    return out
