"""A much bigger namesake nearer the towns of a name's own sentences wins (issue 16).

An obituary's "she fled with her mother to Krakow and later to London ... In 1968 she
emigrated to Canada" gave London, Ontario; "schemes in Bath, Cambridge and Newport"
gave Newport on the Isle of Wight, not Newport in Wales.
"""

from __future__ import annotations

import spacy

from geomap.nlp.sentence_namesakes import sentence_namesakes
from geomap.records import Candidate, Place
from tests.blank_geoparse import TinyGazetteer


def _city(pid: str, name: str, cc: str, admin1: str, pop: int, lon: float, lat: float) -> Place:
    return Place(
        pid, name, "city", cc, admin1, pop, lon, lat, "test", feature_code="PPL", admin1_code=admin1
    )


GAZ = TinyGazetteer(
    "geomap.test_sentence_namesakes_gazetteer.v1",
    [
        _city("1", "London", "CA", "Ontario", 422_000, -81.23, 42.98),
        _city("2", "London", "GB", "England", 8_900_000, -0.13, 51.51),
        _city("3", "Krakow", "PL", "Lesser Poland", 780_000, 19.94, 50.06),
        _city("4", "Toronto", "CA", "Ontario", 2_700_000, -79.42, 43.70),
        _city("5", "Hamilton", "CA", "Ontario", 570_000, -79.85, 43.23),
        _city("6", "Halifax", "CA", "Nova Scotia", 400_000, -63.57, 44.65),
        _city("7", "Ottawa", "CA", "Ontario", 1_000_000, -75.70, 45.42),
        _city("8", "Newport", "GB", "England", 24_000, -1.29, 50.70),
        _city("9", "Newport", "GB", "Wales", 161_000, -3.00, 51.59),
        _city("10", "Bath", "GB", "England", 101_000, -2.36, 51.38),
        _city("11", "Cambridge", "GB", "England", 145_000, 0.12, 52.20),
        _city("12", "Lviv", "UA", "Lviv", 720_000, 24.02, 49.84),
    ],
)
CANADA = "She lived in Hamilton. Her children live in Ottawa, Halifax and Toronto."


def _picks(text: str, names: list[str]) -> dict[str, str | None]:
    return {m.text: m.place.place_id if m.place else None for m in GAZ.resolve_named(text, names)}


def test_a_big_namesake_near_the_towns_of_its_sentence_wins() -> None:
    text = f"She fled from Lviv to Krakow and later to London. {CANADA}"
    names = ["Lviv", "Krakow", "London", "Hamilton", "Ottawa", "Halifax", "Toronto"]
    assert _picks(text, names)["London"] == "2"


def test_a_namesake_near_the_towns_of_its_sentence_stays() -> None:
    text = f"She was born in Toronto, lived in Krakow and moved to London. {CANADA}"
    names = ["Krakow", "London", "Hamilton", "Ottawa", "Halifax", "Toronto"]
    assert _picks(text, names)["London"] == "1"


def test_a_listed_town_is_its_bigger_namesake_nearer_the_list() -> None:
    """The admin-1 vote of Bath and Cambridge picked the small Newport: the rule revises it."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Schemes in Bath, Cambridge and Newport. Newport, Rhode Island has none.")
    places = {p.place_id: p for p in GAZ.places}
    picks = {"bath": (places["10"], 0.9), "cambridge": (places["11"], 0.9)}
    groups = {"bath": [doc[2:3]], "cambridge": [doc[4:5]], "newport": [doc[6:7]]}
    cands = {"newport": [Candidate(places["8"], "name"), Candidate(places["9"], "name")]}
    small = {**picks, "newport": (places["8"], 0.6)}
    revision = sentence_namesakes(small, groups, cands)["newport"]
    assert revision.ruled_out == {"8"}
    # the big namesake picked already, or a sentence with no other city: nothing to revise
    assert "newport" not in sentence_namesakes(
        {**picks, "newport": (places["9"], 0.6)}, groups, cands
    )
    alone = {"newport": [doc[8:9]], "bath": [doc[2:3]], "cambridge": [doc[4:5]]}
    assert sentence_namesakes(small, alone, cands) == {}
    # a bigger namesake beside the pick is the same place's other entry ("New Delhi")
    beside = _city("13", "Newport", "GB", "England", 900_000, -1.30, 50.72)
    same = {"newport": [Candidate(places["8"], "name"), Candidate(beside, "name")]}
    assert sentence_namesakes(small, groups, same) == {}
