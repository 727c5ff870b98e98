"""A bare name shared by a city and the unit it is the seat of is the city.

"the outskirts of Kidal", "Israeli forces raided Jenin": the gazetteer has the region
or governorate of Kidal and of Jenin beside their seats, and the ranker may prefer the
unit (it is the larger, or the city is known only by another spelling, "Janin"). News
name the unit by its word ("the Kidal region", "Jenin governorate", "Kharkiv oblast":
:attr:`~geomap.nlp.scoring.MentionEvidence.admin_hint`); a bare name means the city. Kharkiv
resolves to the city because the gazetteer names the oblast only with its word; this rule
gives every such pair that reading.

:func:`seat_cities` rules out an admin-1 or admin-2 pick when no mention of the name has
a unit's word, and among the name's candidates is its seat (:func:`seat_of`): a city of
the unit's country that is an admin-1 seat of the same unit (GeoNames PPLA or PPLC), or
for an admin-2 unit a city in its admin-1 unit within :data:`SEAT_KM` of the unit's
point, and not named after the unit with a word more ("Oklahoma City": a bare "Oklahoma"
is the state). The ranker then scores the name's other candidates (:mod:`geomap.nlp.revisions`),
the units of that name ruled out: the seat, unless a namesake town outranks it. A unit
many times the city's size (:data:`UNIT_MULTIPLE`: "Quebec", the province of eight
million around a city of half a million) keeps its pick: such a name is the unit's in
its own right, when it is the unit's own name. A unit that bears the bare name only as
an alternate of its own ("Tillaberi" of Tillabéri Region) is not known by it: its bare
name is the seat's, whatever their sizes, and the text's unit word alone makes it the
unit (one run of an agency's copy placed a bare "Tillaberi" at the city in 13 articles and
at the region in 3, by the other places each article named).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geomap.geo import haversine_km
from geomap.nlp.revisions import Revision
from geomap.nlp.scoring import MentionEvidence
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]

#: The feature types of units whose bare name may be their seat's.
UNIT_TYPES = frozenset({"admin1", "admin2"})
#: GeoNames codes of an admin-1 unit's seat (and the country's capital).
SEAT_CODES = frozenset({"PPLA", "PPLC"})
#: An admin-2 unit's namesake city this close to the unit's point is its seat.
SEAT_KM = 30.0
#: A unit with more than this many times its seat's people is known in its own right.
UNIT_MULTIPLE = 5.0


def seat_of(unit: Place, cands: Sequence[Candidate], own_name: bool = True) -> Place | None:
    """The seat of ``unit`` among a name's candidates (module docstring), else ``None``.

    ``own_name``: whether the name is the unit's own (else only an alternate of it, and
    a unit many times its seat's size is not known by it in its own right).
    """
    from geomap.gazetteer import normalize_name

    named_after = normalize_name(unit.name) + " "
    seats = []
    for c in cands:
        p = c.place
        if normalize_name(p.name).startswith(named_after):
            continue  # "Oklahoma City" is named after its state: a bare "Oklahoma" is the state
        if p.feature_type != "city" or p.country_code != unit.country_code:
            continue
        if p.admin1_code != unit.admin1_code:
            continue
        if unit.feature_type == "admin1" and p.feature_code not in SEAT_CODES:
            continue
        if unit.feature_type == "admin2" and (
            haversine_km(unit.lon, unit.lat, p.lon, p.lat) > SEAT_KM
        ):
            continue
        seats.append(p)
    seat = max(seats, key=lambda p: p.population, default=None)
    if seat is None:
        return None
    if own_name and seat.population and unit.population > UNIT_MULTIPLE * seat.population:
        return None
    return seat


def seat_cities(
    picks: Mapping[str, _Pick],
    cands: Mapping[str, Sequence[Candidate]],
    evidence: Mapping[str, MentionEvidence],
) -> dict[str, Revision]:
    """Revisions: a unit picked for a bare name that is also its seat's, ruled out."""
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type not in UNIT_TYPES or evidence[key].admin_hint:
            continue
        options = cands.get(key, ())
        own = any(c.place.place_id == place.place_id and c.match != "alternate" for c in options)
        seat = seat_of(place, options, own)
        if seat is not None:
            units = {c.place.place_id for c in options if c.place.feature_type in UNIT_TYPES}
            out[key] = Revision(ruled_out=frozenset(units))
    return out
