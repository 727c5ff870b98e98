"""A name that qualifies a town is the unit holding that town ("Tbilisi, Georgia")."""

from __future__ import annotations

from dataclasses import replace

from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, place


def _in(p: Place, code: str) -> Place:
    """``p`` in the admin-1 unit ``code``."""
    return replace(p, admin1_code=code)


GAZ = TinyGazetteer(
    "geomap.test_qualifiers_gazetteer.v1",
    [
        place("1", "Gorland", "country", "GE", 3_700_000, lon=43.5, lat=42.0),
        _in(place("2", "Gorland", "admin1", "US", 10_700_000, lon=-83.5, lat=32.8), "GA"),
        _in(place("3", "Tibra", "city", "GE", 1_100_000, lon=44.8, lat=41.7), "TB"),
        _in(place("4", "Atlan", "city", "US", 500_000, lon=-84.4, lat=33.7), "GA"),
        _in(place("5", "Dallon", "city", "US", 1_300_000, lon=-96.8, lat=32.8), "TX"),
        _in(place("6", "Houst", "city", "US", 2_300_000, lon=-95.4, lat=29.8), "TX"),
        _in(place("7", "Texia", "admin1", "US", 29_000_000, lon=-99.0, lat=31.0), "TX"),
        _in(place("8", "Kingsby", "city", "US", 8_000_000, lon=-74.0, lat=40.7), "NY"),
        _in(place("9", "Kingsby", "admin1", "US", 19_000_000, lon=-75.5, lat=42.9), "NY"),
        _in(place("10", "Quens", "city", "US", 2_300_000, lon=-73.8, lat=40.7), "NY"),
        _in(place("11", "Macan", "city", "US", 150_000, lon=-83.6, lat=32.8), "GA"),
        _in(place("12", "Savan", "city", "US", 150_000, lon=-81.1, lat=32.1), "GA"),
    ],
)


def _picks(text: str, names: list[str]) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.place_id if m.place else None) for m in GAZ.resolve_named(text, names)]


def test_each_qualifier_holds_its_own_town() -> None:
    """One name, two qualified towns in two countries: each 'Gorland' is its town's."""
    text = "Flights from Tibra, Gorland to Atlan, Gorland resumed."
    got = _picks(text, ["Tibra", "Atlan", "Gorland"])
    assert got == [("Tibra", "3"), ("Gorland", "1"), ("Atlan", "4"), ("Gorland", "2")]


def test_a_qualifier_holds_its_town_against_the_articles_other_places() -> None:
    """Atlan, Macan and Savan vote for the state Gorland; Tibra, Gorland is the country."""
    text = "Teams from Atlan, Macan and Savan met a delegation from Tibra, Gorland."
    got = dict(_picks(text, ["Atlan", "Macan", "Savan", "Tibra", "Gorland"]))
    assert got["Tibra"] == "3"
    assert got["Gorland"] == "1"


def test_a_bare_mention_joins_the_one_qualifying_group() -> None:
    text = "He was born in Atlan, Gorland. Gorland voted on Tuesday."
    got = _picks(text, ["Atlan", "Gorland"])
    assert got == [("Atlan", "4"), ("Gorland", "2"), ("Gorland", "2")]


def test_a_bare_mention_whose_sentence_is_abroad_stands_on_its_own() -> None:
    """After "Atlan, Gorland" (the state), a "Gorland" beside Tibra is the country."""
    text = (
        "He was born in Atlan, Gorland. He now lives in Tibra, the capital of Gorland. "
        "Gorland voted on Tuesday."
    )
    got = _picks(text, ["Atlan", "Tibra", "Gorland"])
    assert got == [("Atlan", "4"), ("Gorland", "2"), ("Tibra", "3"), ("Gorland", "1"),
                   ("Gorland", "1")]  # fmt: skip


def test_a_bare_mention_beside_a_town_of_its_group_stays_in_the_group() -> None:
    text = "He was born in Atlan, Gorland. He now lives in Savan, near Gorland's coast."
    got = _picks(text, ["Atlan", "Savan", "Gorland"])
    assert got == [("Atlan", "4"), ("Gorland", "2"), ("Savan", "12"), ("Gorland", "2")]


def test_a_city_that_qualifies_a_part_of_itself_stays_the_city() -> None:
    """'Quens, Kingsby': the city Kingsby holds none of the units' towns but is kept."""
    text = "A school in Quens, Kingsby and one in Dallon closed."
    got = dict(_picks(text, ["Quens", "Kingsby", "Dallon"]))
    assert got["Kingsby"] == "8"
