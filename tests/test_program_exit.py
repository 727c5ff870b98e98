"""The geomap program's exit: exit handlers run and streams flushed, then no teardown."""

from __future__ import annotations

import subprocess
import sys
import threading
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


def test_quick_exit_exits_the_usual_way_while_another_thread_runs() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)  # not a daemon: Python's exit waits for it
    other.start()
    try:
        with pytest.raises(SystemExit) as stopped:
            quick_exit(4)
    finally:
        release.set()
        other.join()
    assert stopped.value.code == 4


def test_a_daemon_thread_does_not_keep_the_teardown() -> None:
    """A daemon's work is done or abandoned (a stopped run's half-made shape): the quick exit."""
    script = (
        "import threading\n"
        "from geomap.cli.program import quick_exit\n"
        "class Torn:\n"
        "    def __del__(self):\n"
        "        print('torn down', flush=True)\n"
        "kept = Torn()\n"
        "threading.Thread(target=threading.Event().wait, daemon=True).start()\n"
        "quick_exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 3
    assert "torn down" not in done.stdout  # no teardown: the module's objects never freed


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
    assert "1 input(s): 0 processed, 1 failed" in written and written.endswith("\n")
    assert "ERROR geomap.console: error: " in written and "missing.txt" in written
