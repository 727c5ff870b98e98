"""A run stopped by a signal exits though a thread would hold its exit for ever."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import threading
    from geomap.cli import _exit_past_stuck_threads
    gate = threading.Event()
    threading.Thread(target=gate.wait).start()  # not a daemon: Python's exit would wait
    _exit_past_stuck_threads(143, grace=0.2)
    print("not reached")
    """
)


def test_a_stuck_thread_does_not_hold_a_stopped_runs_exit() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 143
    assert "not reached" not in done.stdout


def test_without_a_stuck_thread_the_exit_goes_on_as_before() -> None:
    script = SCRIPT.replace("gate.wait", "gate.set")  # the thread ends at once
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and "not reached" in done.stdout  # returned: the exit as before
