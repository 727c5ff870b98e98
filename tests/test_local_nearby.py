"""Bare home towns: found again in another case, or among the article's places (issue 18)."""

from __future__ import annotations

import pytest
from local_recognise import recognise

from geomap.gazetteer import Gazetteer
from geomap.records import Place


def _place(pid: str, name: str, cc: str, pop: int, lat: float, lon: float) -> Place:
    return Place(pid, name, "city", cc, None, pop, lon, lat, "curated")


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    places = [
        _place("lesko", "Lesko", "PL", 5_700, 49.47, 22.33),
        _place("slubice", "Słubice", "PL", 17_500, 52.35, 14.56),
        _place("kostrzyn", "Kostrzyn nad Odrą", "PL", 17_800, 52.59, 14.65),
        _place("gorzyca", "Górzyca", "PL", 1_500, 52.49, 14.66),
        _place("gorzyca-far", "Górzyca", "PL", 600, 50.06, 21.66),
        _place("lugano", "Lugano", "CH", 63_000, 46.01, 8.96),
        _place("grisons", "Grisons", "CH", 150_000, 46.70, 9.56),
        _place("bellinzona", "Bellinzona", "CH", 43_000, 46.19, 9.02),
        _place("locarno", "Locarno", "CH", 16_000, 46.17, 8.80),
        _place("regen", "Regen", "DE", 11_000, 48.97, 13.13),
        _place("passau", "Passau", "DE", 50_000, 48.57, 13.43),
        _place("deggendorf", "Deggendorf", "DE", 33_000, 48.84, 12.96),
    ]
    local = [
        ("pl", "Lesko", "lesko"),
        ("de", "Graubünden", "grisons"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def test_a_found_town_in_another_case(gz: Gazetteer) -> None:
    # "Leska": Lesko's genitive (a guessed nominative), bare after a noun
    text = "Remont mostu w Lesku czeka. Burmistrz Leska poparł wniosek."
    assert recognise(gz, "pl", text) == ["Lesku", "Leska"]
    # no found town: the genitive alone after a noun is not read
    assert recognise(gz, "pl", "Burmistrz Leska poparł wniosek.") == []


def test_a_bare_town_among_the_articles_places(gz: Gazetteer) -> None:
    text = "Most w Słubicach i Kostrzynie nad Odrą zamknięto. Wójt Górzycy alarmuje."
    assert "Górzycy" in recognise(gz, "pl", text)
    # far from the article's places, or beside a single one: not read
    alone = "Most w Słubicach zamknięto. Wójt Górzycy alarmuje."
    assert "Górzycy" not in recognise(gz, "pl", alone)


def test_german_bare_towns_only_in_a_list(gz: Gazetteer) -> None:
    text = "In Lugano und in Graubünden regnet es. Es meldeten Bellinzona und Locarno Erdrutsche."
    assert recognise(gz, "de", text)[-2:] == ["Bellinzona", "Locarno"]
    # a noun alone that is also a town near the article's places is no town
    text = "In Passau und Deggendorf stieg das Wasser nach tagelangem Regen weiter."
    assert "Regen" not in recognise(gz, "de", text)
