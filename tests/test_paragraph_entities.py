"""An entity the model runs over a paragraph break is cut there (paragraph_entities)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.nlp.paragraph_entities import split_at_paragraphs
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_paragraph_entities_gazetteer.v1",
    [place("1", "Qwertyville", "city", "ZZ", 45_000)],
)


def test_an_entity_is_cut_at_its_whitespace_tokens() -> None:
    nlp = spacy.blank("en")
    # the model's text holds a paragraph break as two spaces: a token of its own
    doc = nlp.make_doc("Fighting near Qwertyville  QWERTYVILLE, officials said.")
    assert doc[3].is_space
    doc.ents = [Span(doc, 2, 5, label="PERSON")]  # "Qwertyville  QWERTYVILLE"
    split_at_paragraphs(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Qwertyville", "PERSON"),
        ("QWERTYVILLE", "PERSON"),
    ]


def test_entities_without_a_break_are_left_alone() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Officials in Qwertyville said.")
    doc.ents = [Span(doc, 2, 3, label="GPE")]
    split_at_paragraphs(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Qwertyville", "GPE")]


def test_a_headline_entity_run_over_the_break_no_longer_hides_the_town() -> None:
    # "Qwertyville  " tagged PERSON over the break made the town a word of a person's
    # name (two tokens), and its GPE mention in the text was dropped as that person's
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PERSON", "pattern": [{"TEXT": "Qwertyville"}, {"IS_SPACE": True}]},
            {"label": "GPE", "pattern": "Qwertyville"},
        ]
    )
    nlp.add_pipe("geomap_toponyms", config={"gazetteer": GAZ.ref})
    doc = nlp("Evacuations continued from Qwertyville  Shelling hit Qwertyville on Monday.")
    assert doc.ents[0].label_ == "PERSON"
    found = [(s.text, s.start_char) for s in doc.spans[TOPONYMS]]
    assert ("Qwertyville", 53) in found
