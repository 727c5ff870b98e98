"""Sports clubs, chained lists, adjectives of countries and inflected adjective names (issue 18).

A town in a club's name is no place ("VfB Stuttgart", "Legia Warszawa", «Ростов»); a
town listed beside a listed town is one ("Ізмаїл, Рені та Кілія"); a country's
adjective may stand between a preposition and a town abroad ("im österreichischen
Hochfilzen", "до польського Хелма"); "між", "между", "między" are prepositions of
place; the case endings of an adjective-noun name ("Охотского моря") and Polish k/g
softened before the locative's e ("w Larnace") are guessed; a town's former name that
is now a bigger town's is left to that town (Korolyov was Kaliningrad).
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.builder.former_names import drop_former_names
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.lemmas import ending_keys
from geomap.gazetteer.names import normalize_name
from geomap.records import Place
from tests.local_recognise import recognise as _recognise


def _town(pid: str, name: str, cc: str, pop: int) -> Place:
    return Place(pid, name, "city", cc, None, pop, 10.0, 50.0, "t", "PPLA")


def test_a_town_in_a_sports_clubs_name_is_no_place() -> None:
    gz = Gazetteer.from_places(
        [
            _town("stg", "Stuttgart", "DE", 630_000),
            _town("koeln", "Köln", "DE", 1_000_000),
            _town("muc", "München", "DE", 1_500_000),
            Place("by", "Bavaria", "admin1", "DE", None, 13_000_000, 11.4, 48.9, "t", "ADM1"),
        ],
        local_names=[("de", "Bayern", "by")],
    )
    text = "Der VfB Stuttgart verlor in Köln gegen den 1. FC Köln und den FC Bayern München."
    assert _recognise(gz, "de", text) == ["Köln"]
    assert _recognise(gz, "de", "Der Trainer reist nach Stuttgart.") == ["Stuttgart"]


def test_a_polish_club_opening_a_sentence_keeps_its_town() -> None:
    gz = Gazetteer.from_places(
        [_town("waw", "Warsaw", "PL", 1_700_000)], local_names=[("pl", "Warszawa", "waw")]
    )
    assert _recognise(gz, "pl", "Legia Warszawa zagra w czwartek.") == []
    assert _recognise(gz, "pl", "Warszawa przyjęła plan.") == ["Warszawa"]


def test_a_big_city_the_model_calls_an_organisation_in_quotes_is_a_club() -> None:
    gz = Gazetteer.from_places(
        [_town("rnd", "Rostov-na-Donu", "RU", 1_100_000)], local_names=[("ru", "Ростов", "rnd")]
    )
    assert _recognise(gz, "ru", "Вчера « Ростов » обыграл соперника .", ((2, 3, "ORG"),)) == []
    assert _recognise(gz, "ru", "Вчера Ростов принял решение .", ((1, 2, "ORG"),)) == ["Ростов"]


def test_a_town_listed_beside_a_listed_town_is_listed_too() -> None:
    gz = Gazetteer.from_places(
        [
            _town("izm", "Izmail", "UA", 70_000),
            _town("reni", "Reni", "UA", 18_000),
            _town("kil", "Kiliya", "UA", 19_000),
        ],
        local_names=[("uk", "Ізмаїл", "izm"), ("uk", "Рені", "reni"), ("uk", "Кілія", "kil")],
    )
    text = "Порти на півдні — в Ізмаїлі, Рені та Кілія — працюють."
    assert _recognise(gz, "uk", text) == ["Ізмаїлі", "Рені", "Кілія"]


def test_a_countrys_adjective_between_a_preposition_and_a_town() -> None:
    gz = Gazetteer.from_places(
        [_town("hf", "Hochfilzen", "AT", 1_100), _town("chelm", "Chełm", "PL", 60_000)],
        local_names=[("uk", "Холм", "chelm"), ("uk", "Хелм", "chelm")],
    )
    assert _recognise(gz, "de", "Das Rennen im österreichischen Hochfilzen fällt aus.") == [
        "Hochfilzen"
    ]
    assert _recognise(gz, "de", "Das Rennen im neuen Hochfilzen fällt aus.") == []
    assert _recognise(gz, "uk", "Поїзди йдуть до польського Хелма щодня.") == ["Хелма"]


def test_a_german_adjective_in_ysch_or_deutsch_is_a_places_too() -> None:
    gz = Gazetteer.from_places(
        [_town("tob", "Tobruk", "LY", 81_000), _town("cb", "Cottbus", "DE", 98_000)]
    )
    assert _recognise(gz, "de", "Die Boote waren im ostlibyschen Tobruk gestartet.") == ["Tobruk"]
    assert _recognise(gz, "de", "Der Anschlag im ostdeutschen Cottbus traf alle.") == ["Cottbus"]
    assert _recognise(gz, "de", "Die Boote waren im hübschen Tobruk gestartet.") == []


def test_between_is_a_preposition_of_place() -> None:
    gz = Gazetteer.from_places(
        [_town("reni", "Reni", "UA", 18_000)], local_names=[("uk", "Рені", "reni")]
    )
    assert _recognise(gz, "uk", "Стару колію між Рені та кордоном відремонтують.") == ["Рені"]


def test_an_adjective_names_oblique_cases_are_guessed() -> None:
    assert normalize_name("Охотское море") in ending_keys("Охотского моря", "ru")
    assert normalize_name("Охотское море") in ending_keys("Охотском море", "ru")
    assert normalize_name("Петропавловск Камчатский") in ending_keys(
        "Петропавловске-Камчатском", "ru"
    )
    assert normalize_name("Larnaka") in ending_keys("Larnace", "pl")
    assert normalize_name("Ładoga") in ending_keys("Ładodze", "pl")  # "na Ładodze"
    sea = Place("okh", "Sea of Okhotsk", "water", None, None, 0, 150.0, 55.0, "t", "sea")
    gz = Gazetteer.from_places([sea], local_names=[("ru", "Охотское море", "okh")])
    assert [c.place.place_id for c in gz.candidates("Охотского моря", "ru")] == ["okh"]


def _entry(pid: str, name: str, pop: int, cc: str = "RU") -> Entry:
    e = Entry(pid, name, "city", cc, 0.0, 0.0, "geonames", "PPL", pop)
    e.add_name(name, "name")
    return e


def test_a_former_name_now_a_bigger_towns_is_left_to_it() -> None:
    korolev = _entry("kor", "Korolev", 140_000)
    korolev.add_local_name("Королёв", "ru", "exonym")
    korolev.add_local_name("Калининград", "ru", "exonym")
    kaliningrad = _entry("kal", "Kaliningrad", 475_000)
    kaliningrad.add_local_name("Калининград", "ru", "exonym")
    # two villages of one name keep it, as does a town spelt unlike its Russian name
    small = _entry("tr2", "Troitsk", 20_000)
    small.add_local_name("Троицк", "ru", "alternate")
    big = _entry("tr1", "Troitsk", 70_000)
    assert drop_former_names([korolev, kaliningrad, small, big]) == 1
    assert ("ru", "kaliningrad") not in korolev.local
    assert ("ru", "korolyov") in korolev.local or ("ru", "korolev") in korolev.local
    assert ("ru", "kaliningrad") in kaliningrad.local
    assert ("ru", "troitsk") in small.local


def test_a_town_before_in_and_the_unit_it_lies_in() -> None:
    ruh = Place("ruh", "Ruhpolding", "city", "DE", None, 6_500, 12.65, 47.76, "t", "PPLA4")
    obb = Place("obb", "Upper Bavaria", "admin2", "DE", None, 4_700_000, 11.6, 48.0, "t", "ADM2")
    far = Place("far", "Ruhpolding", "city", "DE", None, 6_500, 9.0, 54.0, "t", "PPLA4")
    gz = Gazetteer.from_places([ruh, obb], local_names=[("de", "Oberbayern", "obb")])
    text = "Ersatzort ist Ruhpolding in Oberbayern."
    assert _recognise(gz, "de", text) == ["Ruhpolding", "Oberbayern"]
    # a town of that name far from the unit is not the one meant
    gz_far = Gazetteer.from_places([far, obb], local_names=[("de", "Oberbayern", "obb")])
    assert _recognise(gz_far, "de", text) == ["Oberbayern"]
    # a German common noun that is also a village's name stays a noun
    brk = Place("brk", "Brücken", "city", "DE", None, 2_000, 11.7, 48.1, "t", "PPLA4")
    gz_noun = Gazetteer.from_places([brk, obb], local_names=[("de", "Oberbayern", "obb")])
    assert _recognise(gz_noun, "de", "Alte Brücken in Oberbayern.") == ["Oberbayern"]


def test_a_town_before_in_and_a_region_with_its_article() -> None:
    salz = Place("sa", "Salzwedel", "city", "DE", None, 24_000, 11.15, 52.85, "t", "PPLA3")
    alt = Place("al", "Altmark", "region", "DE", None, 0, 11.5, 52.7, "t", "RGN")
    gz = Gazetteer.from_places([salz, alt], local_names=[("de", "Altmark", "al")])
    text = "Erste Station war Salzwedel in der Altmark."
    assert _recognise(gz, "de", text) == ["Salzwedel", "Altmark"]
    # an article after "in" that is no region's ("in der Nacht") adds nothing
    assert _recognise(gz, "de", "Erste Station war Salzwedel in der Nacht.") == []
