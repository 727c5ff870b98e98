"""A town named after its river is the one meant when the article names that river."""

from __future__ import annotations

from geomap.nlp.river_qualified import river_qualified_towns
from geomap.records import Candidate, Place


def _p(pid: str, name: str, ftype: str) -> Place:
    return Place(pid, name, ftype, "PL" if ftype == "city" else None, None, 1, 50.0, 15.0, "x")


ODER = _p("oder", "Oder", "water")
WARTA = _p("warta", "Warta", "water")
ON_ODER = _p("k-odra", "Kostrzyn nad Odrą", "city")
INLAND = _p("k", "Kostrzyn", "city")


class _Gazetteer:
    def candidates(self, name: str, lang: str) -> list[Candidate]:
        return [Candidate(ODER, "name")] if (name, lang) == ("Odrą", "pl") else []


def test_town_on_the_named_river_wins() -> None:
    cands = {"k": [Candidate(ON_ODER, "alternate"), Candidate(INLAND, "alternate")]}
    picks = {"k": (INLAND, 0.6), "o": (ODER, 0.9)}
    out = river_qualified_towns(picks, cands, _Gazetteer(), "pl")
    assert out["k"].ruled_out == frozenset({"k"})


def test_no_revision_without_that_river_or_when_already_picked() -> None:
    cands = {"k": [Candidate(ON_ODER, "alternate"), Candidate(INLAND, "alternate")]}
    assert (
        river_qualified_towns({"k": (INLAND, 0.6), "w": (WARTA, 0.9)}, cands, _Gazetteer(), "pl")
        == {}
    )
    assert (
        river_qualified_towns({"k": (ON_ODER, 0.6), "o": (ODER, 0.9)}, cands, _Gazetteer(), "pl")
        == {}
    )
    # another language's form of a qualifier is not read ("nad" is Polish)
    assert (
        river_qualified_towns({"k": (INLAND, 0.6), "o": (ODER, 0.9)}, cands, _Gazetteer(), "de")
        == {}
    )
