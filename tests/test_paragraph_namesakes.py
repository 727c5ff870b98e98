"""A big city's own paragraph outweighs the other paragraphs of a roundup (user73a A3, A4)."""

from __future__ import annotations

import spacy

from geomap.nlp.paragraph_namesakes import paragraph_namesakes, paragraph_starts
from geomap.records import Candidate, Place


def _city(pid: str, cc: str, pop: int, lon: float, lat: float, kind: str = "city") -> Place:
    code = "PPL" if kind == "city" else "ADM1"
    return Place(pid, "X", kind, cc, "A", pop, lon, lat, "test", feature_code=code, admin1_code="A")


SMALL = _city("s", "CA", 20_000, -81.0, 43.0)  # the small namesake, across the ocean
BIG = _city("b", "GB", 8_000_000, -0.1, 51.5)
NEAR_BIG = _city("f", "DE", 700_000, 8.7, 50.1)  # a city of the name's own paragraph
FAR_STATE = _city("o", "CA", 1_000_000, -75.7, 45.4, "admin1")  # another paragraph's
NEAR_SMALL = _city("t", "CA", 2_700_000, -79.4, 43.7)
CANDS = {"x": [Candidate(SMALL, "name"), Candidate(BIG, "name")]}
TEXT = "Floods hit Ostra.\n\nShares in Vela fell, analysts in Xor said.\n\nMore in Tor."


def _groups() -> dict[str, list[spacy.tokens.Span]]:
    doc = spacy.blank("en")(TEXT)
    at = {t.text: doc[t.i : t.i + 1] for t in doc}
    return {"o": [at["Ostra"]], "f": [at["Vela"]], "x": [at["Xor"]], "t": [at["Tor"]]}


def test_paragraph_starts_follow_blank_lines() -> None:
    doc = spacy.blank("en")(TEXT)
    assert paragraph_starts(doc) == [TEXT.index("Shares"), TEXT.index("More")]


def test_the_own_paragraph_picks_the_big_namesake() -> None:
    picks = {"o": (FAR_STATE, 0.9), "f": (NEAR_BIG, 0.8), "x": (SMALL, 0.7)}
    assert paragraph_namesakes(picks, _groups(), CANDS)["x"].ruled_out == {"s"}


def test_a_paragraph_near_the_small_namesake_or_naming_nothing_else_keeps_it() -> None:
    groups = _groups()
    near = {"o": (FAR_STATE, 0.9), "f": (NEAR_SMALL, 0.8), "x": (SMALL, 0.7)}
    assert paragraph_namesakes(near, groups, CANDS) == {}
    alone = {"o": (FAR_STATE, 0.9), "x": (SMALL, 0.7)}
    assert paragraph_namesakes(alone, groups, CANDS) == {}
    # another name the rule may move gives no evidence (namesakes voting for each other)
    other = {"f": [Candidate(SMALL, "name"), Candidate(BIG, "name")], **CANDS}
    pair = {"o": (FAR_STATE, 0.9), "f": (SMALL, 0.8), "x": (SMALL, 0.7)}
    assert paragraph_namesakes(pair, groups, other) == {}
    # the paragraph names a place of the pick's country ("the U.S. population")
    own = _city("c", "CA", 38_000_000, -1.0, 50.0, "country")
    assert paragraph_namesakes({**near, "f": (own, 0.8)}, groups, CANDS) == {}
    # a namesake known only by another's old name is not weighed
    old = {"x": [Candidate(SMALL, "name"), Candidate(BIG, "alternate")]}
    picks = {"o": (FAR_STATE, 0.9), "f": (NEAR_BIG, 0.8), "x": (SMALL, 0.7)}
    assert paragraph_namesakes(picks, groups, old) == {}
