"""The text the model reads: whitespace runs as one space, format characters dropped.

Every offset geomap writes still indexes the stored article text (the offset map),
and a hard-wrapped article reads as its paragraphs.
"""

from __future__ import annotations

import re
import textwrap

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from geomap.extensions import register_extensions
from geomap.gazetteer import Gazetteer
from geomap.model_text import FORMAT_CHARACTERS, OffsetMap, model_text, shown
from geomap.nlp.line_wraps import wrap_width
from geomap.nlp.sentences import LineSentences
from geomap.text import line_spans
from tests.tiny_gazetteer import _p


def test_whitespace_runs_read_as_one_space_and_format_characters_go() -> None:
    text = "in\n  New\tYork,\u00a0Ky\u00adiv  and\u202fLv\u200biv\u200f said"
    read = model_text(text)
    assert read.text == "in New York, Kyiv and Lviv said"
    assert read.breaks == (2,)  # the space that stands for the line break


def test_a_paragraph_break_stays_two_spaces_and_both_are_line_breaks() -> None:
    read = model_text("Kyiv.\n \n\n  Lviv.")
    assert read.text == "Kyiv.  Lviv."
    assert read.breaks == (5, 6)
    lines = line_spans(read.text, read.breaks)
    assert [read.text[a:b] for a, b in lines] == ["Kyiv.", "", "Lviv."]  # an empty line


def test_leading_and_trailing_whitespace_go_and_offsets_still_index_the_text() -> None:
    text = "\n\n  Troops left Kyiv.\n"
    read = model_text(text)
    assert read.text == "Troops left Kyiv."
    k = read.text.index("Kyiv")
    assert text[read.offsets.start(k) : read.offsets.end(k + 4)] == "Kyiv"


def test_an_unchanged_text_has_the_identity_map() -> None:
    read = model_text("Troops left Kyiv for Lviv.")
    assert read.text == "Troops left Kyiv for Lviv." and read.offsets.pairs() == [[0, 0]]


def test_model_spans_read_article_spans_back_onto_the_doc() -> None:
    text = "Officials in\nNew  York met."
    read = model_text(text)
    start = text.index("New")
    ((a, b),) = read.offsets.model_spans([(start, start + len("New  York"))], len(read.text))
    assert read.text[a:b] == "New York"


def test_shown_keeps_offsets() -> None:
    text = "said in\nKyiv\tand\u00a0Lviv\u00ad"
    assert shown(text) == "said in Kyiv and Lviv\u00ad" and len(shown(text)) == len(text)


_CUT_AT_LINE_END = re.compile(r"(?<=\w)\u00ad[^\S\n]*\n[^\S\n]*(?=\w)")
_WHITESPACE = st.sampled_from([" ", "  ", "\n", " \n ", "\t", "\u00a0", "\u202f", "\u3000"])
_INSIDE = st.sampled_from(["", "", "\u00ad", "\u200b", "\u200d", "\u200e", "\u200f", "\u2060"])


@given(st.lists(st.tuples(st.text("abcXYZ.,", min_size=1, max_size=6), _WHITESPACE, _INSIDE)))
def test_every_character_read_maps_back_to_itself(parts: list[tuple[str, str, str]]) -> None:
    text = "".join(word[:1] + inside + word[1:] + space for word, space, inside in parts)
    read = model_text(text)
    assert "  " not in read.text.replace("  ", "", len(read.breaks))  # only paragraph breaks
    assert not set(read.text) & set(FORMAT_CHARACTERS)
    for i, char in enumerate(read.text):
        if not char.isspace():
            assert text[read.offsets.start(i)] == char
    words = read.text.split()
    cut = _CUT_AT_LINE_END.sub("", text)  # a soft hyphen ending a line cuts a word: "X" / "Y"
    assert words == [w for w in "".join(c for c in cut if c not in FORMAT_CHARACTERS).split()]


# ----------------------------------------------------------------- line breaks
@pytest.fixture(scope="module")
def lines_nlp() -> Language:
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("geomap_line_sentences")
    return nlp


def _starts(nlp: Language, text: str, gazetteer: Gazetteer | None = None) -> list[str]:
    """The words that open a sentence after a line break (the component's decisions)."""
    read = model_text(text)
    doc = nlp.make_doc(read.text)
    doc._.line_breaks = read.breaks
    doc = nlp(doc) if gazetteer is None else LineSentences(gazetteer)(doc)
    return [t.text for t in doc[1:] if t.is_sent_start]


def test_a_line_that_goes_on_is_no_sentence_end(lines_nlp: Language) -> None:
    text = "Troops shelled the city, officials in\nKyiv said, and in\nNew\nYork the envoys met.\n"
    assert _starts(lines_nlp, text) == []


def test_a_headline_and_a_list_keep_their_lines(lines_nlp: Language) -> None:
    text = "Troops leave Kherson\nKYIV (Reuters) - Troops left.\n\nParks:\nSea World\nLake Park\n"
    assert _starts(lines_nlp, text) == ["KYIV", "Parks", "Sea", "Lake"]


def test_a_known_name_across_a_break_joins_the_lines(lines_nlp: Language) -> None:
    """A short line ending in a name's first word is no headline when the name goes on."""
    gazetteer = Gazetteer.from_places(
        [
            _p("1", "New York", "city", "US", -74.0, 40.7),
            _p("2", "Kherson", "city", "UA", 32.6, 46.6),
        ]
    )
    wrapped = "Envoys met in New\nYork on Monday.\n"
    assert _starts(lines_nlp, wrapped) == ["York"]  # without the gazetteer: a headline
    assert _starts(lines_nlp, wrapped, gazetteer) == []
    headline = "Troops leave Kherson\nOfficials said the city was calm.\n"
    assert _starts(lines_nlp, headline, gazetteer) == ["Officials"]
    listed = "Kherson\nNew York\nYork\n"  # each line whole: no name runs across
    assert _starts(lines_nlp, listed, gazetteer) == ["New", "York"]


_PROSE = (
    "Russian forces shelled the outskirts of the city overnight and officials said that "
    "envoys from several countries would meet in New York on Monday to discuss a ceasefire "
    "that both sides have so far rejected as premature and one sided. The talks follow a "
    "week of fighting in which hundreds of people were displaced from villages near the "
    "border and aid groups warned of a shortage of food and medicine across the region."
)


def test_a_hard_wrapped_paragraph_reads_as_one(lines_nlp: Language) -> None:
    for width in (50, 60, 72):
        wrapped = "\n".join(textwrap.wrap(_PROSE, width))
        read = model_text(wrapped)
        assert wrap_width(read.text, line_spans(read.text, read.breaks)) > 0
        assert _starts(lines_nlp, "Fighting in the east\n" + wrapped)[:1] == ["Russian"]
        assert set(_starts(lines_nlp, wrapped)) <= {"The"}  # a sentence end's, if at a break


def test_unwrapped_paragraphs_one_per_line_are_no_wrap() -> None:
    text = "\n".join([_PROSE, _PROSE[:200] + ".", "By Jane Doe", _PROSE[:300] + "."])
    read = model_text(text)
    assert wrap_width(read.text, line_spans(read.text, read.breaks)) == 0


def test_offset_map_defaults_to_the_identity() -> None:
    assert OffsetMap(None).start(7) == 7 and OffsetMap([]).end(7) == 7
