"""A Russian region named by a clipped compound of its adjective and word ("Мособласть")."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.unit_compounds import acronym, clipped_unit, initials
from geomap.records import Place


def test_the_clipped_stem_and_the_unit_word() -> None:
    assert clipped_unit("Мособласти", "ru") == ("mos", "oblast")
    assert clipped_unit("Ленобласть", "ru") == ("len", "oblast")
    assert clipped_unit("Ленобластью", "ru") == ("len", "oblast")
    assert clipped_unit("Московской области", "ru") is None  # two words, read as they are
    assert clipped_unit("области", "ru") is None  # no stem
    assert clipped_unit("Мособласти", "uk") is None  # Russian only


def test_the_one_unit_of_the_country_the_stem_begins() -> None:
    places = [
        Place("mo", "Moscow Oblast", "admin1", "RU", "MOS", 7_000_000, 37.5, 55.6, "geonames"),
        Place("le", "Leningrad Oblast", "admin1", "RU", "LEN", 1_900_000, 31.7, 60.0, "geonames"),
        Place("ng", "Novgorod Oblast", "admin1", "RU", "NGR", 600_000, 32.0, 58.3, "geonames"),
        Place("ns", "Novosibirsk Oblast", "admin1", "RU", "NVS", 2_800_000, 80.0, 55.3, "geonames"),
        Place("mk", "Moscow", "city", "RU", "MOW", 12_000_000, 37.6, 55.75, "geonames"),
    ]
    local = [
        ("ru", "Московская область", "mo"),
        ("ru", "Ленинградская область", "le"),
        ("ru", "Новгородская область", "ng"),
        ("ru", "Новосибирская область", "ns"),
        ("ru", "Москва", "mk"),
    ]
    gazetteer = Gazetteer.from_places(places, local_names=local)

    def ids(name: str) -> list[str]:
        return [c.place.place_id for c in gazetteer.candidates(name, "ru")]

    assert ids("Мособласти") == ["mo"]  # not the city the stem also begins
    assert ids("Ленобластью") == ["le"]
    assert ids("Новобласти") == []  # two units begin so: none


def test_a_french_region_by_its_initials() -> None:
    assert acronym("IDF", "fr") == "idf"
    assert acronym("IDF", "de") is None  # French news only
    assert acronym("Idf", "fr") is None and acronym("FRANCE", "fr") is None
    assert "idf" in initials("ile de france")
    assert "paca" in initials("provence alpes cote dazur")  # "d'" joined to its word
    assert initials("grand est") == set()  # two words: no initials of three letters


def test_initials_find_the_one_home_region_so_written() -> None:
    places = [
        Place("idf", "Île-de-France", "admin1", "FR", "11", 12_000_000, 2.5, 48.7, "geonames"),
        Place("pa", "Provence", "admin1", "FR", "93", 5_000_000, 6.0, 43.9, "geonames"),
        Place("pe", "Paca", "city", "PE", None, 800, -75.5, -11.7, "geonames"),
        Place("qc", "Île du Fleuve", "admin1", "CA", "10", 100_000, -70.0, 47.0, "geonames"),
    ]
    local = [
        ("fr", "Île-de-France", "idf"),
        ("fr", "Provence-Alpes-Côte d’Azur", "pa"),
        ("fr", "Île du Fleuve", "qc"),  # abroad: not France's own initials
    ]
    gazetteer = Gazetteer.from_places(places, local_names=local)

    def ids(name: str) -> list[str]:
        return [c.place.place_id for c in gazetteer.candidates(name, "fr")]

    assert ids("IDF") == ["idf"]
    assert "pa" in ids("PACA") and "pe" in ids("PACA")  # beside the village, for context
    assert ids("SNCF") == []
