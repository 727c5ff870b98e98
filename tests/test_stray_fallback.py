"""A stray pick gives way to the name's next candidate that is no stray."""

from __future__ import annotations

from geomap.nlp.coherence import next_best, stray_picks
from geomap.records import Candidate, Place


def _at(pid: str, ftype: str, cc: str | None, lon: float, lat: float, pop: int = 0) -> Place:
    return Place(pid, pid, ftype, cc, None, pop, lon, lat, "test")


def test_the_next_candidate_near_the_articles_places_replaces_a_stray() -> None:
    dubai = _at("dubai", "city", "AE", 55.2, 25.1, 3_000_000)
    sharjah = _at("sharjah", "city", "AE", 55.4, 25.3, 1_000_000)
    county = _at("gulf county", "admin2", "US", -85.2, 30.0, 5_000)
    sea = _at("persian gulf", "water", None, 51.0, 27.0)
    cands = {
        "dubai": [Candidate(dubai, "name")],
        "sharjah": [Candidate(sharjah, "name")],
        "gulf": [Candidate(county, "alternate"), Candidate(sea, "alternate")],
    }
    picks = {"dubai": (dubai, 0.9), "sharjah": (sharjah, 0.9), "gulf": (county, 0.6)}
    assert stray_picks(picks, cands) == {"gulf"}
    rest = {k: v for k, v in picks.items() if k != "gulf"}
    assert next_best("gulf", [(county, 0.6), (sea, 0.3)], rest, cands) == (sea, 0.3)
    far = _at("far sea", "water", None, -150.0, -40.0)
    assert next_best("gulf", [(county, 0.6), (far, 0.3)], rest, cands) is None
