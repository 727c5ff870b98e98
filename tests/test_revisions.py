"""A rule after ranking revises a name's candidates; the ranker picks and scores again."""

from __future__ import annotations

import math
from collections.abc import Sequence

from geomap.nlp.revisions import Revision, rerank, revise
from geomap.records import Candidate
from tests.blank_geoparse import place

TOWN = Candidate(place("1", "Wexshire", "city", "US", 7_000), "name")
HAMLET = Candidate(place("2", "Wexshire", "city", "AU", 900), "name")
UNIT = Candidate(place("3", "North Wexshire", "admin2", "GB", 480_000), "extended")
SCORES = {"1": 2.0, "2": 0.0, "3": 1.0}


def _scorer(options: Sequence[Candidate]) -> list[float]:
    return [SCORES[c.place.place_id] for c in options]


def test_the_confidence_is_the_chosen_entrys_share_among_the_revised() -> None:
    revision = Revision(added=(UNIT,), ruled_out=frozenset({"1"}))
    pick = rerank([TOWN, HAMLET], revision, _scorer)
    assert pick is not None
    chosen, conf = pick
    assert chosen.place_id == "3"
    assert math.isclose(conf, math.exp(1.0) / (math.exp(1.0) + math.exp(0.0)))
    # the town it replaced had its own, higher share: the unit does not inherit it
    town_share = math.exp(2.0) / (math.exp(2.0) + math.exp(0.0))
    assert not math.isclose(conf, town_share)


def test_revise_adds_the_candidates_and_keeps_a_pick_when_none_is_left() -> None:
    cands = {"w": [TOWN], "x": [HAMLET]}
    picks = {"w": (TOWN.place, 1.0), "x": (HAMLET.place, 1.0)}
    revisions = {
        "w": Revision(added=(UNIT,), ruled_out=frozenset({"1"})),
        "x": Revision(ruled_out=frozenset({"2"})),
    }
    out = revise(picks, revisions, cands, lambda key: _scorer)
    assert out["w"] == (UNIT.place, 1.0)
    assert out["x"] == (HAMLET.place, 1.0)
    assert [c.place.place_id for c in cands["w"]] == ["1", "3"]
