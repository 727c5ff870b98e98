"""The run summary's notes line and the hint on a name with spaces given unquoted."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomap.cli import _register, app
from geomap.cli.summary_lines import kinds_line, note_kind, spaced_name


def test_notes_are_counted_by_the_kinds_that_occurred() -> None:
    notes = [
        "a.txt: not UTF-8; decoded as cp1252",
        "b.txt: not UTF-8; decoded as utf-16",
        "c.html: main text extracted from HTML (204 characters)",
        "d.txt: date read from its line 'Published: 04/12/2026 08:15'",
    ]
    line = kinds_line(notes)
    assert line == (
        "encoding detected: 2, HTML page text extracted: 1, date read from a line of the text: 1"
    )
    assert "pieces" not in line and "repeated" not in line  # kinds that did not occur


def test_a_note_of_no_known_kind_is_other() -> None:
    assert note_kind("x.txt: something new the readers say") == "other"
    assert note_kind("big.txt: 52,428 characters, read in 6 pieces of at most 10,000") == (
        "long article read in pieces"
    )


def test_unquoted_words_of_a_spaced_name_are_joined_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "My folder").mkdir()
    (tmp_path / "My folder" / "first story.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert spaced_name(["My", "folder/first", "story.txt"]) == "My folder/first story.txt"
    assert spaced_name(["other.txt", "My", "folder"]) == "My folder"  # a run inside the list
    assert spaced_name(["nothing", "here"]) is None
    assert spaced_name([]) is None


def test_the_map_command_prints_the_hint_for_an_unquoted_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "first story.txt").write_text("Troops left Kyiv.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _register()
    result = CliRunner().invoke(app, ["map", "first", "story.txt", "-o", "out"])
    assert result.exit_code == 1
    assert "hint: 'first story.txt' exists: a name with spaces must be quoted" in result.output
    assert not (tmp_path / "out").exists()


def test_the_notes_of_given_outlets_and_editors_notes_have_their_kinds() -> None:
    from geomap.io.correction_notes import without_notes
    from geomap.io.given_outlets import given_note
    from geomap.records import Article

    assert note_kind(given_note("a.txt", "Daily Planet")) == "outlet given (--outlet)"
    text = "Troops left Kyiv.\n\nCorrection: An earlier version said Lviv."
    (said,) = without_notes(Article("a", text, "a.txt")).notes
    assert note_kind(said) == "editor's note left out"


def test_many_missing_names_are_not_joined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geomap.cli.summary_lines import MAX_JOINED

    (tmp_path / "a b").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert spaced_name(["a", "b"]) == "a b"
    assert spaced_name(["a", "b", *(f"x{i}" for i in range(MAX_JOINED))]) is None


def test_the_first_line_says_what_the_inputs_not_read_are(tmp_path: Path) -> None:
    # user70a B14: "25/55 inputs" left 30 unexplained, most a saved page's resource folders
    folder = tmp_path / "in"
    (folder / "Story_files").mkdir(parents=True)
    (folder / "Other_files").mkdir()
    page = "<html><body><article><p>Flooding closed schools in Poland.</p></article></body></html>"
    for name in ("Story", "Other"):
        (folder / f"{name}.html").write_text(page.replace("Poland", name), encoding="utf-8")
        (folder / f"{name}_files" / "app.js").write_text("var x;", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    _register()
    result = CliRunner().invoke(app, ["map", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = "2/5 inputs (3 not read: 2 saved pages' resource folders, 1 not an article file), "
    assert any(line.startswith(said) for line in result.output.splitlines()), result.output
