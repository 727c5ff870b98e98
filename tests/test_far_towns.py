"""Namesakes far from a local story (issue 16).

"Sun Valley" in a story from Paris, Texas, beside Roxton and Lamar County, is no Sun
Valley, Nevada.
"""

from __future__ import annotations

from geomap.nlp.far_towns import far_towns, is_far_town
from geomap.records import Place


def _place(pid: str, name: str, ftype: str, pop: int, lat: float, lon: float) -> Place:
    return Place(pid, name, ftype, "US", None, pop, lon, lat, "curated")


PARIS = _place("paris", "Paris", "city", 25_000, 33.66, -95.56)
ROXTON = _place("roxton", "Roxton", "city", 650, 33.55, -95.72)
LAMAR = _place("lamar", "Lamar County", "admin2", 50_000, 33.67, -95.57)
SUN_NV = _place("sunnv", "Sun Valley", "city", 19_000, 39.60, -119.78)
SUN_AZ = _place("sunaz", "Sun Valley", "city", 300, 34.25, -110.12)
DENVER = _place("denver", "Denver", "city", 700_000, 39.74, -104.99)
DALLAS = _place("dallas", "Dallas", "city", 1_300_000, 32.78, -96.80)


def _picks(*places: Place) -> dict[str, tuple[Place, float]]:
    return {p.place_id: (p, 0.9) for p in places}


def test_a_small_town_far_from_a_local_storys_places_is_dropped() -> None:
    others = [PARIS, ROXTON, LAMAR]
    assert is_far_town(SUN_NV, others)
    ranked = {"sunnv": [(SUN_NV, 0.6), (SUN_AZ, 0.4)], "paris": [(PARIS, 0.9), (DALLAS, 0.1)]}
    out = far_towns(_picks(SUN_NV, PARIS, ROXTON, LAMAR), ranked)
    assert "sunnv" not in out  # no candidate near the story: the focus will place it
    assert out["paris"] == (PARIS, 0.9)
    # a candidate within reach of the story's places is taken instead
    near = _place("sunok", "Sun Valley", "city", 500, 34.6, -97.1)
    ranked["sunnv"] = [(SUN_NV, 0.6), (near, 0.3)]
    assert far_towns(_picks(SUN_NV, PARIS, ROXTON, LAMAR), ranked)["sunnv"] == (near, 0.3)


def test_big_towns_single_entries_and_spread_stories_keep_their_pick() -> None:
    assert not is_far_town(DENVER, [PARIS, ROXTON])  # a big city is named from anywhere
    assert not is_far_town(SUN_NV, [PARIS])  # one other town says nothing
    assert not is_far_town(SUN_NV, [PARIS, DENVER])  # the story's towns lie far apart
    reno = _place("reno", "Reno", "admin1", 0, 39.5, -119.8)
    assert not is_far_town(SUN_NV, [PARIS, ROXTON, reno])  # a place near it is named
    abroad = Place("mx", "Sun Valley", "city", "MX", None, 5_000, -110.0, 28.0, "curated")
    assert not is_far_town(abroad, [PARIS, ROXTON])  # another country: foreign_towns' case
    ranked = {"sunnv": [(SUN_NV, 1.0)]}  # a single entry is that place
    assert "sunnv" in far_towns(_picks(SUN_NV, PARIS, ROXTON), ranked)


def test_a_town_with_its_county_of_one_name_is_one_place_however_far() -> None:
    county = _place("sunco", "Sun Valley", "admin2", 19_000, 39.7, -119.6)
    ranked = {"sunnv": [(SUN_NV, 0.6), (county, 0.4)]}
    out = far_towns(_picks(SUN_NV, PARIS, ROXTON, LAMAR), ranked)
    assert out["sunnv"] == (SUN_NV, 0.9)  # no namesake to prefer: Nevada's it stays
