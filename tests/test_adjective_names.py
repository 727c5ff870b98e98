"""A region's adjective taken for a mention is the region ("the Transnistrian region")."""

from __future__ import annotations

from geomap.nlp.adjective_names import adjective_candidates
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_adjective_names_gazetteer.v1",
    [
        place("1", "Qwertistria", "admin1", "MD", 300_000),
        place("2", "Asdfea", "region", "UA", 0),
        place("3", "Zxcvia", "city", "BR", 60_000),
    ],
)


def _names(words: list[str]) -> list[tuple[str, str]]:
    return [(c.place.name, c.match) for c in adjective_candidates(GAZ(), words)]


def test_an_adjective_in_ian_or_ean_gives_its_regions_as_demonym_matches() -> None:
    assert _names(["Qwertistrian"]) == [("Qwertistria", "demonym")]
    assert _names(["Asdfean"]) == [("Asdfea", "demonym")]


def test_a_town_a_longer_name_and_a_lower_case_word_give_nothing() -> None:
    assert _names(["Zxcvian"]) == []  # a town's name is never reached so
    assert _names(["Qwertistrian", "Hills"]) == []
    assert _names(["qwertistrian"]) == []
    assert _names(["Qwertistrias"]) == []
