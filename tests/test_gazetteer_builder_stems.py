"""Builder rules of round 72: units named by their parts' stem, article-less exonyms,
CLDR's shared short names and initials before a short name (made-up places)."""

from __future__ import annotations

from geomap.english_words import common_word
from geomap.gazetteer.builder.arabic import (
    add_names_without_article,
    promote_names_without_article,
)
from geomap.gazetteer.builder.cldr_pairs import shared_heads
from geomap.gazetteer.builder.initials import add_initial_prefixes
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.stem_units import generic_words, stem_of, stem_units
from geomap.gazetteer.lemmas import lookup_keys


def _unit(
    pid: str, name: str, ftype: str, cc: str, pop: int, a1: str = "01", at: float = 0.0
) -> Entry:
    e = Entry(pid, name, ftype, cc, at, at, "test", population=pop, admin1_code=a1)
    e.add_name(name, "name")
    return e


def test_a_stem_is_the_name_without_its_compass_words() -> None:
    assert stem_of("South Quorvia") == "Quorvia"
    assert stem_of("North-East Quorvia") == "Quorvia"
    assert stem_of("Quorvia West and Dalby") == "Quorvia"
    assert stem_of("East Riding of Quorvia") is None  # "Riding of Quorvia": no name
    assert stem_of("North Quorvia Province") is None  # a type word
    assert stem_of("Quorvia") is None


def test_compass_qualified_units_give_their_stem_an_entry() -> None:
    west = _unit("1", "West Quorvia", "admin2", "GB", 300, at=1.0)
    north = _unit("2", "North Quorvia", "admin2", "GB", 100, at=5.0)
    east = _unit("3", "Daltshire East", "admin2", "GB", 50)
    other = _unit("4", "West Quorvia", "admin2", "GB", 10, a1="02", at=9.0)
    units = {"GB.01.1": west, "GB.01.2": north, "GB.01.3": east, "GB.02.4": other}
    out = {(e.name, e.admin1_code): e for e in stem_units(units.values(), units)}
    assert set(out) == {("Quorvia", "01"), ("Daltshire", "01"), ("Quorvia", "02")}
    whole = out[("Quorvia", "01")]
    assert whole.feature_type == "admin2" and whole.population == 400
    assert whole.lon == 2.0  # population-weighted: (300 * 1 + 100 * 5) / 400
    assert whole.names == {"quorvia": "name"}


def test_admin1_parts_make_a_region() -> None:
    units = {
        "XX.A": _unit("1", "North Zembia", "admin1", "XX", 5, a1="A"),
        "XX.B": _unit("2", "South Zembia", "admin1", "XX", 5, a1="B"),
    }
    (region,) = stem_units(units.values(), units)
    assert (region.name, region.feature_type, region.admin1_code) == ("Zembia", "region", None)


def test_a_stem_another_place_holds_is_left_to_it() -> None:
    units = {
        "GB.01.1": _unit("1", "West Quorvia", "admin2", "GB", 5),
        "GB.01.2": _unit("2", "North Daltshire", "admin2", "GB", 5),
        "GB.01.3": _unit("3", "South Brenmoor", "admin2", "GB", 5),
        "GB.01.4": _unit("4", "East Halvey", "admin2", "GB", 5),
        "GB.01.5": _unit("5", "West Bank", "admin2", "GB", 5),
    }
    island = _unit("i", "Quorvia", "landform", "NO", 0)  # a non-town anywhere
    town = _unit("t", "Daltshire", "city", "GB", 10)  # any place in the country
    county = _unit("c", "Brenmoor County", "admin2", "US", 10)
    county.names["brenmoor"] = "alternate"  # another country's alternate: no bar
    entries = [*units.values(), island, town, county]
    names = {e.name for e in stem_units(entries, units, reserved={"halvey"})}
    assert names == {"Brenmoor"}  # "Bank": a lower-case English word


def test_a_generic_last_word_is_no_stem() -> None:
    assert generic_words(["Gold Coast", "Sunny Coast", "North Quorvia", "Quorvia"]) == {"coast"}
    units = {
        "AU.01.1": _unit("1", "Central Coast", "admin2", "AU", 5),
        "AU.01.2": _unit("2", "Gold Coast", "admin2", "AU", 5),
        "AU.01.3": _unit("3", "Sunny Coast", "admin2", "AU", 5),
    }
    assert stem_units(units.values(), units) == []


def test_parts_without_towns_are_placed_by_a_natural_earth_label_point() -> None:
    units: dict[str, Entry] = {}
    unplaced = {"GB.01.A": "West Quorvia", "GB.01.B": "North Quorvia", "GB.01.C": "North Dalby"}
    labels = {("GB", "quorvia"): (-0.9, 52.3)}
    (whole,) = stem_units([], units, unplaced, labels)
    assert (whole.name, whole.lon, whole.lat, whole.admin1_code) == ("Quorvia", -0.9, 52.3, "01")


def test_common_words_are_those_english_writes_in_lower_case() -> None:
    assert common_word("bank") and common_word("side")
    assert not common_word("yorkshire") and not common_word("kivu")


def _arabic_city(pid: str, name: str, pop: int, *alternates: str) -> Entry:
    e = _unit(pid, name, "city", "YE", pop)
    for a in alternates:
        e.add_name(a, "alternate")
    return e


def test_the_article_less_form_of_an_articled_alternate_becomes_an_exonym() -> None:
    city = _arabic_city("1", "Al Huzaybah", 700_000, "El-Hozeibah", "Hozeibat")
    small = _arabic_city("2", "Al Qarnah", 50_000, "El-Qornah")
    shared = _arabic_city("3", "Al Madirah", 300_000, "El-Madrah")
    namesake = _unit("4", "Madrah", "city", "US", 4_000)
    nickname = _arabic_city("5", "Al Sirrah", 300_000, "El-Bahrah")
    entries = [city, small, shared, namesake, nickname]
    add_names_without_article(entries, frozenset({"YE"}))
    assert city.names["hozeibah"] == "alternate"
    assert promote_names_without_article(entries, frozenset({"YE"})) == 1
    assert city.names["hozeibah"] == "exonym"
    assert city.names["hozeibat"] == "alternate"  # no article: not touched
    assert small.names["qornah"] == "alternate"  # under 100,000 people
    assert shared.names["madrah"] == "alternate"  # another place's name
    assert nickname.names["bahrah"] == "alternate"  # not a form of "Sirrah"


def test_a_city_keeps_the_form_its_own_unit_shares() -> None:
    city = _arabic_city("1", "Al Huzaybah", 700_000, "El-Hozeibah")
    unit = _unit("2", "Hozeibah", "admin1", "YE", 900_000)
    add_names_without_article([city, unit], frozenset({"YE"}))
    assert promote_names_without_article([city, unit], frozenset({"YE"}), {"x"}) == 1
    assert city.names["hozeibah"] == "exonym"
    other = _arabic_city("3", "Al Huzaybah", 700_000, "El-Hozeibah")
    add_names_without_article([other], frozenset({"YE"}))
    assert promote_names_without_article([other], frozenset({"YE"}), {"hozeibah"}) == 0


def test_cldr_short_names_shared_by_two_territories() -> None:
    english = {"AA": "Zongo - Alpha", "BB": "Zongo - Beta", "CC": "Guinea-Bissau", "DD": "Zongo"}
    assert shared_heads(english) == {"Zongo": ["AA", "BB"]}


def test_initials_before_a_short_name_of_the_country() -> None:
    land = Entry("1", "Zongo", "country", "ZZ", 0.0, 0.0, "test")
    for name in ("Демократическая Республика Зонго", "Зонго"):
        land.add_local_name(name, "ru")
    other = Entry("2", "Bar", "country", "YY", 0.0, 0.0, "test")
    other.add_local_name("Дальняя Республика Барс", "ru")  # "Барс" is none of its names
    assert add_initial_prefixes([land, other]) == 1
    assert "dr zongo" in lookup_keys("ДР Зонго", "ru")
    assert land.local[("ru", "dr zongo")] == "alias"
