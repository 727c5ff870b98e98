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

from enum import IntEnum


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
