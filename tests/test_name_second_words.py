"""A name's second word: a place adjective ("Nysie Kłodzkiej"), a club's town ("Wisłą Kraków")."""

from __future__ import annotations

from functools import cache

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.local_recognise import recognise


def _town(pid: str, name: str, cc: str, pop: int) -> Place:
    return Place(pid, name, "city", cc, None, pop, 17.0, 50.5, "t", "PPLA2")


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _town("nysa", "Nysa", "PL", 47_000),
            _town("klodzko", "Kłodzko", "PL", 26_000),
            _town("krakow", "Kraków", "PL", 755_000),
            _town("waw", "Warszawa", "PL", 1_700_000),
            _town("berezniki", "Berezniki", "RU", 140_000),
            _town("wisla", "Wisła", "PL", 11_000),
            Place("vistula", "Wisła", "water", None, None, 0, 21.0, 52.2, "t", "river"),
            Place("beskids", "Beskidy", "landform", None, None, 0, 20.0, 49.5, "t", "MTS"),
            Place("pl", "Polska", "country", "PL", None, 38_000_000, 20.0, 52.0, "t", "PCLI"),
            _town("moskva", "Moskva", "RU", 10_000_000),
            _town("kyiv", "Kyiv", "UA", 2_900_000),
            Place("by", "Bayern", "admin1", "DE", None, 13_000_000, 11.0, 49.0, "t", "ADM1", "02"),
            Place("muc", "München", "city", "DE", None, 1_400_000, 11.6, 48.1, "t", "PPLA", "02"),
        ],
        local_names=[
            ("ru", "Березники", "berezniki"),
            ("pl", "Beskid", "beskids"),
            ("ru", "Москва", "moskva"),
            ("ru", "Киев", "kyiv"),
        ],
    )


def test_a_town_whose_name_runs_on_in_an_oblique_place_adjective_is_no_town() -> None:
    gz = _gazetteer()
    text = "Woda w Nysie Kłodzkiej przekroczyła stan alarmowy w Kłodzku ."
    assert recognise(gz, "pl", text) == ["Kłodzku"]  # the river Nysa Kłodzka, not Nysa
    assert recognise(gz, "pl", "Woda w Nysie przekroczyła stan alarmowy .") == ["Nysie"]
    # a nominative adjective may open the next phrase; a range keeps its own name
    assert recognise(gz, "pl", "Turyści w Beskidzie Sądeckim czekają .") == ["Beskidzie"]
    # the adjective of the unit the town lies in, before that unit's word
    assert recognise(gz, "ru", "Рабочие в Березниках Пермского края бастуют .") == ["Березниках"]


def test_a_declined_club_word_and_its_town_in_the_nominative_are_no_places() -> None:
    gz = _gazetteer()
    text = "W niedzielę Legia Warszawa zagrała z Wisłą Kraków w Warszawie ."
    assert recognise(gz, "pl", text) == ["Warszawie"]
    assert recognise(gz, "pl", "Barki płyną Wisłą do Krakowa .") == ["Wisłą", "Krakowa"]
    # a country before the town's name in the nominative is no club's word
    assert recognise(gz, "pl", "W Polsce Kraków przyjmuje turystów .") == ["Polsce"]


def test_a_club_word_and_its_town_both_in_the_nominative_are_no_places() -> None:
    gz = _gazetteer()
    assert recognise(gz, "ru", "Спартак Москва обыграл Зенит .") == []
    # a stop word before the town, or a preposition between them, leaves the town
    assert recognise(gz, "ru", "Однако Москва ответила .") == ["Москва"]
    assert recognise(gz, "ru", "Официальный Киев ответил .") == ["Киев"]
    assert recognise(gz, "ru", "Спартак играл в Москве .") == ["Москве"]


def test_a_transport_facility_named_by_its_town_is_no_club() -> None:
    # "Аэропорт Глазго работает с задержками", "Порти Чорноморськ і Південний працюють":
    # a facility's noun, then its town, both nominative, opening the sentence as a club does
    gz = _gazetteer()
    assert recognise(gz, "ru", "Аэропорт Москва работает .") == ["Москва"]
    assert recognise(gz, "ru", "Вокзал Киев закрыт .") == ["Киев"]
    assert recognise(gz, "ru", "Спартак Киев проиграл .") == []


def test_a_land_right_before_its_own_town_is_a_clubs_name() -> None:
    gz = _gazetteer()
    assert recognise(gz, "de", "Der HSV verlor gegen Bayern München .") == []
    assert recognise(gz, "de", "In Bayern ist München die Hauptstadt .") == ["Bayern", "München"]
