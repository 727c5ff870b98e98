"""A dateline and the sentence it opens are one sentence (geomap.nlp.dateline_sentences)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from geomap.nlp.dateline_sentences import dateline_end, dateline_joins

_NLP = spacy.blank("en")


def _joined(text: str, line_start: str | None = None) -> list[str]:
    """The words after the first that may not start a sentence once datelines are joined.

    ``line_start`` is the word a line break marked as a sentence start, as
    :mod:`geomap.nlp.sentences` does after a headline line.
    """
    doc: Doc = _NLP.make_doc(text)
    if line_start is not None:
        (start,) = [t for t in doc if t.text == line_start]
        start.is_sent_start = True
    dateline_joins(doc)
    return [t.text for t in doc if t.is_sent_start is False]


def test_a_dateline_after_a_headline_is_one_sentence_with_its_story() -> None:
    text = "Tense night  KHARKIV, Jan 8 — Residents described it, the governor said. Later more."
    assert _joined(text, "KHARKIV") == [
        *(",", "Jan", "8", "—", "Residents", "described", "it", ","),
        *("the", "governor", "said", "."),
    ]


def test_a_colon_dateline_is_one_sentence_with_its_story() -> None:
    assert _joined("KRAMATORSK: Residents queued for water, officials said.") == [
        *(":", "Residents", "queued", "for", "water", ",", "officials", "said", "."),
    ]


def test_a_title_case_dateline_closed_by_a_dash_is_one_sentence_with_its_story() -> None:
    text = "Assault repelled  Borova — Ukrainian forces held, the staff said. Later more."
    assert _joined(text, "Borova") == [
        *("—", "Ukrainian", "forces", "held", ",", "the", "staff", "said", "."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Borova - Ukrainian forces held.",  # a hyphen: "Kyiv-based", a score "Dynamo - Shakhtar"
        "Iran says talks — if they come — must wait.",  # words before the dash in lower case
        "UK police said the man was held.",  # too few capitals for a place
        "NATO ALLIES MEET IN BRUSSELS - talks go on.",  # a headline in capitals
        "KYIV. Residents fled - to the west.",  # a sentence ends before the dash
        "BREAKING: the talks failed.",  # a colon before a word in lower case
        "Kyiv, Jan 8 — Residents fled.",  # no capitals
        "Residents fled. " * 20 + "KRAMATORSK: Residents fled.",  # a colon past the opening
    ],
)
def test_what_is_no_dateline_is_left_to_the_parser(text: str) -> None:
    assert _joined(text) == []


def test_the_dateline_ends_at_its_dash_or_colon() -> None:
    doc = _NLP.make_doc("LA PAZ, Bolivia, Feb. 3 (AP) - Protests spread.")
    end = dateline_end(doc, 0)
    assert end is not None and doc[end].text == "-"
    doc = _NLP.make_doc("LA PAZ, Bolivia, Feb. 3 (AP)-Protests spread.")  # no spaced dash
    assert dateline_end(doc, 0) is None


def test_a_joined_sentence_stops_at_the_next_lines_start() -> None:
    doc = _NLP.make_doc("GOMA - Rebels advanced  Next line here.")
    doc[5].is_sent_start = True  # "Next": a line break marked it
    dateline_joins(doc)
    assert [t.text for t in doc if t.is_sent_start is False] == ["-", "Rebels", "advanced", " "]
    assert doc[5].is_sent_start is True


def test_a_transcripts_speaker_labels_are_no_datelines() -> None:
    """An interview's "HARVEY:" opened line after line: each was read as a dateline."""
    assert _joined("HARVEY: We went there.  FENTON: Yes, to Reno.", "FENTON") == []
