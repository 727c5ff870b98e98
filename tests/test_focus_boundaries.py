"""A boundary's name is never placed at the article's main locality (focus.boundary_line)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from geomap.extensions import register_extensions
from geomap.nlp.focus import boundary_line, placeable


def _span(text: str, name: str, label: str = "FAC") -> Span:
    register_extensions()
    doc = spacy.blank("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("text", "name", "line"),
    [
        ("Protests were held along the Line of Control.", "Line of Control", True),
        ("Troops faced off on the Line of Actual Control.", "the Line of Actual Control", True),
        ("Shelling hit villages near the Lebanese Border.", "Lebanese Border", True),
        ("Traffic stopped on Elm Street.", "Elm Street", False),
        ("Trains on the Central Line were late.", "Central Line", False),
    ],
)
def test_boundary_line(text: str, name: str, line: bool) -> None:
    assert boundary_line(_span(text, name)) is line


def test_a_boundary_is_not_placed_at_the_focus_though_tagged_a_facility() -> None:
    assert not placeable(
        [_span("Protests were held along the Line of Control.", "Line of Control")]
    )
    assert placeable([_span("Traffic stopped on Elm Street.", "Elm Street")])
