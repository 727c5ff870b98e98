"""A text file's date read from its name when the file gives none (user73a B4)."""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article

_TEXT = "Floods hit Kharkiv\n\nRivers rose in Kharkiv overnight, officials said.\n"


def _read(tmp_path: Path, name: str, text: str = _TEXT) -> Article:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    (art,) = [a for a in read_inputs([path]) if isinstance(a, Article)]
    return art


def test_an_iso_day_at_a_names_start_or_end_is_its_date_said_in_a_note(tmp_path: Path) -> None:
    art = _read(tmp_path, "2026-01/2026-01-06_story1407.txt")
    assert art.metadata["published"] == "2026-01-06"
    assert any("its name's '2026-01-06' read as published" in n for n in art.notes)
    art = _read(tmp_path, "story_20260107.txt")
    assert art.metadata["published"] == "2026-01-07"
    assert art.metadata["published_given"] == "20260107"


def test_an_ambiguous_or_invalid_name_gives_no_date(tmp_path: Path) -> None:
    for name in ("06-01-2026_story.txt", "2026-01-06_to_2026-01-09.txt", "id202601069.txt"):
        art = _read(tmp_path, name)
        assert "published" not in art.metadata, name
        assert not any("read as published" in n for n in art.notes)


def test_the_files_own_date_comes_first(tmp_path: Path) -> None:
    text = "Floods hit Kharkiv\n\nPublished: 3 March 2026\n\nRivers rose in Kharkiv.\n"
    art = _read(tmp_path, "2026-01-06_story.txt", text)
    assert art.metadata["published"] == "2026-03-03"
