"""The ``geomap`` program: the command line, then an exit that skips Python's teardown.

A map run has imported GDAL, pandas, shapely, scipy and folium; when it is done,
Python's finalisation frees their modules and objects one by one, 0.2-0.3 s of a
2 s run of the seeds (measured: the time from the last exit handler to the
process's end).  Once the command has returned, every file is written and closed
(a run's outputs are committed before it returns) and no other thread runs but
daemons, whose work is done or abandoned (a run stopped by Ctrl-C), so
:func:`run` runs the exit handlers (logging's flush and close among them),
flushes the standard streams and ends the process with :func:`os._exit`.
Under a tracer or profiler (coverage, cProfile), or with ``GEOMAP_DEBUG`` set, or
while another thread (not a daemon) runs, it exits the usual way.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading

from geomap.cli import main


def run() -> None:
    """Run :func:`geomap.cli.main` and end the process with its exit code."""
    try:
        main()
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    quick_exit(code)


def exit_status(code: object) -> int:
    """The process status of a ``SystemExit`` code, as Python gives it (a text is printed, 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1


def quick_exit(code: object) -> None:
    """End the process with ``code``: at once when that is safe, else by ``sys.exit``."""
    status = exit_status(code)
    usual = (
        _other_threads()
        or sys.gettrace() is not None
        or sys.getprofile() is not None
        or bool(os.environ.get("GEOMAP_DEBUG"))
    )
    if usual:
        sys.exit(status)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        # a closed pipe ('geomap ... | head') or stream: nothing more to write there
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(status)


def _other_threads() -> bool:
    """Whether a thread besides the main one runs that Python's exit would wait for.

    Daemon threads are not waited for (the language detector's load, the writers'
    preparation, a map shape a stopped run leaves half made): they end with the
    process either way.
    """
    main = threading.main_thread()
    return any(t is not main and not t.daemon and t.is_alive() for t in threading.enumerate())
