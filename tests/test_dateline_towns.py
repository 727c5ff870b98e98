"""A dateline names a town, not the country or unit of its name ("MEKSYK (PAP) –").

:func:`geomap.nlp.dateline_towns.dateline_towns` places a dateline picked as a country
or admin-1 unit apart with the name's capital or big town in that country.
"""

from __future__ import annotations

import spacy

from geomap.nlp.dateline_towns import dateline_towns
from geomap.records import Candidate, Place


def _place(pid: str, ftype: str, code: str, pop: int, cc: str = "MX") -> Place:
    return Place(pid, "Mexico", ftype, cc, None, pop, 19.4, -99.1, "test", feature_code=code)


COUNTRY = _place("mx", "country", "PCLI", 126_000_000)
CAPITAL = _place("cdmx", "city", "PPLC", 12_000_000)
VILLAGE = _place("v", "city", "PPL", 2_000)
ABROAD = _place("us", "city", "PPL", 500_000, cc="US")


def _groups(text: str) -> dict[str, list[spacy.tokens.Span]]:
    doc = spacy.blank("pl")(text)
    return {
        "meksyk": [doc[i : i + 1] for i, t in enumerate(doc) if t.text.lower().startswith("meksyk")]
    }


def test_a_dateline_picked_as_a_country_is_its_capital() -> None:
    groups = _groups("MEKSYK (PAP) – Rząd Meksyku wysłał żołnierzy.")
    cands = {"meksyk": [Candidate(COUNTRY, "alternate"), Candidate(CAPITAL, "alternate")]}
    picks = {"meksyk": (COUNTRY, 0.9)}
    assert dateline_towns(picks, groups, cands) == {0: "cdmx", 6: "mx"}  # the later: the country


def test_no_dateline_no_town_or_a_town_pick_moves_nothing() -> None:
    cands = {"meksyk": [Candidate(COUNTRY, "alternate"), Candidate(CAPITAL, "alternate")]}
    inside = _groups("Rząd Meksyku wysłał żołnierzy do MEKSYK.")
    assert dateline_towns({"meksyk": (COUNTRY, 0.9)}, inside, cands) == {}
    opening = _groups("MEKSYK (PAP) – Rząd Meksyku wysłał żołnierzy.")
    assert dateline_towns({"meksyk": (CAPITAL, 0.9)}, opening, cands) == {}
    small = {"meksyk": [Candidate(COUNTRY, "alternate"), Candidate(VILLAGE, "alternate"),
                        Candidate(ABROAD, "alternate")]}  # fmt: skip
    assert dateline_towns({"meksyk": (COUNTRY, 0.9)}, opening, small) == {}


def test_a_dateline_after_a_headline_is_its_town() -> None:
    """The dateline on the line after a headline (user73b A9), not capitals in the body."""
    cands = {"meksyk": [Candidate(COUNTRY, "alternate"), Candidate(CAPITAL, "alternate")]}
    picks = {"meksyk": (COUNTRY, 0.9)}
    headed = _groups("Żołnierze na granicy\n\nMEKSYK, 6 grudnia (PAP) – Rząd Meksyku wysłał.")
    start = headed["meksyk"][0].start
    assert dateline_towns(picks, headed, cands)[start] == "cdmx"
    # capitals in the body with no dateline's dash after them stay the country
    body = _groups("Żołnierze na granicy\n\nMEKSYK, jak co roku, wysłał żołnierzy.")
    assert dateline_towns(picks, body, cands) == {}
