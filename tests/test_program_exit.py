"""The geomap program's exit: exit handlers run and streams flushed, then no teardown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from geomap.cli.program import exit_status, quick_exit

ROOT = Path(__file__).resolve().parents[1]


def test_exit_status_follows_python() -> None:
    assert exit_status(None) == 0
    assert exit_status(3) == 3
    assert exit_status("a message") == 1


def test_quick_exit_runs_the_handlers_flushes_and_keeps_the_status(tmp_path: Path) -> None:
    marker = tmp_path / "handler-ran"
    script = (
        "import atexit, sys\n"
        "from geomap.cli.program import quick_exit\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').write('yes'))\n"
        "sys.stdout.write('buffered, no newline')\n"
        "quick_exit(5)\n"
        "print('never')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 5
    assert done.stdout == "buffered, no newline"  # flushed before the process ended
    assert marker.read_text() == "yes"  # the exit handlers ran (logging's flush is one)


def test_quick_exit_exits_the_usual_way_while_another_thread_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("threading.active_count", lambda: 2)
    with pytest.raises(SystemExit) as stopped:
        quick_exit(4)
    assert stopped.value.code == 4


def test_the_program_writes_its_log_file_before_it_ends(tmp_path: Path) -> None:
    log = tmp_path / "run.log"
    done = subprocess.run(
        [sys.executable, "-m", "geomap", "map", str(tmp_path / "missing.txt"), "-o",
         str(tmp_path / "out"), "--log-file", str(log), "-v"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 1  # the input failed
    assert "missing.txt" in done.stderr
    written = log.read_text(encoding="utf-8")
    assert "1 input(s): 0 processed, 1 failed" in written and written.endswith(" s\n")
