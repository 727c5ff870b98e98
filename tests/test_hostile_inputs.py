"""Hostile or odd inputs: each is reported, none blocks, crashes or costs the others."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomap.errors import GazetteerCorruptError, ModelNotFoundError
from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Officials in Warsaw said Poland would respond."


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """A read that blocks (a FIFO) fails the test instead of hanging the suite."""
    signal.signal(signal.SIGALRM, lambda *a: pytest.fail("reading inputs blocked"))
    signal.alarm(60)
    yield
    signal.alarm(0)


def _statuses(inputs: list[Path], **kw: int) -> tuple[list[Article], dict[str, InputStatus]]:
    items = list(read_inputs(inputs, **kw))
    arts = [i for i in items if isinstance(i, Article)]
    stats = {Path(s.source).name: s for s in items if isinstance(s, InputStatus)}
    return arts, stats


def test_special_files_hidden_files_and_links_are_all_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (folder / "loop").symlink_to(folder)
    (folder / "ring1.txt").symlink_to(folder / "ring2.txt")
    (folder / "ring2.txt").symlink_to(folder / "ring1.txt")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    os.mkfifo(tmp_path / "given.fifo")
    arts, stats = _statuses([folder, tmp_path / "given.fifo"])
    assert [a.article_id for a in arts] == ["good"]
    assert stats["pipe.txt"].status == "error" and "FIFO" in (stats["pipe.txt"].reason or "")
    assert stats["given.fifo"].status == "error"
    assert stats[".hidden.txt"].status == "skipped"
    assert stats[".ipynb_checkpoints"].status == "skipped"
    assert stats["dangling.txt"].status == "error"
    assert "broken symbolic link" in (stats["dangling.txt"].reason or "")
    # a ring of links is not "broken": the user is told why it cannot be followed
    assert stats["ring1.txt"].status == "error"
    assert "too many levels of symbolic links" in (stats["ring1.txt"].reason or "").lower()
    assert stats["loop"].status == "skipped"
    assert stats["photo.png"].status == "skipped"
    assert stats["empty.txt"].status == "empty"


def test_devices_are_never_read(tmp_path: Path) -> None:
    arts, stats = _statuses([Path("/dev/zero"), Path("/dev/null")])
    assert arts == []
    assert stats["zero"].status == "error" and "device" in (stats["zero"].reason or "")


def test_size_limit_per_article(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Warsaw. " * 200_000, encoding="utf-8")  # 1.6 MB
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "huge", "text": "Warsaw. " * 200_000})
        + "\n"
        + json.dumps({"id": "small", "text": GOOD})
        + "\n",
        encoding="utf-8",
    )
    arts, stats = _statuses([big, corpus], max_article_bytes=1_000_000)
    assert [a.article_id for a in arts] == ["small"]
    assert "over the limit of 1 MB" in (stats["big.txt"].reason or "")
    assert "--max-article-mb" in (stats["c.jsonl:1"].reason or "")
    arts, _ = _statuses([big, corpus], max_article_bytes=0)
    assert len(arts) == 3


def test_bad_lines_in_a_jsonl_corpus_cost_only_themselves(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD}).encode(),
        b'{"id": "b", "text": "caf\xe9 in Paris"}',  # Latin-1 byte
        b"{not json",
        b"[1, 2]",
        json.dumps({"id": "\udfff-sur", "text": "Troops in Kyiv \udc00."}).encode(),
        json.dumps({"id": "c", "text": GOOD}).encode(),
        b'{"id": "t", "text": "Kyiv\tLviv"}',  # a raw tab inside a string
    ]
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    arts, stats = _statuses([corpus])
    # the Latin-1 line is read in its own code page, with a warning (rev42)
    assert [a.article_id for a in arts] == ["a", "b", "\\udfff-sur", "c"]
    assert arts[1].text == "caf\u00e9 in Paris"
    assert any("c.jsonl:2: not UTF-8; this line decoded as" in w for w in arts[1].warnings)
    assert "invalid JSON" in (stats["c.jsonl:3"].reason or "")
    # Python's message ends in a dangling "at": the reason says where
    assert "(Invalid control character at column 26)" in (stats["c.jsonl:7"].reason or "")
    assert "JSON object" in (stats["c.jsonl:4"].reason or "")
    sur = arts[2]
    assert sur.text == "Troops in Kyiv \ufffd."
    assert any("lone surrogate" in w and "c.jsonl:5" in w for w in sur.warnings)
    json.dumps(sur.article_id).encode("utf-8")  # writable as UTF-8


def test_empty_corpora_are_reported(tmp_path: Path) -> None:
    (tmp_path / "blank.jsonl").write_text("\n \n", encoding="utf-8")
    (tmp_path / "header.csv").write_text("id,text\n", encoding="utf-8")
    _, stats = _statuses([tmp_path / "blank.jsonl", tmp_path / "header.csv"])
    assert stats["blank.jsonl"].status == "empty"
    assert stats["header.csv"].status == "empty"


def test_bad_bytes_in_a_csv_row_cost_only_that_row(tmp_path: Path) -> None:
    # The file's first 64 KB are UTF-8, so it is read as UTF-8; a row in another code
    # page later is read in that one, with a warning (it had been an error: rev42).
    path = tmp_path / "c.csv"
    long_row = b"a,Troops in Warsaw. " + b"More text. " * 7000 + b"\n"
    path.write_bytes(b"id,text\n" + long_row + b"b,caf\xe9 in Paris\nc,Troops in Kyiv.\n")
    arts, _ = _statuses([path])
    assert [a.article_id for a in arts] == ["a", "b", "c"]
    assert arts[1].text == "caf\u00e9 in Paris"
    assert any("c.csv:3: not UTF-8 like the rest of the file" in w for w in arts[1].warnings)


def test_a_windows_1252_csv_is_decoded_whole(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(
        "id;text\na;\u201cWe are ready,\u201d officials in Krak\u00f3w said.\n".encode("cp1252")
    )
    arts, _ = _statuses([path])
    assert arts[0].text == "\u201cWe are ready,\u201d officials in Krak\u00f3w said."
    assert "decoded as cp1252" in arts[0].notes[0]


@pytest.mark.model
def test_report_accounts_for_every_path(tmp_path: Path) -> None:
    from geomap.cli import _register, app

    _register()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / ".secret.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "blank.jsonl").write_text("\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["map", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 1  # the FIFO is an input that could not be read
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_name = {Path(i["source"]).name: i["status"] for i in report["inputs"]}
    assert by_name == {"good.txt": "ok", ".secret.txt": "skipped", "pipe.txt": "error",
                       "blank.jsonl": "empty"}  # fmt: skip
    totals = report["totals"]
    assert (totals["ok"], totals["skipped"], totals["errors"], totals["empty"]) == (1, 1, 1, 1)


def _corrupt_copy(tmp_path: Path, with_manifest: bool) -> Path:
    folder = tmp_path / "gz"
    folder.mkdir()
    shutil.copy(ROOT / "data" / "gazetteer.sqlite", folder)
    if with_manifest:
        shutil.copy(ROOT / "data" / "gazetteer.manifest.json", folder)
    artifact = folder / "gazetteer.sqlite"
    # Inside the largest shape's overflow pages: no row count, no open check reads them.
    with sqlite3.connect(artifact) as conn:
        (blob,) = conn.execute("SELECT wkb FROM shapes ORDER BY length(wkb) DESC").fetchone()
    data = artifact.read_bytes()
    where = data.index(blob[len(blob) // 2 : len(blob) // 2 + 64])
    with artifact.open("r+b") as fh:
        fh.seek(where)
        fh.write(b"\xff" * 8192)
    return artifact


def test_corrupt_gazetteer_gives_the_rebuild_error(tmp_path: Path) -> None:
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.integrity import full_check

    artifact = _corrupt_copy(tmp_path, with_manifest=True)
    Gazetteer.open(artifact).close()  # the cheap open check cannot see the middle
    with pytest.raises(GazetteerCorruptError, match="Rebuild it with"):
        Gazetteer.open(artifact, verify=True)
    problems = full_check(artifact, sqlite_check=True)
    assert any("SHA-256" in p for p in problems) and any("sqlite" in p for p in problems)


def test_truncated_gazetteer_fails_the_cheap_check(tmp_path: Path) -> None:
    from geomap.gazetteer import Gazetteer

    folder = tmp_path / "gz"
    folder.mkdir()
    data = (ROOT / "data" / "gazetteer.sqlite").read_bytes()
    (folder / "gazetteer.sqlite").write_bytes(data[: len(data) - 4096 * 10])
    with pytest.raises(GazetteerCorruptError, match="Rebuild it with"):
        Gazetteer.open(folder / "gazetteer.sqlite")


@pytest.mark.model
def test_cli_stops_on_a_corrupt_gazetteer_with_a_clear_error(tmp_path: Path) -> None:
    from geomap.cli import _register, app

    _register()
    artifact = _corrupt_copy(tmp_path, with_manifest=True)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["map", str(ROOT / "seeds"), "-o", str(out), "--gazetteer", str(artifact)]
    )
    assert result.exit_code == 2
    assert "is corrupt" in result.output and "Rebuild it with" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()
    check = CliRunner().invoke(app, ["gazetteer", "check", "--path", str(artifact)])
    assert check.exit_code == 2 and "SHA-256 differs" in check.output


def test_model_option_never_imports_arbitrary_modules(tmp_path: Path) -> None:
    from geomap.pipeline import load_model

    for name in ("this.x", "this", "os", "json", "geomap", str(tmp_path)):
        with pytest.raises(ModelNotFoundError):
            load_model(name)


def test_red_team_inputs_cost_only_themselves(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    bad_name = os.fsdecode(b"bad\xff.rtf")
    (folder / bad_name).write_text("x", encoding="utf-8")
    (folder / "deep.jsonl").write_text(
        "[" * 100_000 + "]" * 100_000 + "\n"
        + '{"id": ' + "9" * 5000 + ', "text": "x"}\n'
        + json.dumps({"id": "\ud800", "text": GOOD}) + "\n"
        + json.dumps({"id": "\udc00", "text": GOOD}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (folder / "proc.jsonl").symlink_to("/proc/self/pagemap")  # outside: not followed
    (tmp_path / "proc.jsonl").symlink_to("/proc/self/pagemap")  # given by name: read
    arts, stats = _statuses([folder, tmp_path / "proc.jsonl"])
    stats_all = [
        i for i in read_inputs([folder, tmp_path / "proc.jsonl"]) if isinstance(i, InputStatus)
    ]
    # a valid 5,000-digit number is read (sec63: it lost its record), its id shortened
    ids = sorted(a.article_id for a in arts)
    assert ids[0].startswith("9" * 900) and len(ids[0]) <= 1000
    assert ids[1:] == ["\\ud800", "\\udc00", "ok"]
    for status in stats.values():
        (status.source + (status.reason or "")).encode("utf-8")  # writable: no surrogates
    assert stats["deep.jsonl:1"].status == "error" and "nested too deeply" in (
        stats["deep.jsonl:1"].reason or ""
    )
    assert "deep.jsonl:2" not in stats  # an article, not an error
    linked = [s for s in stats_all if s.source.endswith("proc.jsonl")]
    assert [s.status for s in linked] == ["skipped", "empty"]  # read no further than its size


def test_one_oversized_csv_row_costs_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "id,text\na,Troops in Warsaw.\nb," + "Kyiv " * 300_000 + "\nc,Troops in Lviv.\n",
        encoding="utf-8",
    )
    arts, stats = _statuses([path], max_article_bytes=1_000_000)
    assert [a.article_id for a in arts] == ["a", "c"]
    assert "over the limit" in (stats["c.csv:3"].reason or "")


@pytest.mark.model
def test_previous_outputs_inside_the_input_folder_are_not_read(tmp_path: Path) -> None:
    from geomap.cli import _register, app

    _register()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(2):
        result = CliRunner().invoke(app, ["map", str(tmp_path), "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["ok"] == 1
    assert {Path(i["source"]).name: i["status"] for i in report["inputs"]}["out"] == "skipped"


def test_a_broken_manifest_does_not_switch_the_checksum_off(tmp_path: Path) -> None:
    from geomap.gazetteer import Gazetteer

    artifact = _corrupt_copy(tmp_path, with_manifest=True)
    (artifact.parent / "gazetteer.manifest.json").write_text("[]", encoding="utf-8")
    with pytest.raises(GazetteerCorruptError, match="does not describe it"):
        Gazetteer.open(artifact, verify=True)


def test_model_named_main_is_a_clean_error() -> None:
    from geomap.pipeline import load_model

    with pytest.raises(ModelNotFoundError):
        load_model("__main__")


def test_a_line_cut_off_inside_its_object_says_so(tmp_path: Path) -> None:
    # user64: '{"uid": "broken-1", "headline": "Truncated' read "Invalid control character"
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "x", "title": "Truncated\n{"id": "y", "text": "A"\n')
    _arts, stats = _statuses([corpus])
    for line in ("c.jsonl:1", "c.jsonl:2"):
        assert "the line ends before its object does (cut off?)" in (stats[line].reason or "")


def test_a_file_cut_off_inside_its_last_string_says_so(tmp_path: Path) -> None:
    # user71a B11: the export's cut-off last line read "Unterminated string starting at column 27"
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "x", "text": "Kyiv."}\n{"id": "y", "title": "Evacuations from P')
    _arts, stats = _statuses([corpus])
    assert "the file ends before its object does (cut off?)" in (stats["c.jsonl:2"].reason or "")
