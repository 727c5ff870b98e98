"""A sentence's full stop kept on a name's last letter is left out of the mention.

spaCy keeps "U." as one token (an initial), also when it ends a hyphenated name that
ends a sentence ("air strikes on Mrauk-U."): the mention is "Mrauk-U"
(:func:`geomap.doc_mentions.glued_stop`).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.doc_mentions import doc_mentions, glued_stop
from geomap.extensions import TOPONYMS, register_extensions


def _doc(text: str, name: str) -> Doc:
    """``text`` tokenized by spaCy's English rules, ``name`` its one toponym span."""
    register_extensions()
    doc = spacy.blank("en").make_doc(text)
    doc._.offset_map = [[0, 0]]
    a = text.index(name)
    span = doc.char_span(a, a + len(name))
    assert span is not None
    doc.spans[TOPONYMS] = [span]
    return doc


def test_the_stop_ending_the_article_is_left_out() -> None:
    text = "The junta ordered air strikes on Mrauk-U."
    [m] = doc_mentions(_doc(text, "Mrauk-U."), text)
    assert m.text == "Mrauk-U"


def test_the_stop_before_the_next_sentence_is_left_out() -> None:
    text = "Rebels took Mrauk-U. The army denied it."
    doc = _doc(text, "Mrauk-U.")
    assert glued_stop(doc.spans[TOPONYMS][0]) == 1


def test_an_initial_and_an_abbreviation_keep_their_period() -> None:
    text = "He met John F. Kennedy in Washington, D.C. and in Kansas City, Mo."
    for name in ("John F.", "D.C.", "Kansas City, Mo."):
        doc = _doc(text, name)
        assert glued_stop(doc.spans[TOPONYMS][0]) == 0, name


def test_a_letter_inside_a_sentence_keeps_its_period() -> None:
    text = "Convoys left Mrauk-U. on foot."
    doc = _doc(text, "Mrauk-U.")
    assert glued_stop(doc.spans[TOPONYMS][0]) == 0
