"""geomap's command line: a typer app whose commands are thin wrappers around plain functions.

Each command group lives in its own module and registers itself on :data:`app`.
Help pages come from :mod:`geomap.cli.help` (no type hints, whole descriptions,
an example per command); exit codes from :class:`geomap.cli.exits.ExitCode`.
"""

from __future__ import annotations

import logging
import os
import shlex
import signal
import sys

import typer

from geomap.cli.exits import EXIT_CODES_HELP, SIGNAL_BASE, ExitCode, stop_line
from geomap.cli.help import Group
from geomap.sanitize import quoted

log = logging.getLogger(__name__)

app = typer.Typer(
    name="geomap",
    cls=Group,
    help="Map the places news articles talk about, and who claims what about each place.",
    epilog=(
        "Example: geomap map seeds/ -o geomap-out\n\n"
        "Every command takes -v/--verbose (repeat for debug) and --log-file PATH.\n\n"
        f"{EXIT_CODES_HELP}"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)


def _version(value: bool) -> None:
    if value:
        from geomap import __version__

        typer.echo(f"geomap {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        callback=_version,
        is_eager=True,
        help="Print geomap's version and exit.",
    ),
) -> None:
    """Map the places news articles talk about, and who claims what about each place."""


def _register() -> None:
    """Import the command modules so that they attach their commands to :data:`app`."""
    from geomap.cli import commands  # noqa: F401


def _stop_on_signals() -> None:
    """End the process on SIGTERM or SIGHUP as on an error: cleanup runs, outputs stay whole.

    By default these signals kill Python without unwinding, which would leave a run's
    staging folder beside its output.  Here they raise ``SystemExit(128 + signal)``
    (143 for SIGTERM) in the main thread, so the output folder's context removes the
    staging folder and the worker pool stops its processes; the previous outputs are
    untouched.  Once the run has begun swapping its new outputs in
    (:func:`geomap.outdir.outputs_replaced`) a signal no longer stops it: what is
    left is cleanup and the summary, and exit 143 would tell that nothing was written.
    Ctrl-C (SIGINT) follows the same rule: ``KeyboardInterrupt`` (exit 130) before the
    swap, after it a note (:func:`late_signals`) and the run goes on.

    SIGINT is taken over even when the process started with it ignored: a shell
    without job control (a script) starts its background commands so, and Python
    then installs no handler, which left ``kill -INT`` on such a run without any
    effect (it wrote its outputs and exited 0).  SIGHUP stays ignored when it is
    (``nohup``).
    """
    from geomap.outdir import outputs_replaced

    def stop(signum: int, frame: object) -> None:
        if outputs_replaced():
            _LATE.append(SIGNAL_BASE + signum)  # said once the run ends (main)
            return
        raise SystemExit(SIGNAL_BASE + signum)

    def interrupt(signum: int, frame: object) -> None:
        if outputs_replaced():
            _LATE.append(ExitCode.INTERRUPTED)
            return
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None and signal.getsignal(sig) == signal.SIG_DFL:
            signal.signal(sig, stop)
    if signal.getsignal(signal.SIGINT) in (signal.default_int_handler, signal.SIG_IGN):
        signal.signal(signal.SIGINT, interrupt)  # Ctrl-C: exit 130, the same rule


#: Exit codes of the stop signals that came once the outputs were being swapped in.
_LATE: list[int] = []


def late_signals() -> list[str]:
    """The stop signals that came once the new outputs were being swapped in, named.

    Such a signal does not stop the run (:func:`_stop_on_signals`); the run says so
    when it ends.
    """
    return list(
        dict.fromkeys(_STOPPED_BY.get(code, f"signal {code - SIGNAL_BASE}") for code in _LATE)
    )


def _say_late_signals() -> None:
    """Tell that a stop signal came too late to stop the run, and what was done instead."""
    from geomap.cli.console import say

    for name in late_signals():
        say(
            f"geomap: warning: {name} came while the new outputs were being swapped in: "
            "the swap was finished, the new outputs are complete",
            err=True,
            lines=False,
        )


#: Exit codes of a command stopped by a signal -> the signal, as the stop line names it.
_STOPPED_BY = {
    ExitCode.INTERRUPTED: "Ctrl-C (SIGINT)",
    ExitCode.TERMINATED: "SIGTERM",
    SIGNAL_BASE + 1: "SIGHUP",
}


def _dash_file_hint(args: list[str]) -> None:
    """After a usage error, say how to give a file whose name starts with ``-``.

    ``geomap map -notes.txt`` is read as options (``No such option: -n``); a user
    who meant the file is told to put ``--`` before it.
    """
    from geomap.cli.console import say

    for arg in args:
        if arg == "--":
            return
        if arg.startswith("-") and arg != "-" and os.path.lexists(arg):
            say(
                f"geomap: hint: {quoted(arg)} is a file: put -- before the file names that start "
                f"with '-' (-- {shlex.quote(arg)}), or write {shlex.quote('./' + arg)}",
                err=True,
                lines=False,
            )
            return


#: Seconds a stopped run waits for its other threads before it exits without them.
STOP_GRACE_SECONDS = 5.0


def _exit_past_stuck_threads(code: int, grace: float = STOP_GRACE_SECONDS) -> None:
    """Exit with ``code`` now if a thread would hold a stopped run's exit for ever.

    A worker process killed by the signal while it sent a result left the process
    pool's manager thread reading the rest of it, and Python's exit joins that thread:
    a run stopped by SIGTERM hung (1 time in 4 under load, seen by a kill test).  By
    now the outputs are cleaned up; the other threads get ``grace`` seconds, then the
    process ends at once.  A run whose threads end in time exits as before.
    """
    import threading
    import time

    deadline = time.monotonic() + grace
    for thread in threading.enumerate():
        if thread is threading.main_thread() or thread.daemon:
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)


def main() -> None:
    """Run the geomap command line.

    A missing dependency, or a geomap error no command caught, ends the run with
    one line naming it and exit code 2 (``-vv`` logs the traceback).
    """
    from geomap.cli.console import error
    from geomap.errors import GeomapError
    from geomap.outdir import command_started

    command_started()  # a command run in-process again hears of its own swap and signals
    _LATE.clear()
    _stop_on_signals()
    try:
        _register()
        app(prog_name="geomap")
    except SystemExit as exc:
        _say_late_signals()
        code = exc.code if isinstance(exc.code, int) else None
        stopped_by = _STOPPED_BY.get(code) if code is not None else None
        if code is not None and stopped_by is not None:  # else the run said why it ended
            error(stop_line(stopped_by))
            _exit_past_stuck_threads(code)
        elif exc.code == ExitCode.USAGE:
            _dash_file_hint(sys.argv[1:])
        raise
    except ModuleNotFoundError as exc:
        log.debug("a dependency is missing", exc_info=exc)
        error(
            f"a dependency is missing: {exc.name or exc} is not installed "
            "(reinstall geomap with its dependencies: pip install geomap)"
        )
        sys.exit(ExitCode.USAGE)
    except GeomapError as exc:
        log.debug("stopped", exc_info=exc)
        error(str(exc))
        sys.exit(ExitCode.USAGE)
