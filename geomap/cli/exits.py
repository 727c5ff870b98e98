"""The exit codes of every geomap command: one table, used by all of them.

=====  ==============================================================================
code   meaning
=====  ==============================================================================
0      every input was processed
1      some inputs failed (the others were processed; report.json says why for each)
2      a usage or configuration error: a bad option or argument, an unusable output
       path, a missing model, a missing or corrupt gazetteer, a missing dependency;
       or a run that could not finish (a parsing process killed, the disk full
       while writing): nothing written, the previous outputs untouched
130    stopped by Ctrl-C (SIGINT): nothing written, the previous outputs untouched
143    stopped by SIGTERM (129 by SIGHUP): nothing written, the previous outputs untouched
=====  ==============================================================================

Click's own usage errors (an unknown option, a missing argument) already exit 2.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """How a geomap command ended (see the module's table)."""

    OK = 0
    INPUTS_FAILED = 1
    USAGE = 2
    #: Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it.
    INTERRUPTED = 130
    #: Stopped by SIGTERM: 128 + the signal's number, as shells report it (129 for SIGHUP).
    TERMINATED = 143


#: A command stopped by signal ``n`` exits ``SIGNAL_BASE + n``.
SIGNAL_BASE = 128

#: The stop line's end for a command that writes an output folder or a file.
OUTPUTS_UNTOUCHED = "nothing written (any previous outputs are untouched)"
#: What a stopped Dask run keeps besides.
DASK_KEPT = "the finished Dask partitions are kept: the same command resumes from them"
#: What a stopped local run keeps besides (:meth:`geomap.reuse.ParsedStore.keep_interrupted`).
PARSED_KEPT = "the articles parsed so far are kept: the same command resumes from them"


def map_leaves(dask: str | None, kept: Path | None = None) -> str:
    """What ``geomap map`` leaves when a signal stops it.

    A Dask run keeps its partitions; a local run the articles it parsed, when the
    file ``kept`` (:attr:`geomap.outdir.OutputDir.interrupted_path`, read by the
    next run into the same folder unless ``--reparse``) is there.

    >>> map_leaves(None) == OUTPUTS_UNTOUCHED
    True
    """
    if dask:
        return f"{OUTPUTS_UNTOUCHED}; {DASK_KEPT}"
    if kept is not None and kept.is_file():
        return f"{OUTPUTS_UNTOUCHED}; {PARSED_KEPT}"
    return OUTPUTS_UNTOUCHED


#: What the running command leaves when a signal stops it (:func:`on_stop`).
_ON_STOP: list[str | Callable[[], str]] = []


def on_stop(leaves: str | Callable[[], str]) -> None:
    """Say what the running command leaves if a signal stops it, in its stop line.

    ``geomap map`` leaves its previous outputs (:data:`OUTPUTS_UNTOUCHED`); ``geomap
    claims``, which writes no files, only had not shown its claims yet.  A callable
    is asked when the command has stopped (what was kept is known only then).
    """
    _ON_STOP[:] = [leaves]


def stop_line(stopped_by: str) -> str:
    """The line that ends a command stopped by ``stopped_by`` ("Ctrl-C (SIGINT)").

    >>> on_stop(OUTPUTS_UNTOUCHED); stop_line("SIGTERM")
    'stopped by SIGTERM: nothing written (any previous outputs are untouched)'
    """
    if not _ON_STOP:
        return f"stopped by {stopped_by}"
    leaves = _ON_STOP[-1]
    return f"stopped by {stopped_by}: {leaves() if callable(leaves) else leaves}"


#: The table as shown in ``geomap --help`` (``\b`` keeps click from rewrapping it).
EXIT_CODES_HELP = (
    "\b\n"
    "Exit codes (every command):\n"
    "  0  every input processed\n"
    "  1  some inputs failed (the others are processed; report.json says why)\n"
    "  2  usage or configuration error: bad option, unusable output path, missing\n"
    "     model, missing or corrupt gazetteer, missing dependency; or a run that\n"
    "     could not finish (killed worker, disk full): previous outputs untouched\n"
    "  130  stopped by Ctrl-C (SIGINT): nothing written, previous outputs untouched\n"
    "  143  stopped by SIGTERM: nothing written, previous outputs untouched"
)
