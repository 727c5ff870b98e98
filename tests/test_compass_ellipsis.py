"""A compass word sharing the next name's noun is the whole name: "West and Central Africa"."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.compass_ellipsis import shared_noun
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_compass_ellipsis_gazetteer.v1",
    [
        place("1", "West", "admin1", "CM", 2_000_000, lon=10.4, lat=5.5),
        place("2", "West Afrika", "region", "", 0, lon=-2.0, lat=12.0),
        place("3", "Central Afrika", "region", "", 0, lon=20.0, lat=2.0),
    ],
)


def _span(text: str, name: str) -> Span:
    doc = spacy.blank("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


def test_a_compass_word_before_and_another_takes_the_next_names_noun() -> None:
    assert shared_noun(_span("in West and Central Afrika", "West")) == "West Afrika"
    assert shared_noun(_span("East or Southern Afrika", "East")) == "East Afrika"


def test_a_compass_word_alone_shares_nothing() -> None:
    assert shared_noun(_span("relations with the West and Russia", "West")) is None
    assert shared_noun(_span("the West and the rest", "West")) is None


def test_the_resolver_places_the_whole_name() -> None:
    text = "Lions declined in West and Central Afrika this decade."
    got = {m.text: m.place.place_id if m.place else None
           for m in GAZ.resolve_named(text, ["West", "Central Afrika"])}  # fmt: skip
    assert got["West"] == "2"
