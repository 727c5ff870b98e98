"""A doc's text is recorded when it is made, not joined again from its tokens."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.extensions import doc_text, known_text

NLP = spacy.blank("en")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_the_tokenizer_keeps_the_text_it_was_given(text: str) -> None:
    # the invariant known_text relies on: spaCy's tokenizer is non-destructive
    assert NLP.make_doc(text).text == text


def test_doc_text_returns_the_recorded_text_itself() -> None:
    text = "Troops left Kyiv  on Monday.\u00a0Officials said so."
    doc = NLP.make_doc(text)
    known_text(doc, text)
    assert doc_text(doc) is text
    other = NLP.make_doc(text)
    assert doc_text(other) == text and doc_text(other) is not text  # joined once, then kept
    assert doc_text(other) is doc_text(other)
