"""Candidates scored alike: the one nearest the article's other places wins."""

from __future__ import annotations

from geomap.nlp.scoring import Context
from geomap.nlp.ties import best_index, ranked_places
from geomap.records import Candidate, Place


def _at(pid: str, ftype: str, cc: str | None, lon: float, lat: float, pop: int = 0) -> Place:
    return Place(pid, pid, ftype, cc, None, pop, lon, lat, "test")


SERBIAN = Candidate(_at("great morava", "water", None, 21.3, 43.9), "name")
CZECH = Candidate(_at("morava", "water", None, 17.1, 48.9), "name")
BRNO = _at("brno", "city", "CZ", 16.6, 49.2, 380_000)


def test_a_tie_goes_to_the_candidate_nearest_the_articles_picks() -> None:
    ctx = Context(picks=[(BRNO, 1.0)])
    assert best_index([SERBIAN, CZECH], [3.09, 3.09], ctx) == 1
    assert best_index([CZECH, SERBIAN], [3.09, 3.09], ctx) == 0


def test_no_tie_or_no_picks_keeps_the_best_score() -> None:
    ctx = Context(picks=[(BRNO, 1.0)])
    assert best_index([SERBIAN, CZECH], [3.2, 3.09], ctx) == 0  # the score decides
    assert best_index([SERBIAN, CZECH], [3.09, 3.09], None) == 0  # first round: no article
    assert best_index([SERBIAN, CZECH], [3.09, 3.09], Context()) == 0


def test_the_ranking_puts_the_pick_first() -> None:
    out = ranked_places([SERBIAN, CZECH], [3.09, 3.09], 1)
    assert [p.place_id for p, _ in out] == ["morava", "great morava"]
    assert abs(sum(c for _, c in out) - 1.0) < 1e-9


def test_two_points_of_one_feature_keep_the_gazetteers_order() -> None:
    # the Red Sea from Natural Earth and from GeoNames, 170 km apart, in a story from Massawa
    ne = Candidate(_at("red sea ne", "water", None, 38.5, 20.3), "name")
    gn = Candidate(_at("red sea gn", "water", None, 39.5, 19.0), "name")
    massawa = _at("massawa", "city", "ER", 39.45, 15.6, 50_000)
    assert best_index([ne, gn], [3.0, 3.0], Context(picks=[(massawa, 1.0)])) == 0
