"""A run stopped by Ctrl-C or a signal exits at once: nothing under way is waited for."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from concurrent.futures import CancelledError
from pathlib import Path
from typing import Any

import pytest

from geomap.gazetteer import Gazetteer
from geomap.mapping.area_shapes import AreaShape, AreaShapes
from geomap.parallel import WorkerPool
from geomap.processes import STOPPING_SIGNALS
from geomap.processes import signals_blocked as _signals_blocked
from geomap.records import Place
from tests.tiny_gazetteer import _p

ROOT = Path(__file__).resolve().parents[1]


class _Stuck(AreaShapes):
    """Shapes whose making waits for ``release`` (a union that takes its time)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__(gazetteer)
        self.started = threading.Event()
        self.release = threading.Event()

    def _make(self, place: Place, gazetteer: Gazetteer) -> AreaShape | None:
        self.started.set()
        self.release.wait()
        return None


def test_closing_the_shapes_without_waiting_leaves_the_one_being_made() -> None:
    ukraine = _p("1", "Ukraine", "country", "UA", 31.0, 49.0)
    poland = _p("2", "Poland", "country", "PL", 19.0, 52.0)
    shapes = _Stuck(Gazetteer.from_places([ukraine, poland]))
    shapes.make_soon(ukraine)
    shapes.make_soon(poland)
    pending = shapes._pending[poland.place_id]
    assert shapes.started.wait(60)
    maker = shapes._maker
    assert maker is not None and maker._thread.daemon  # the exit does not wait for it
    try:
        shapes.close(wait=False)  # returns while Ukraine's shape is being made
        assert pending.cancelled() and maker._thread.is_alive()
        with pytest.raises(CancelledError):
            pending.result()
    finally:
        shapes.release.set()
    maker._thread.join()


def test_closing_the_shapes_waits_for_the_one_being_made_by_default() -> None:
    ukraine = _p("1", "Ukraine", "country", "UA", 31.0, 49.0)
    shapes = _Stuck(Gazetteer.from_places([ukraine]))
    shapes.make_soon(ukraine)
    assert shapes.started.wait(60)
    maker = shapes._maker
    assert maker is not None
    shapes.release.set()
    shapes.close()
    assert not maker._thread.is_alive()


_BLOCKED = "print(open('/proc/self/status').read().split('SigBlk:')[1].split()[0])"


def _blocked(mask: str) -> set[int]:
    bits = int(mask, 16)
    return {sig for sig in STOPPING_SIGNALS if bits & (1 << (sig - 1))}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_process_started_while_the_signals_are_held_back_starts_with_them_blocked() -> None:
    """Ctrl-C reaches every process of the job: a worker still starting must not get it."""
    with _signals_blocked():
        child = subprocess.run([sys.executable, "-c", _BLOCKED], capture_output=True, text=True)
    assert _blocked(child.stdout.strip()) == STOPPING_SIGNALS
    assert not STOPPING_SIGNALS & signal.pthread_sigmask(signal.SIG_BLOCK, set())  # restored


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_unblocks_sigterm_and_ignores_sigint() -> None:
    """Its parent stops it with SIGTERM; Ctrl-C stays the parent's."""
    script = (
        "import signal\n"
        "from geomap.worker import _worker_signals\n"
        "_worker_signals()\n"
        "assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN\n"
        f"{_BLOCKED}\n"
    )
    with _signals_blocked():
        child = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT
        )
    assert child.returncode == 0, child.stderr
    assert _blocked(child.stdout.strip()) == {signal.SIGINT}


class _Pool:
    """A pool whose orderly shutdown is interrupted (Ctrl-C while the workers finish)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self._processes: dict[int, Any] = {}

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self.calls.append(("shutdown", wait))
        if wait:
            raise KeyboardInterrupt


def test_ctrl_c_while_the_workers_finish_stops_them_at_once() -> None:
    pool = WorkerPool.__new__(WorkerPool)
    fake = _Pool()
    pool._pool = fake  # type: ignore[assignment]
    with pytest.raises(KeyboardInterrupt):
        pool.close()
    assert fake.calls == [("shutdown", True), ("shutdown", False)]  # then terminated


def test_terminated_pool_leaves_no_thread_of_its_own() -> None:
    """Its manager thread frees the pool's queues as it ends: the exit must not cut it short
    (a "leaked semaphore" warning), nor wait for it through Python's teardown."""
    from geomap.settings import Settings

    pool = WorkerPool(Settings(model="geomap_no_such_model"), 2)  # workers start, load nothing
    with pytest.raises(Exception, match="geomap_no_such_model"):
        pool._info.result(timeout=300)
    threads = [pool._pool._executor_manager_thread, pool._pool._call_queue._thread]  # type: ignore[attr-defined]
    assert all(t is not None and t.is_alive() for t in threads)
    pool.terminate()
    assert not any(t.is_alive() for t in threads)
