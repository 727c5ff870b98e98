"""A French article in lowercase is the sentence's, never a part of a place's name."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.records import Place


def _found(text: str, start: int, end: int) -> list[str]:
    places = [
        # a town named with its article (GeoNames' La Sarre, Quebec) and the river
        Place("ls", "La Sarre", "city", "CA", None, 7_700, -79.2, 48.8, "curated"),
        Place("sa", "Sarre", "water", None, None, 0, 7.0, 49.2, "curated"),
    ]
    recognizer = LocalToponymRecognizer(Gazetteer.from_places(places))
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="LOC")]
    return [s.text for s in recognizer(doc).spans["toponyms"]]


def test_a_lowercase_article_is_left_out_of_the_name() -> None:
    # "la Sarre" is the river after the sentence's article, not the Quebec town
    assert _found("Et la Sarre menace Sarreguemines .", 1, 3) == ["Sarre"]
    # the town's own article has a capital inside a sentence
    assert _found("La ville est près de La Sarre .", 5, 7) == ["La Sarre"]
