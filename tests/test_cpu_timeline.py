"""bench/cpu_timeline.py prints a CPU probe's log, an empty or cut one included."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "cpu_timeline.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cpu_timeline", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(pid: int, ev: str, wall: float, cpu: float, **extra: object) -> str:
    return json.dumps({"pid": pid, "ev": ev, "wall": wall, "cpu": cpu, **extra})


def test_an_empty_log_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "run.log"
    log.write_text("", encoding="utf-8")
    _load().main([str(log)])
    assert "no events" in capsys.readouterr().out


def test_a_log_of_blank_and_cut_lines_is_empty(tmp_path: Path) -> None:
    module = _load()
    assert module.records('\n  \n{"pid": 1, "ev": "st') == []
    assert module.timeline([])[0].startswith("no events")


def test_a_run_is_summed_by_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        _event(10, "start", 100.0, 0.5),
        _event(20, "worker_init:start", 100.5, 0.1),
        _event(20, "acc", 110.0, 9.0, acc={"worker_parse": [3, 8.0, 9.5, 101.0, 109.0]}),
        _event(10, "main_exit", 111.0, 2.5, children=9.25),
        '{"pid": 20, "ev": "exi',  # the last line, cut when the process was killed
    ]
    log = tmp_path / "run.log"
    log.write_text("\n".join(lines), encoding="utf-8")
    _load().main([str(log)])
    out = capsys.readouterr().out
    assert "worker_parse" in out and "n=    3" in out
    assert "writing process CPU 2.50 s" in out
    assert "worker 20 CPU at its exit 9.00 s" in out
    assert "run CPU 11.75 s" in out
