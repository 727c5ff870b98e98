"""A mention's text and offsets never hold a line break (user72a A11)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.natasha import before_line_break
from geomap.nlp.symbol_names import toponym_spans, without_spaces


def test_edge_whitespace_is_trimmed_from_a_toponym() -> None:
    doc = spacy.blank("ru")("Бои под Херсоном\n\nНочью тихо.")
    name = next(t.i for t in doc if t.text == "Херсоном")
    span = Span(doc, name, name + 2, label="LOC")  # the name and the break after it
    assert span.text.endswith("\n\n")
    (kept,) = toponym_spans([span])
    assert kept.text == "Херсоном"
    assert (kept.start_char, kept.end_char) == (8, 16)


def test_a_span_of_whitespace_alone_is_dropped() -> None:
    doc = spacy.blank("en")("Kyiv\n\nOdesa")
    assert without_spaces(doc[1:2]) is None
    kept = without_spaces(doc[0:1])
    assert kept is not None and kept.text == "Kyiv"


def test_an_entity_is_cut_at_its_first_line_break() -> None:
    doc = spacy.blank("ru")("Взрывы под Херсоном\n\nНочью в Севастополе")
    start = next(t.i for t in doc if t.text == "Херсоном")
    ent = Span(doc, start, start + 3, label="LOC")  # "Херсоном \n\n Ночью", as natasha ran it
    cut = before_line_break(ent)
    assert cut is not None and cut.text == "Херсоном"
    assert before_line_break(doc[start + 1 : start + 3]) is None
    whole = before_line_break(doc[start : start + 1])
    assert whole is not None and whole.text == "Херсоном"
