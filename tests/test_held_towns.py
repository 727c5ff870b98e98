"""A town abroad kept over a river's namesake when the unit named right after holds it."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from geomap.nlp.held_towns import held_by_next
from geomap.records import Candidate, Place


def _place(pid: str, name: str, ftype: str, cc: str | None, admin1: str | None) -> Place:
    return Place(pid, name, ftype, cc, None, 20_000, 28.8, 45.5, "curated", admin1_code=admin1)


TOWN = _place("town", "Brelo", "city", "UA", "17")
RIVER = _place("river", "Brel", "water", None, None)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.from_places(
        [
            TOWN,
            RIVER,
            _place("unit", "Qastovo Oblast", "admin1", "UA", "17"),
            _place("other", "Zuvino Oblast", "admin1", "UA", "09"),
        ],
        local_names=[("pl", "obwód qastowski", "unit"), ("pl", "obwód zuwiński", "other")],
    )


def _spans(text: str, name: str, after: str) -> list[Span]:
    doc = spacy.blank("pl")(text)
    words = [t.text for t in doc]
    i, j = words.index(name), words.index(after)
    doc.spans[TOPONYMS] = [doc[i : i + 1], doc[j : j + 2]]
    return [doc[i : i + 1]]


def test_a_unit_named_right_after_that_holds_the_town_keeps_it(gz: Gazetteer) -> None:
    cands = [Candidate(TOWN, "name"), Candidate(RIVER, "alternate")]
    spans = _spans("Drony zaatakowały port w Brelo w obwodzie qastowskim .", "Brelo", "obwodzie")
    assert held_by_next(gz, spans, cands)


def test_a_unit_that_holds_no_town_or_no_town_keeps_nothing(gz: Gazetteer) -> None:
    cands = [Candidate(TOWN, "name"), Candidate(RIVER, "alternate")]
    spans = _spans("Drony zaatakowały port w Brelo w obwodzie zuwińskim .", "Brelo", "obwodzie")
    assert not held_by_next(gz, spans, cands)
    spans = _spans("Drony zaatakowały port w Brelo w obwodzie qastowskim .", "Brelo", "obwodzie")
    assert not held_by_next(gz, spans, [Candidate(RIVER, "alternate")])
