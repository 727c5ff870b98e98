""" "the Baltic" is the sea when the article names the sea or the sentence is at sea (A7)."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Span

from geomap.nlp.sea_context import sea_meant
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_sea_context_gazetteer.v1",
    [
        place("region", "Baltic States", "region", "", 6_000_000, "RGN", 24.0, 57.0),
        place("sea", "Baltic Sea", "water", "", 0, "SEA", 20.0, 58.0),
        place("village", "Baltic", "city", "US", 3_000, "PPL", -72.1, 41.6),
        place("fi", "Finland", "country", "FI", 5_500_000, "PCLI", 26.0, 64.0),
    ],
    demonyms={"Baltic": "region"},
)


def _baltic(text: str) -> str | None:
    spans = [(m.start(), m.end()) for m in re.finditer(r"Baltic\b(?! Sea)", text)]
    names = [text[s:e] for s, e in spans]
    found = [m for m in GAZ.resolve_named(text, ["Finland", *names]) if m.text == "Baltic"]
    assert found
    return found[0].place.place_id if found[0].place else None


def _spans(text: str) -> list[Span]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    return [doc[t.i : t.i + 1] for t in doc if t.text == "Baltic" and doc[t.i + 1].text != "Sea"]


def test_the_baltic_with_the_sea_named_in_the_article_is_the_sea() -> None:
    names = ["Baltic Sea", "Baltic Ocean"]
    text = "Cable cut in Baltic Sea . Finland said it will protect the Baltic ."
    assert sea_meant(_spans(text), names)
    assert not sea_meant(_spans("Finland said it will protect the Baltic ."), names)


def test_the_baltic_in_a_sentence_at_sea_is_the_sea() -> None:
    assert _baltic("Finland will protect undersea infrastructure in the Baltic.") == "sea"


def test_the_baltic_otherwise_and_the_baltic_states_stay_the_region() -> None:
    assert _baltic("Finland will send troops to the Baltic.") == "region"
    assert _baltic("Finland sent vessels to the Baltic states.") == "region"
