"""The rule components' faster paths decide as the plain ones they replace.

:func:`geomap.nlp.coherence.support` (distances as arrays),
:func:`geomap.nlp.linked_places.linked` (stops at the first word that parts two
names), :func:`geomap.nlp.patterns.state_abbreviations` (words matched by their
hashes) and :func:`geomap.nlp.acronyms.unit_acronym` (units' initials kept).
"""

from __future__ import annotations

import random
from typing import Any

import spacy
from spacy.tokens import Doc, Span

from geomap.extensions import register_extensions
from geomap.geo import haversine_km
from geomap.nlp import acronyms
from geomap.nlp.acronyms import initials, unit_acronym
from geomap.nlp.coherence import _ROWS, LOCAL_TYPES, RADIUS_KM, TOP_K, support
from geomap.nlp.linked_places import MAX_LINK, linked
from geomap.nlp.patterns import AP_AMBIGUOUS, state_abbreviations
from geomap.records import Candidate, Place


def _place(pid: str, ftype: str, lon: float, lat: float, pop: int = 0, cc: str = "US") -> Place:
    return Place(pid, pid, ftype, cc, None, pop, lon, lat, "test")


def _plain_support(cands: dict[str, list[Candidate]]) -> dict[tuple[str, str], int]:
    """The definition, one candidate and one giver at a time."""
    keys = list(cands)
    givers: list[tuple[str, Place]] = []
    for key in keys:
        local = [c.place for c in cands[key] if c.place.feature_type in LOCAL_TYPES]
        local.sort(key=lambda p: -p.population)
        givers.extend((key, p) for p in local[:TOP_K])
    if len(keys) < 2 or not givers:
        return {}
    out: dict[tuple[str, str], int] = {}
    for key in keys:
        for cand in cands[key]:
            p = cand.place
            if p.feature_type not in LOCAL_TYPES:
                continue
            near = {
                other
                for other, g in givers
                if other != key and haversine_km(p.lon, p.lat, g.lon, g.lat) <= RADIUS_KM
            }
            if near:
                out[(key, p.place_id)] = len(near)
    return out


def test_support_counts_the_other_names_with_a_candidate_nearby() -> None:
    paris_tn = _place("paris-tn", "city", -88.33, 36.30, 10_000)
    paris_fr = _place("paris-fr", "city", 2.35, 48.86, 2_000_000, "FR")
    henry = _place("henry-county", "admin2", -88.30, 36.33, 30_000)
    memphis = _place("memphis", "city", -90.05, 35.15, 600_000)  # ~170 km away: too far
    cands = {
        "paris": [Candidate(paris_fr, "name"), Candidate(paris_tn, "name")],
        "henry county": [Candidate(henry, "name")],
        "memphis": [Candidate(memphis, "name")],
    }
    found = support(cands)
    assert found == {("paris", "paris-tn"): 1, ("henry county", "henry-county"): 1}
    assert found == _plain_support(cands)


def test_support_over_many_candidates_matches_the_definition() -> None:
    rng = random.Random(7)
    cands: dict[str, list[Candidate]] = {}
    for n in range(12):  # more candidates than one array holds (_ROWS)
        options = [
            Candidate(
                _place(
                    f"p{n}-{k}",
                    rng.choice(["city", "admin2", "other", "country"]),
                    rng.uniform(-5.0, 5.0),
                    rng.uniform(40.0, 44.0),
                    rng.randrange(100_000),
                ),
                "name",
            )
            for k in range(rng.randrange(1, 60))
        ]
        cands[f"name {n}"] = options
    assert sum(len(v) for v in cands.values()) > _ROWS
    found = support(cands)
    assert found == _plain_support(cands)
    assert found  # places within a few degrees: some support
    assert list(found) == list(_plain_support(cands))  # the same order too


def test_support_needs_two_names() -> None:
    town = _place("t", "city", 10.0, 50.0)
    assert support({"t": [Candidate(town, "name")]}) == {}


def _doc(words: list[str], spaces: list[bool] | None = None) -> Doc:
    register_extensions()
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def _plain_linked_after(doc: Doc, start: int, end: int) -> bool:
    between = [t for t in doc[start:end] if not t.like_num]
    return len(between) <= MAX_LINK and all(
        t.lower_ in {",", "in", "at", "near", "outside", "of", "on", "the"} for t in between
    )


def test_linked_reads_the_words_between_the_names() -> None:
    text = "the Sloss Furnaces in Birmingham and later in a long story about Tulsa"
    doc = _doc(text.split(" "))
    furnaces, birmingham, tulsa = Span(doc, 1, 3), Span(doc, 4, 5), Span(doc, 12, 13)
    assert linked(furnaces, birmingham)
    assert not linked(furnaces, tulsa)  # many words between: stops at "and"
    for other in (birmingham, tulsa):
        assert linked(furnaces, other) == _plain_linked_after(doc, furnaces.end, other.start)


def test_linked_skips_numbers_and_reads_possessives_before() -> None:
    doc = _doc(["Gate", "35", ",", "0162", "Oslo"])
    assert linked(Span(doc, 0, 1), Span(doc, 4, 5))
    doc = _doc(["Dallas", "'s", "Fair", "Park"])
    assert linked(Span(doc, 2, 4), Span(doc, 0, 1))
    doc = _doc(["Dallas", "and", "its", "old", "Fair", "Park"])
    assert not linked(Span(doc, 4, 6), Span(doc, 0, 1))


class _States:
    """A gazetteer that knows the U.S. states' admin-1 codes."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def admin1(self, cc: str, code: str) -> Place | None:
        self.asked.append((cc, code))
        return _place(f"{cc}.{code}", "admin1", -89.0, 40.0)


def test_state_abbreviations_after_a_capitalised_word_and_a_comma() -> None:
    gz = _States()
    doc = _doc(["Springfield", ",", "Ill.", "and", "Ill.", "sources", "in", "Dayton", ",", "Wash."])
    spans = state_abbreviations(doc, gz)
    assert [(s.start, s.end) for s in spans] == [(2, 3), (9, 10)]
    assert [s._.hint.place_id for s in spans] == [f"US.{AP_AMBIGUOUS['Ill.']}", "US.WA"]
    assert gz.asked == [("US", "IL"), ("US", "WA")]
    assert state_abbreviations(_doc(["Ill."]), gz) == []


def test_unit_acronym_reads_each_units_initials(monkeypatch: Any) -> None:
    wa = _place("wa", "admin1", 122.0, -25.0, 2_600_000, "AU")
    nsw = _place("nsw", "admin1", 147.0, -32.0, 8_000_000, "AU")
    tas = _place("tas", "admin1", 147.0, -42.0, 500_000, "AU")
    units = [
        Place("wa", "Western Australia", *_fields(wa)),
        Place("nsw", "New South Wales", *_fields(nsw)),
        Place("tas", "Tasmania", *_fields(tas)),
    ]
    perth = _place("perth", "city", 115.9, -31.9, 2_000_000, "AU")
    named = [("Perth", perth)]
    assert unit_acronym("WA", named, lambda cc: units if cc == "AU" else []) == units[0]
    assert unit_acronym("N.S.W.", named, lambda cc: units) == units[1]
    assert unit_acronym("TA", named, lambda cc: units) is None  # one word: no initials
    assert initials("New South Wales") == "NSW"
    calls: list[str] = []
    real = acronyms.initials

    def counted(text: str) -> str:
        calls.append(text)
        return real(text)

    acronyms._unit_initials.cache_clear()
    monkeypatch.setattr(acronyms, "initials", counted)
    for _ in range(3):
        unit_acronym("WA", named, lambda cc: units)
    assert sorted(calls) == ["New South Wales", "Western Australia"]  # once each


def _fields(p: Place) -> tuple[Any, ...]:
    return (p.feature_type, p.country_code, p.admin1, p.population, p.lon, p.lat, p.source)
