"""A name with a town's police, council or mayor is a town, not a country or a state (issue 16).

"Berea Police Department" (a local paper in Kentucky) gave Berea the district of
Lesotho; "the Palestine Independent School District" the Palestinian territories.
"""

from __future__ import annotations

import spacy

from geomap.nlp.municipal_towns import municipal_towns, with_town_offices
from geomap.records import Candidate, Place

NLP = spacy.blank("en")


def _berea(pid: str, ftype: str, cc: str, pop: int) -> Place:
    return Place(pid, "Berea", ftype, cc, None, pop, 0.0, 0.0, "test")


UNIT = _berea("1", "admin1", "LS", 250_000)
TOWN = _berea("2", "city", "US", 15_000)
CANDS = {"berea": [Candidate(UNIT, "name"), Candidate(TOWN, "name")]}


def _span(text: str) -> spacy.tokens.Span:
    doc = NLP(text)
    start = next(t.i for t in doc if t.text == "Berea")
    return doc[start : start + 1]


def test_a_towns_offices_before_or_after_the_name() -> None:
    for text in (
        "Call the Berea Police Department at 986-8456.",
        "Berea City Council members met on Monday.",
        "Berea Mayor Steve Connelly said so.",
        "the Berea Independent School District",
        "residents of the City of Berea",
        "Firefighters of the Berea Fire Dept. came.",
    ):
        assert with_town_offices(_span(text)), text


def test_a_country_s_police_or_a_lower_case_description_is_no_town_office() -> None:
    for text in (
        "Berea police are searching for a suspect.",
        "the city of Berea",
        "Berea was hit by floods.",
        "Berea police department",
        "Berea, mayor of the district",
    ):
        assert not with_town_offices(_span(text)), text


def test_a_unit_picked_for_a_name_with_a_towns_offices_keeps_only_its_towns() -> None:
    picks = {"berea": (UNIT, 0.8)}
    groups = {"berea": [_span("Berea police are searching."), _span("the Berea Police Department")]}
    assert municipal_towns(picks, groups, CANDS)["berea"].ruled_out == {"1"}


def test_a_town_pick_no_town_candidate_or_no_offices_stay() -> None:
    groups = {"berea": [_span("the Berea Police Department")]}
    assert municipal_towns({"berea": (TOWN, 0.8)}, groups, CANDS) == {}
    only_unit = {"berea": [Candidate(UNIT, "name")]}
    assert municipal_towns({"berea": (UNIT, 0.8)}, groups, only_unit) == {}
    plain = {"berea": [_span("Floods hit Berea on Monday.")]}
    assert municipal_towns({"berea": (UNIT, 0.8)}, plain, CANDS) == {}


def test_a_town_of_its_own_name_is_kept_before_one_known_by_an_old_name() -> None:
    aleppo = Place("3", "Aleppo", "city", "SY", None, 2_000_000, 37.2, 36.2, "test")
    cands = {"berea": [*CANDS["berea"], Candidate(aleppo, "alternate")]}
    groups = {"berea": [_span("the Berea Police Department")]}
    assert municipal_towns({"berea": (UNIT, 0.8)}, groups, cands)["berea"].ruled_out == {"1", "3"}
    only_old = {"berea": [Candidate(UNIT, "name"), Candidate(aleppo, "alternate")]}
    assert municipal_towns({"berea": (UNIT, 0.8)}, groups, only_old)["berea"].ruled_out == {"1"}
