"""One set of bidi control characters, and every consumer handles all of it."""

from __future__ import annotations

import unicodedata

import pytest

from geomap.claims.name_text import clean_text as clean_name
from geomap.mapping.popup import group_claims
from geomap.metadata import clean_text as clean_metadata
from geomap.sanitize import BIDI_CONTROLS, BIDI_MARKS, inert_bidi, spreadsheet_cell, terminal_text
from geomap.text import flatten

#: Unicode's Bidi_Control property, spelled out independently of the code.
UNICODE_BIDI_CONTROLS = (
    "\u061c",  # ARABIC LETTER MARK
    "\u200e",  # LEFT-TO-RIGHT MARK
    "\u200f",  # RIGHT-TO-LEFT MARK
    "\u202a",  # LEFT-TO-RIGHT EMBEDDING
    "\u202b",  # RIGHT-TO-LEFT EMBEDDING
    "\u202c",  # POP DIRECTIONAL FORMATTING
    "\u202d",  # LEFT-TO-RIGHT OVERRIDE
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u2066",  # LEFT-TO-RIGHT ISOLATE
    "\u2067",  # RIGHT-TO-LEFT ISOLATE
    "\u2068",  # FIRST STRONG ISOLATE
    "\u2069",  # POP DIRECTIONAL ISOLATE
)


def test_the_set_is_unicodes_bidi_controls() -> None:
    assert sorted(BIDI_CONTROLS) == sorted(UNICODE_BIDI_CONTROLS)
    assert all(unicodedata.category(c) == "Cf" for c in BIDI_CONTROLS)


@pytest.mark.parametrize("mark", UNICODE_BIDI_CONTROLS)
def test_flatten_turns_each_into_a_space(mark: str) -> None:
    assert flatten(f"{mark}Ahmed{mark}") == " Ahmed "


@pytest.mark.parametrize("mark", UNICODE_BIDI_CONTROLS)
def test_the_map_shows_each_inertly(mark: str) -> None:
    shown = "\u200b" if mark in BIDI_MARKS else "\ufffd"
    assert inert_bidi(f"John {mark}evil Doe") == f"John {shown}evil Doe"
    claim = {
        "article": "a",
        "sentence": f"Kyiv is safe, said {mark}John.",
        "sentence_start": 0,
        "mention_start": 0,
        "mention_end": 4,
        "speaker": f"{mark}John",
        "speaker_kind": "person",
        "verb": "said",
    }
    ((group,),) = [g["items"] for g in group_claims([claim], "Kyiv", {"a": 0})]
    assert mark not in group["sentence"] and mark not in group["speaker"]


@pytest.mark.parametrize("mark", UNICODE_BIDI_CONTROLS)
def test_csv_cells_and_the_terminal_show_each_inertly(mark: str) -> None:
    shown = "\u200b" if mark in BIDI_MARKS else "\ufffd"
    assert spreadsheet_cell(f"a{mark}b") == f"a{shown}b"
    assert terminal_text(f"a{mark}b") == f"a\\u{ord(mark):04x}b"


@pytest.mark.parametrize("mark", UNICODE_BIDI_CONTROLS)
def test_metadata_and_speaker_names_lose_each(mark: str) -> None:
    assert clean_metadata(f"{mark}Reuters{mark} News") == "Reuters News"
    assert clean_name(f"{mark}Ahmed Saleh{mark}") == "Ahmed Saleh"


def test_bidi_controls_become_spaces_in_the_parsed_text() -> None:
    text = "\u2067Ahmed \u200fSaleh\u2069 said\nit"
    flat = flatten(text)
    assert len(flat) == len(text)  # offsets kept
    assert flat == " Ahmed  Saleh  said it"


def test_control_characters_become_spaces_in_the_parsed_text() -> None:
    """A BEL glued to a name ("Ukraine\x07 said") made the name "Ukraine\x07", a new word."""
    import spacy

    text = "Troops near Ukraine\x07 said\x1b[31m more\x85\tok\nit \x93Kyiv\x94 \x81"
    flat = flatten(text)
    assert len(flat) == len(text)  # offsets kept
    # C1 controls are Windows-1252 read as Latin-1: the characters they stand for; an
    # escape sequence is blanked whole
    assert flat == "Troops near Ukraine  said      more\u2026\tok it \u201cKyiv\u201d  "
    words = [t.text for t in spacy.blank("en").make_doc(flat) if not t.is_space]
    assert "Ukraine" in words


def test_a_speaker_name_drops_bidi_controls() -> None:
    assert clean_name("\u202bAhmed Saleh\u202c") == "Ahmed Saleh"
    assert clean_name("Ahmed \u200fSaleh") == "Ahmed Saleh"


def test_marks_in_genuine_right_to_left_text_stay_invisible() -> None:
    """An RLM in Arabic text is no tampering: no replacement character is shown for it."""
    text = "\u0642\u0627\u0644 \u200f(AFP)\u200f"
    assert "\ufffd" not in inert_bidi(text) and "\u200f" not in inert_bidi(text)
    assert len(inert_bidi(text)) == len(text)
    assert "\ufffd" in inert_bidi("\u202eevil")


def test_flatten_blanks_terminal_escape_sequences_whole() -> None:
    """ESC alone became a space and left "[31mJohn" for the model to read as one word."""
    text = "The \x1b[2J\x1b[31mJohn Smith\x1b[0m said, in Warsaw\x1b]0;pwned\x07 today\x1bM."
    flat = flatten(text)
    assert len(flat) == len(text)
    assert flat.split() == ["The", "John", "Smith", "said,", "in", "Warsaw", "today", "."]


def test_a_terminal_escape_in_metadata_goes_whole() -> None:
    assert clean_metadata("\x1b[31mTroops\x1b[0m move \x1b]0;pwned\x07east") == "Troops move east"


def test_a_terminal_escape_in_a_title_goes_whole() -> None:
    """``--title`` kept "[31m" of ESC [31m (the ESC alone was made a space)."""
    from geomap.sanitize import plain_line

    assert plain_line("\x1b[31mNATO\x1b[0m coverage\x1b]0;pwned\x07 \u202ewest") == (
        "NATO coverage west"
    )
