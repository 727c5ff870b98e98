"""The country of an island the gazetteer gives none: that of the towns on it.

Natural Earth's islands ("Espiritu Santo", "Efate", "Upolu", "Lombok") come without a
country, so the article's countries say nothing for them and a namesake town abroad
wins ("Luganville, on Espiritu Santo" in a story from Vanuatu went to a Mexican
village). :func:`with_island_countries` gives such an island the country of the
nearest populated place, when that place lies within :data:`ISLAND_TOWN_KM` of the
island's point (the builder could store it; the gazetteer is read as it is).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from geomap.geo import haversine_km
from geomap.nlp.well_known import ISLAND_CODES
from geomap.records import Candidate

#: The nearest town must lie this close to an island's point to give it its country.
ISLAND_TOWN_KM = 100.0


def with_island_countries(gazetteer: Any, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each island of the map that has no country given its town's country."""
    out: list[Candidate] = []
    for c in cands:
        p = c.place
        if not p.country_code and p.feature_type == "landform" and p.feature_code in ISLAND_CODES:
            town = gazetteer.reverse(p.lon, p.lat)
            if (
                town is not None
                and town.country_code
                and haversine_km(p.lon, p.lat, town.lon, town.lat) <= ISLAND_TOWN_KM
            ):
                c = Candidate(replace(p, country_code=town.country_code), c.match)
        out.append(c)
    return out
