"""A run stopped while it parses keeps what it parsed for the next run (not in the outputs)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from geomap.io import PARSED_FILE
from geomap.reuse import ParsedStore, parse_reusing
from geomap.settings import Settings
from tests.test_reuse import ROOT, FakeParser, articles


def _stopped_after(n: int, items: list, staging: Path, cut: Path, settings: Settings) -> int:
    """Parse ``items`` into a store, stopped (Ctrl-C) after ``n`` articles; keep them at ``cut``."""
    staging.mkdir(parents=True, exist_ok=True)
    store = ParsedStore(None, staging, settings, cut)
    try:
        for k, _ in enumerate(parse_reusing(FakeParser(), items, store), 1):
            if k == n:
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        return store.keep_interrupted(cut)
    raise AssertionError("not stopped")


def _resume(
    items: list, staging: Path, cut: Path, settings: Settings
) -> tuple[FakeParser, ParsedStore]:
    staging.mkdir(parents=True, exist_ok=True)
    parser, store = FakeParser(), ParsedStore(None, staging, settings, cut)
    list(parse_reusing(parser, items, store))
    store.close()
    return parser, store


def test_the_next_run_takes_what_the_stopped_one_parsed(tmp_path: Path) -> None:
    cut = tmp_path / ".out.geomap-interrupted.sqlite"
    assert _stopped_after(3, articles(6), tmp_path / "one", cut, Settings()) == 3
    assert not list(tmp_path.glob("*.tmp-*"))  # written whole, then renamed
    parser, store = _resume(articles(6), tmp_path / "two", cut, Settings())
    assert parser.parsed == ["a3", "a4", "a5"]
    assert store.reused == store.resumed == 3


def test_a_second_stop_keeps_the_first_ones_too(tmp_path: Path) -> None:
    cut = tmp_path / "cut.sqlite"
    _stopped_after(4, articles(6), tmp_path / "one", cut, Settings())
    # stopped again before it reached the ones kept: they stay, with its own
    assert _stopped_after(1, articles(6)[::-1], tmp_path / "two", cut, Settings()) == 5
    parser, store = _resume(articles(6), tmp_path / "three", cut, Settings())
    assert parser.parsed == ["a4"] and store.resumed == 5  # a4: parsed, never handed on


def test_other_settings_take_nothing_from_it(tmp_path: Path) -> None:
    cut = tmp_path / "cut.sqlite"
    _stopped_after(3, articles(6), tmp_path / "one", cut, Settings())
    parser, store = _resume(articles(6), tmp_path / "two", cut, Settings(focus=False))
    assert len(parser.parsed) == 6 and store.resumed == 0


def test_a_damaged_file_is_ignored_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(b"SQLite format 3\x00" + b"\xff" * 300)
    with caplog.at_level(logging.WARNING, logger="geomap.reuse"):
        parser, store = _resume(articles(2), tmp_path / "two", cut, Settings())
    assert len(parser.parsed) == 2 and store.resumed == 0
    assert "an interrupted run parsed cannot be read" in caplog.text


@pytest.mark.model
def test_a_map_stopped_while_parsing_writes_nothing_and_the_next_takes_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geomap.io import KNOWN_FILES
    from geomap.outdir import OutputDir
    from geomap.run import map_inputs
    from geomap.sink import OutputSink

    here = Settings.from_env(parse_beside=False)  # the process's model, loaded once
    add = OutputSink.add
    calls = []

    def stop_at_the_second(self: OutputSink, item: object) -> None:
        calls.append(item)
        if len(calls) == 2:
            raise KeyboardInterrupt
        add(self, item)  # type: ignore[arg-type]

    monkeypatch.setattr(OutputSink, "add", stop_at_the_second)
    with pytest.raises(KeyboardInterrupt), OutputDir(tmp_path / "out", KNOWN_FILES) as out:
        map_inputs([ROOT / "seeds"], out, settings=here)
    cut = out.interrupted_path
    assert not (tmp_path / "out").exists()  # nothing written
    with sqlite3.connect(cut) as conn:
        assert conn.execute("SELECT count(*) FROM parsed").fetchone() == (2,)
    monkeypatch.setattr(OutputSink, "add", add)
    with OutputDir(tmp_path / "out", KNOWN_FILES) as out:
        result = map_inputs([ROOT / "seeds"], out, settings=here)
    assert result.resumed == result.reused == 2
    assert (tmp_path / "out" / PARSED_FILE).is_file() and not cut.exists()
