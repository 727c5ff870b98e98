"""A pictograph between two sentences ends the first (:mod:`geomap.nlp.symbol_sentences`)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import geomap.nlp.sentences  # noqa: F401  (registers geomap_line_sentences)
from geomap.extensions import register_extensions
from geomap.model_text import model_text
from geomap.nlp.symbol_sentences import is_pictograph


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("geomap_line_sentences")
    return nlp


def _starts(nlp: Language, text: str) -> list[str]:
    read = model_text(text)
    doc = nlp.make_doc(read.text)
    doc._.line_breaks = read.breaks
    doc = nlp(doc)
    return [t.text for t in doc[1:] if t.is_sent_start]


def test_an_emoji_after_a_word_ends_the_sentence_before_a_capital(nlp: Language) -> None:
    text = "Sources claim it came from Sumy region 🤔 Ukraine's ministry denied it, saying so."
    assert _starts(nlp, text) == ["Ukraine"]


def test_a_run_of_emoji_ends_it_once(nlp: Language) -> None:
    assert _starts(nlp, "Sirens sounded in Lviv 🚨 ⚡️ Officials said so.") == ["Officials"]


def test_an_emoji_before_a_dash_or_a_lower_case_word_joins_nothing(nlp: Language) -> None:
    assert _starts(nlp, "Blasts in Kursk overnight 💥 — the governor said so.") == []
    assert _starts(nlp, "Blasts in Kursk 💥 shook the city.") == []


def test_symbols_that_are_no_pictographs() -> None:
    assert is_pictograph("🤔") and is_pictograph("‼️") and is_pictograph("🇷🇺")
    assert not is_pictograph("°") and not is_pictograph("©") and not is_pictograph("a")
