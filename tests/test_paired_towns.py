"""A town listed beside another is its bigger namesake near it (paired_towns)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.paired_towns import paired_towns
from geomap.records import Candidate, Place


def _town(pid: str, pop: int, lat: float, lon: float) -> Place:
    return Place(pid, pid, "city", "XX", None, pop, lat, lon, "curated")


CALAIS = _town("calais", 72_000, 50.95, 1.86)
DOVER = _town("dover", 41_000, 51.13, 1.31)
DOUVRES_N = _town("douvres-n", 5_000, 49.29, -0.38)  # Normandy, ~260 km from Calais
ROTTERDAM = _town("rotterdam", 600_000, 51.92, 4.48)
BASEL = _town("basel", 170_000, 47.56, 7.59)
BAZEL = _town("bazel", 5_000, 51.15, 4.30)  # ~90 km from Rotterdam


def _groups(text: str, first: str, second: str) -> dict[str, list[Span]]:
    doc = spacy.blank("fr")(text)
    out = {}
    for key, name in (("a", first), ("b", second)):
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        out[key] = [span]
    return out


def test_listed_town_goes_to_its_bigger_namesake_near_the_other() -> None:
    groups = _groups("Les liaisons entre Calais et Douvres.", "Calais", "Douvres")
    picks = {"a": (CALAIS, 0.9), "b": (DOUVRES_N, 0.6)}
    cands = {"a": [Candidate(CALAIS, "name")],
             "b": [Candidate(DOUVRES_N, "name"), Candidate(DOVER, "alternate")]}  # fmt: skip
    revisions = paired_towns(picks, groups, cands)
    assert set(revisions) == {"b"}
    assert revisions["b"].ruled_out == frozenset({"douvres-n"})


def test_a_route_keeps_its_big_town_and_an_unlisted_name_is_left() -> None:
    groups = _groups("Les barges entre Basel et Rotterdam.", "Basel", "Rotterdam")
    picks = {"a": (BASEL, 0.9), "b": (ROTTERDAM, 0.9)}
    cands = {"a": [Candidate(BASEL, "name"), Candidate(BAZEL, "alternate")],
             "b": [Candidate(ROTTERDAM, "name")]}  # fmt: skip
    assert paired_towns(picks, groups, cands) == {}
    apart = _groups("Calais a voté. Douvres aussi.", "Calais", "Douvres")
    picks = {"a": (CALAIS, 0.9), "b": (DOUVRES_N, 0.6)}
    cands = {"a": [Candidate(CALAIS, "name")],
             "b": [Candidate(DOUVRES_N, "name"), Candidate(DOVER, "alternate")]}  # fmt: skip
    assert paired_towns(picks, apart, cands) == {}
