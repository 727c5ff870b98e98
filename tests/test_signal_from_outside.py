"""A stop signal sent from outside (``kill -INT PID``) while a run writes its outputs.

The run is a background command of a script: a shell without job control starts it
with SIGINT ignored, and geomap used to keep it so (``kill -INT`` was then without
effect: the run wrote its outputs and exited 0).  The signal is sent by this test
once the run says it is writing (a writer held until the signal comes), so nothing
depends on timing; the subprocess' timeout is only a guard.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from geomap.cli.exits import ExitCode
from geomap.result import Result
from geomap.run import write_outputs

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[1]
READY = "TEST-READY"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def previous(seed_result: Result, tmp_path: Path) -> Path:
    """An output folder holding a complete earlier run."""
    out = tmp_path / "out"
    write_outputs(seed_result, out, title="earlier run")
    return out


def _as_a_background_command() -> None:
    """How ``geomap map ... &`` in a script starts: SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


#: The writers hold on until a signal stops the run (it never comes back from here).
HOLD_WRITING = """
import threading
import geomap.sink

def held(self, result, gazetteer):
    print("{ready}", file=sys.stderr, flush=True)
    threading.Event().wait()
    raise AssertionError("the signal did not stop the run")

geomap.sink.OutputSink.finish = held
"""

#: The swap waits for the signal's handler to have run, then goes on.
HOLD_SWAP = """
import threading
import geomap.outdir

swap = geomap.outdir.exchange

def held(a, b):
    came = threading.Event()
    handler = signal.getsignal(SIG)

    def seen(signum, frame):
        came.set()
        return handler(signum, frame)

    signal.signal(SIG, seen)
    print("{ready}", file=sys.stderr, flush=True)
    while not came.wait(0.05):
        pass
    return swap(a, b)

geomap.outdir.exchange = held
"""


def _signalled_run(previous: Path, hold: str, sig: signal.Signals) -> tuple[int, str]:
    """Run ``geomap map seeds -o previous`` with ``hold``; send ``sig`` once it is ready."""
    script = (
        textwrap.dedent(
            f"""
        import signal, sys
        SIG = signal.{sig.name}
        """
        )
        + hold.format(ready=READY)
        + textwrap.dedent(
            f"""
        from geomap.cli import main
        sys.argv = ["geomap", "map", {str(ROOT / "seeds")!r}, "-o", {str(previous)!r}, "-q",
                    "--title", "later run"]
        main()
        """
        )
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_a_background_command,
    )
    assert proc.stderr is not None
    lines = []
    try:
        for line in proc.stderr:
            lines.append(line)
            if line.strip() == READY:
                proc.send_signal(sig)
                break
        lines.append(proc.stderr.read())
        code = proc.wait(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return code, "".join(lines)


@pytest.mark.parametrize(
    ("sig", "code", "name"),
    [
        (signal.SIGINT, ExitCode.INTERRUPTED, "Ctrl-C (SIGINT)"),
        (signal.SIGTERM, ExitCode.TERMINATED, "SIGTERM"),
    ],
)
def test_a_signal_while_writing_stops_the_run_and_leaves_the_previous_outputs(
    previous: Path, sig: signal.Signals, code: int, name: str
) -> None:
    before = _snapshot(previous)
    got, err = _signalled_run(previous, HOLD_WRITING, sig)
    assert got == code == 128 + sig, err
    assert f"stopped by {name}: nothing written (any previous outputs are untouched)" in err
    assert "Traceback" not in err
    assert _snapshot(previous) == before
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


def test_ctrl_c_during_the_swap_lets_it_finish_and_says_so(previous: Path) -> None:
    """(SIGTERM follows the same rule: test_hostile_outputs.py.)"""
    name = "Ctrl-C (SIGINT)"
    before = _snapshot(previous)
    got, err = _signalled_run(previous, HOLD_SWAP, signal.SIGINT)
    assert got == ExitCode.OK, err
    assert (
        f"geomap: warning: {name} came while the new outputs were being swapped in: "
        "the swap was finished, the new outputs are complete"
    ) in err
    after = _snapshot(previous)
    assert b"later run" in after["map.html"] != before["map.html"]
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))
