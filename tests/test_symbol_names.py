"""A span holding a symbol or a stray mark is no place's name ("À¶à" from junk bytes)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.symbol_names import toponym_spans, written_as_name


def test_names_are_written_with_letters_and_a_few_marks() -> None:
    names = ("Côte d'Ivoire", "Washington, D.C.", "Antigua & Barbuda", "Ma`an", "Hawaiʻi")
    names += ("Bosnia–Herzegovina", "Sant Cugat del Vallès", "Kraków", "Харків")
    for name in names:
        assert written_as_name(name), name
    for junk in ("À¶à", "Kyiv©", "Paris°", "Lyon!", "§ Berlin"):
        assert not written_as_name(junk), junk


def test_the_component_keeps_names_in_order_and_drops_junk() -> None:
    doc = spacy.blank("en")("À¶à ŠÊŒ near Kyiv and Lviv")
    spans = [Span(doc, 5, 6, "GPE"), Span(doc, 0, 1, "GPE"), Span(doc, 3, 4, "GPE")]
    assert [s.text for s in spans] == ["Lviv", "À¶à", "Kyiv"]
    assert [s.text for s in toponym_spans(spans)] == ["Kyiv", "Lviv"]
