"""A bare name shared by a city and the unit it is the seat of is the city (issue 16).

"the outskirts of Kidal" and "Israeli forces raided Jenin" were placed at the region and
the governorate of that name; the unit's word ("the Kidal region") keeps the unit.
"""

from __future__ import annotations

from dataclasses import replace

from geomap.nlp.seat_cities import seat_of
from geomap.records import Candidate, Place
from tests.blank_geoparse import TinyGazetteer, place


def _in(p: Place, code: str) -> Place:
    """``p`` in the admin-1 unit ``code``."""
    return replace(p, admin1_code=code)


REGION = _in(place("1", "Tarvel", "admin1", "ML", 90_000, lon=1.7, lat=19.1), "10")
SEAT = _in(place("2", "Tarvel", "city", "ML", 40_000, "PPLA", lon=1.4, lat=18.4), "10")
DISTRICT = _in(place("3", "Ossin", "admin2", "PS", 160_000, "ADM2", lon=35.21, lat=31.94), "WE")
TOWN = _in(place("4", "Ossin", "city", "PS", 44_000, "PPL", lon=35.20, lat=31.90), "WE")
FAR = _in(place("5", "Ossin", "city", "PS", 50_000, "PPL", lon=34.4, lat=31.2), "WE")
PROVINCE = _in(place("6", "Quevar", "admin1", "CA", 8_000_000, lon=-72.0, lat=52.0), "QC")
SMALL_SEAT = _in(place("7", "Quevar", "city", "CA", 500_000, "PPLA", lon=-71.2, lat=46.8), "QC")
PLAIN = _in(place("8", "Tarvel", "city", "ML", 3_000, "PPL", lon=0.5, lat=16.0), "10")

#: The seats are known by another spelling only ("Janin" for Jenin): alone, the ranker
#: prefers the unit's own name.
GAZ = TinyGazetteer(
    "geomap.test_seat_cities_gazetteer.v1",
    [REGION, replace(SEAT, name="Tarvelo"), DISTRICT, replace(TOWN, name="Ossino")],
    other_names=(("Tarvel", "2", "alternate"), ("Ossin", "4", "alternate")),
)


def _cands(*places: Place) -> list[Candidate]:
    return [Candidate(p, "name") for p in places]


def test_the_seat_of_an_admin1_unit_is_its_ppla_city() -> None:
    assert seat_of(REGION, _cands(REGION, SEAT)) == SEAT
    assert seat_of(REGION, _cands(REGION, PLAIN)) is None  # a town, not the seat


def test_the_seat_of_an_admin2_unit_is_its_namesake_city_near_it() -> None:
    assert seat_of(DISTRICT, _cands(DISTRICT, TOWN)) == TOWN
    assert seat_of(DISTRICT, _cands(DISTRICT, FAR)) is None


def test_a_unit_many_times_its_seats_size_is_known_in_its_own_right() -> None:
    assert seat_of(PROVINCE, _cands(PROVINCE, SMALL_SEAT)) is None


def test_a_big_unit_known_by_the_name_only_as_an_alternate_is_not_known_by_it() -> None:
    # "Tillaberi": the region's own name is "Tillabéri Region", the bare name the city's
    cands = [Candidate(PROVINCE, "alternate"), Candidate(SMALL_SEAT, "name")]
    assert seat_of(PROVINCE, cands, own_name=False) == SMALL_SEAT
    country = place("20", "Nigor", "country", "NR", 25_000_000, lon=8.0, lat=17.0)
    region = _in(place("21", "Tilvar Region", "admin1", "NR", 2_700_000, lon=1.5, lat=14.5), "9")
    town = _in(place("22", "Tilvar", "city", "NR", 30_000, "PPLA", lon=1.45, lat=14.2), "9")
    gaz = TinyGazetteer(
        "geomap.test_seat_cities_alternate_gazetteer.v1",
        [country, region, town],
        other_names=(("Tilvar", "21", "alternate"),),
    )
    text = "Nigor said a market in Tilvar was hit. Nigor and Nigor again. Tilvar was calm."
    out = gaz.resolve_named(text, ["Tilvar", "Nigor"])
    assert {m.place.place_id for m in out if m.text == "Tilvar" and m.place} == {"22"}
    unit = gaz.resolve_named("Nigor said fighting spread in the Tilvar region.", ["Tilvar"])
    assert [m.place.place_id for m in unit if m.place] == ["21"]


def _placed(text: str, names: list[str]) -> dict[str, str | None]:
    out = GAZ.resolve_named(text, names)
    return {m.text: m.place.place_id if m.place else None for m in out}


def test_a_bare_name_is_the_seat() -> None:
    assert _placed("Fighting on the outskirts of Tarvel.", ["Tarvel"]) == {"Tarvel": "2"}
    assert _placed("Soldiers raided Ossin on Monday.", ["Ossin"]) == {"Ossin": "4"}


def test_the_units_word_keeps_the_unit() -> None:
    assert _placed("Fighting spread in the Tarvel region.", ["Tarvel"]) == {"Tarvel": "1"}
    assert _placed("Roads in Ossin governorate closed.", ["Ossin"]) == {"Ossin": "3"}


def test_a_city_named_after_its_unit_with_a_word_more_is_no_seat_of_the_bare_name() -> None:
    state = _in(place("10", "Okarra", "admin1", "US", 3_000_000, lon=-97.5, lat=35.5), "OK")
    city = _in(place("11", "Okarra City", "city", "US", 680_000, "PPLA", lon=-97.5, lat=35.4), "OK")
    assert seat_of(state, [Candidate(state, "name"), Candidate(city, "alternate")]) is None
