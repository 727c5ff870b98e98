"""The place of a meeting or a statement is the city, not its unit (issue 16).

A live blog's "UN spokesman Stephane Dujarric told reporters in New York" gave New
York the state.
"""

from __future__ import annotations

import spacy

from geomap.nlp.event_cities import event_cities
from geomap.records import Candidate, Place


def _ny(pid: str, ftype: str, pop: int) -> Place:
    return Place(pid, "New York", ftype, "US", "New York", pop, -74.0, 40.7, "test",
                 admin1_code="NY")  # fmt: skip


CITY, STATE = _ny("1", "city", 8_800_000), _ny("2", "admin1", 19_000_000)
CANDS = {"new york": [Candidate(CITY, "alias"), Candidate(STATE, "name")]}


def _groups(text: str) -> dict[str, list[spacy.tokens.Span]]:
    doc = spacy.blank("en")(text)
    start = next(t.i for t in doc if t.text == "New")
    return {"new york": [doc[start : start + 2]]}


def test_the_unit_named_where_reporters_were_told_is_ruled_out() -> None:
    picks = {"new york": (STATE, 0.7)}
    groups = _groups("A spokesman told reporters in New York that aid was stuck.")
    assert event_cities(picks, groups, CANDS)["new york"].ruled_out == {"2"}
    groups = _groups("A spokesman speaking in New York said so.")
    assert event_cities(picks, groups, CANDS)["new york"].ruled_out == {"2"}


def test_a_unit_named_otherwise_or_with_no_big_city_stays() -> None:
    picks = {"new york": (STATE, 0.7)}
    assert event_cities(picks, _groups("Snow fell in New York on Monday."), CANDS) == {}
    only_state = {"new york": [Candidate(STATE, "name")]}
    groups = _groups("A spokesman told reporters in New York that aid was stuck.")
    assert event_cities(picks, groups, only_state) == {}
    assert event_cities({"new york": (CITY, 0.7)}, groups, CANDS) == {}
