"""A German country's genitive opening a sentence is the country: "Chinas Außenminister"."""

from __future__ import annotations

from functools import cache

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.local_recognise import recognise


def _place(pid: str, name: str, kind: str, cc: str, pop: int, code: str) -> Place:
    return Place(pid, name, kind, cc, "01", pop, 10.0, 50.0, "t", code, admin1_code="01")


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _place("cn", "China", "country", "CN", 1_400_000_000, "PCLI"),
            _place("ru", "Russia", "country", "RU", 144_000_000, "PCLI"),
            _place("pl", "Poland", "country", "PL", 38_000_000, "PCLI"),
            _place("bj", "Beijing", "city", "CN", 20_000_000, "PPLC"),
        ],
        local_names=[
            ("de", "China", "cn"),
            ("de", "Russland", "ru"),
            ("de", "Peking", "bj"),
            ("pl", "Polska", "pl"),
        ],
    )


def test_a_country_s_genitive_opening_a_sentence_is_the_country() -> None:
    text = "PEKING (dpa) – Chinas Außenminister ist in Peking. Russlands Armee meldete nichts."
    assert recognise(_gazetteer(), "de", text) == ["PEKING", "Chinas", "Peking", "Russlands"]


def test_only_in_german_before_a_capitalised_noun() -> None:
    # before a lowercase word, the guessed form opening a sentence is refused as before
    assert "Chinas" not in recognise(_gazetteer(), "de", "Chinas wegen gab es Streit.")
    # Polish keeps its guard: a guessed country opening a sentence may be an adjective
    assert recognise(_gazetteer(), "pl", "Polskie Radio nadaje.") == []
