"""How the pool's parsing processes start and end.

- :func:`signals_blocked`: the signals that stop a run (:data:`STOPPING_SIGNALS`)
  held back in the thread that starts a process, so the process starts with them
  blocked (:func:`geomap.worker._worker_signals` unblocks the ones it obeys).
- :func:`spawn_context`: spawned processes that end without the interpreter's
  teardown.  A spawned process returns from its work, then Python tears the
  interpreter down: every module cleared, every object freed one by one, the
  model's among them (about 0.15 s of CPU per parsing process, while the run
  waits for its workers before writing the last files, and again for each worker
  recycled).  A :class:`QuickExitProcess` runs the ``atexit`` handlers and flushes
  the standard streams, as that teardown would, then ends with its exit code
  (:func:`os._exit`), as a forked process always does.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import Any

#: The signals that stop a run (:func:`geomap.cli._stop_on_signals`).
STOPPING_SIGNALS = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def signals_blocked() -> Iterator[None]:
    """Block the signals that stop a run in this thread (POSIX), its previous mask restored.

    SIGINT, SIGTERM and SIGHUP (:data:`STOPPING_SIGNALS`); elsewhere, nothing.
    """
    block = getattr(signal, "pthread_sigmask", None)
    if block is None:
        yield
        return
    before = block(signal.SIG_BLOCK, STOPPING_SIGNALS)
    try:
        yield
    finally:
        block(signal.SIG_SETMASK, before)


class QuickExitProcess(SpawnProcess):
    """A spawned process that ends with its exit code, skipping the interpreter's teardown."""

    def _bootstrap(self, parent_sentinel: Any = None) -> int:
        """Run the process (:class:`multiprocessing.Process`'s own), then end at once.

        What ``_bootstrap`` returns is the exit code (0, a ``sys.exit`` code, 1 after
        an uncaught exception, reported on stderr); the threads were joined and the
        standard streams flushed.  What the interpreter's exit would still do that
        matters is the ``atexit`` handlers (logging's flush, ``weakref.finalize``
        hooks): run here.
        """
        code = super()._bootstrap(parent_sentinel)  # type: ignore[misc]
        try:
            atexit._run_exitfuncs()
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    if stream is not None:
                        stream.flush()
                except (OSError, ValueError):  # closed, or a pipe nobody reads
                    pass
            os._exit(code)


class QuickExitContext(SpawnContext):
    """The spawn start method, its processes :class:`QuickExitProcess`."""

    Process = QuickExitProcess


def spawn_context() -> QuickExitContext:
    """A multiprocessing context for a pool of spawned processes that end quickly."""
    return QuickExitContext()
