"""An entity's name is never cut inside a compound: "Republic of South | Ossetia"."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.entity_names import best_subspan, cuts_a_compound
from geomap.records import Candidate, Place


class _Gazetteer:
    """Entries by exact text: a one-word namesake abroad and the compound's region."""

    def __init__(self, names: dict[str, Place]) -> None:
        self.names = names

    def candidates(self, text: str) -> list[Candidate]:
        place = self.names.get(text)
        return [] if place is None else [Candidate(place, "name")]


def _place(pid: str, ftype: str, cc: str) -> Place:
    return Place(pid, pid, ftype, cc, None, 1000, 0.0, 0.0, "curated")


def _entity(text: str, name: str) -> Span:
    doc = spacy.blank("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="GPE")
    assert span is not None
    return span


def test_a_run_ending_on_a_compass_word_before_its_name_is_no_name() -> None:
    ent = _entity("They marked the Republic of South Ossetia day.", "Republic of South Ossetia")
    gaz = _Gazetteer(
        {
            "Republic of South": _place("south", "admin1", "CM"),
            "South Ossetia": _place("so", "region", "GE"),
        }
    )
    sub = best_subspan(ent, gaz, 6, strict=False)
    assert sub is not None and sub.text == "South Ossetia"
    assert cuts_a_compound(ent, ent[:3])
    # a run to the entity's end, or ending on a name, cuts nothing ("North Texas" -> Texas)
    assert not cuts_a_compound(ent, ent[2:4])
    north = _entity("Storms hit North Texas today.", "North Texas")
    assert not cuts_a_compound(north, north[1:])
