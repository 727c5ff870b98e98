"""A headline line is one sentence (user65: "Odessa : un terminal ..." cut at its colon)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.extensions import register_extensions
from geomap.model_text import model_text
from geomap.nlp.headline_sentences import headline_joins

_NLP = spacy.blank("fr")


def _doc(text: str) -> Doc:
    register_extensions()
    read = model_text(text)
    doc = _NLP.make_doc(read.text)
    doc._.line_breaks = read.breaks
    return doc


def _starts(doc: Doc) -> list[str]:
    """The words marked as starting a sentence (True), and those forbidden to (False)."""
    return [t.text for t in doc if t.is_sent_start is False]


def test_a_headline_line_is_one_sentence() -> None:
    text = (
        "Odessa : un terminal céréalier en feu après une attaque de drones\n\n"
        "Une attaque de drones a provoqué un incendie à Odessa. Kiev a réagi."
    )
    doc = _doc(text)
    headline_joins(doc)
    assert _starts(doc) == [
        *(":", "un", "terminal", "céréalier", "en", "feu", "après", "une", "attaque"),
        *("de", "drones"),
    ]
    assert doc[[t.text for t in doc].index("Une")].is_sent_start is None  # the parser's


def test_a_headline_line_of_two_sentences_is_left_to_the_parser() -> None:
    doc = _doc("Kyiv hit. Officials count the damage\n\nShelling hit Kyiv on Monday.")
    headline_joins(doc)
    assert _starts(doc) == []


def test_a_paragraph_of_prose_is_no_headline() -> None:
    doc = _doc("Odessa : un terminal brûle, a dit le gouverneur.\n\nKiev a réagi.")
    headline_joins(doc)
    assert _starts(doc) == []
