"""A river listed beside a found one by a guessed nominative (listed_natural, local entities)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.local_entities import place_runs_into_words
from geomap.nlp.local_kinds import listed_natural
from geomap.records import Candidate, Place


def _water(pid: str, code: str, match: str) -> Candidate:
    return Candidate(Place(pid, pid, "water", None, None, 0, 70.0, 58.0, "t", code), match)


def test_a_natural_earth_river_by_a_guessed_nominative_is_listed() -> None:
    # "Тобола и Иртыша": both reached by guessed nominatives of the curated table's
    # names, which the store ranks as alternates
    tobol = [_water("tobol", "river", "alternate")]
    assert listed_natural(tobol, [_water("irtysh", "river", "alternate")])
    # a GeoNames stream known only by an alternate name is not enough
    assert not listed_natural(tobol, [_water("creek", "STM", "alternate")])
    assert listed_natural(tobol, [_water("creek", "STM", "name")])


def test_a_location_running_into_lowercase_words() -> None:
    text = "из-за подъёма Тобола и Иртыша подтоплены дома"
    doc = spacy.blank("ru")(text)
    start = text.index("Иртыша")
    ent = doc.char_span(start, start + len("Иртыша подтоплены"), label="LOC")
    assert ent is not None
    assert place_runs_into_words(ent, "ru")
    assert not place_runs_into_words(Span(doc, ent.start, ent.end, label="ORG"), "ru")
    assert not place_runs_into_words(Span(doc, ent.start, ent.start + 1, label="LOC"), "ru")
    assert not place_runs_into_words(ent, "de")  # German capitalises every noun
    both = spacy.blank("ru")("Тобола Иртыша")
    assert not place_runs_into_words(Span(both, 0, 2, label="LOC"), "ru")
