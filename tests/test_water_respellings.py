"""A river named after a water cue, found under its name with one letter doubled (issue 18)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.water_respellings import respelled_waters, respellings
from geomap.records import Candidate, Place

JUBBA = Place("ne:river:jubba", "Jubba", "water", None, None, 0, 42.2, 2.2, "naturalearth")
JUBA_TOWN = Place("373303", "Juba", "city", "SS", None, 450_000, 31.6, 4.9, "geonames")


class _Gazetteer:
    """Jubba under its own name only, as Natural Earth spells it."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def candidates(self, name: str, lang: str | None = None) -> list[Candidate]:
        self.asked.append(name)
        return [Candidate(JUBBA, "name")] if name == "Jubba" else []


def _juba(text: str) -> Span:
    doc = spacy.blank("de")(text)
    i = [t.text for t in doc].index("Juba")
    return doc[i : i + 1]


def test_respellings_double_or_single_one_letter() -> None:
    assert respellings("Juba") == ["Juuba", "Jubba", "Jubaa"]
    assert "Shabeelle" in respellings("Shabelle")
    assert "Juba" in respellings("Jubba")


def test_a_river_after_a_water_cue_is_found_respelled() -> None:
    span = _juba("In Somalia hat der Fluss Juba Dörfer überschwemmt .")
    cands = {"juba": [Candidate(JUBA_TOWN, "name")]}
    out = respelled_waters(_Gazetteer(), cands, {"juba": [span]})
    assert [c.place.place_id for c in out["juba"]] == ["373303", "ne:river:jubba"]


def test_no_respelling_without_a_water_cue() -> None:
    span = _juba("Die Regierung in Juba hat getagt .")
    gz = _Gazetteer()
    cands = {"juba": [Candidate(JUBA_TOWN, "name")]}
    assert respelled_waters(gz, cands, {"juba": [span]}) == cands
    assert gz.asked == []
