"""A geomap marker planted in an archive hides no article and gets no file deleted.

The marker (``.geomap-outputs.json``) says a folder holds a geomap run's outputs. Only
the names geomap writes count as outputs: an article beside them is read, and a folder
whose marker lists the user's own files is never replaced.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.errors import OutputError
from geomap.io import KNOWN_FILES
from geomap.io.files import find_inputs
from geomap.outdir import MARKER, OutputDir


def _marker(folder: Path, files: list[str], by: str = "geomap") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text(json.dumps({"written_by": by, "files": files}), encoding="utf-8")


def _statuses(root: Path) -> dict[str, str]:
    return {f.path.relative_to(root).as_posix(): f.status for f in find_inputs(root)}


def test_articles_beside_a_planted_marker_are_read(tmp_path: Path) -> None:
    sub = tmp_path / "in" / "sub"
    _marker(sub, ["story2.txt", "map.html"])
    (sub / "map.html").write_text("<html></html>", encoding="utf-8")
    (sub / "story2.txt").write_text("Troops moved to Lviv.", encoding="utf-8")
    (sub / "deeper").mkdir()
    (sub / "deeper" / "s3.txt").write_text("Shelling in Kharkiv.", encoding="utf-8")
    found = _statuses(tmp_path / "in")
    assert found["sub/story2.txt"] == "read" and found["sub/deeper/s3.txt"] == "read"
    assert found["sub"] == "skipped"  # its outputs are not read
    assert "sub/map.html" not in found


def test_a_folder_given_with_a_planted_marker_reads_its_articles(tmp_path: Path) -> None:
    folder = tmp_path / "h2"
    _marker(folder, ["a.txt", "b.txt"])
    (folder / "a.txt").write_text("Troops moved to Lviv.", encoding="utf-8")
    (folder / "b.txt").write_text("Shelling in Kharkiv.", encoding="utf-8")
    (folder / "report.json").write_text("{}", encoding="utf-8")
    found = _statuses(folder)
    assert found["a.txt"] == "read" and found["b.txt"] == "read"
    assert found["report.json"] == "skipped"  # a geomap output beside them
    assert "." not in found  # no "folder has no article files"


def test_a_marker_geomap_did_not_write_makes_no_output_folder(tmp_path: Path) -> None:
    sub = tmp_path / "in" / "sub"
    _marker(sub, [], by="someone")
    (sub / "report.json").write_text('{"text": "Troops moved to Lviv."}', encoding="utf-8")
    found = _statuses(tmp_path / "in")
    assert "sub" not in found and found["sub/report.json"] == "read"


@pytest.mark.parametrize(
    "listed", [["notes.jsonl", "more.jsonl"], [*sorted(KNOWN_FILES), "notes.jsonl"]]
)
def test_a_marker_listing_the_users_files_gets_none_deleted(
    tmp_path: Path, listed: list[str]
) -> None:
    folder = tmp_path / "q2"
    _marker(folder, listed)
    (folder / "notes.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    (folder / "more.jsonl").write_text('{"text": "y"}\n', encoding="utf-8")
    with pytest.raises(OutputError, match="holds files geomap did not write"):
        OutputDir(folder, KNOWN_FILES).check()
    assert (folder / "notes.jsonl").read_text(encoding="utf-8") == '{"text": "x"}\n'
