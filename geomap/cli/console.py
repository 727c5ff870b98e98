"""Everything the CLI prints goes through :func:`say`: input text made inert first."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import typer

from geomap.cli.logs import CONSOLE
from geomap.cli.summary_lines import kinds_line, spaced_name
from geomap.sanitize import quoted, terminal_text

if TYPE_CHECKING:
    from geomap.result import Result

log = logging.getLogger(__name__)
_console = logging.getLogger(CONSOLE)
_console.addHandler(logging.NullHandler())  # never Python's last-resort line on stderr
#: The log level of a printed line, by its first word.
_LEVELS = {"error": logging.ERROR, "warning": logging.WARNING}


def say(text: str, *, err: bool = False, nl: bool = True, lines: bool = True) -> None:
    """Print ``text`` with control characters escaped (see :func:`geomap.sanitize.terminal_text`).

    Article text, ids and file names can hold terminal escape sequences; they
    are shown as ``\\u001b[...`` instead of being obeyed.  ``lines=False`` escapes
    newlines too, for a message that must stay one line (a forged "geomap: error:"
    line in a file name is then shown as text).
    """
    typer.echo(terminal_text(text, keep_newlines=lines), err=err, nl=nl)
    if err and text.strip():  # a problem, warning or count: in --log-file too
        line = text.removeprefix("geomap: ")
        _console.log(_LEVELS.get(line.split(":", 1)[0], logging.INFO), "%s", line)


def error(text: str) -> None:
    """Print ``geomap: error: text`` to stderr."""
    say(f"geomap: error: {text}", err=True, lines=False)


#: Lines of each kind (problems, warnings) printed before the rest is only counted.
MAX_LINES = 20


def report_failures(result: Result, *, report: bool = True) -> None:
    """Print to stderr the inputs that failed or were empty, the warnings, and counts.

    At most :data:`MAX_LINES` of each kind are printed (an archive can have
    thousands); report.json lists them all.  A command that writes no report
    (``report=False``: ``geomap claims``, or a ``geomap map`` that processed no input
    and so left its output folder unchanged) logs the skipped paths, the notes and
    the lines past :data:`MAX_LINES` at info level instead, and its count lines
    point to ``-v``.
    """
    from geomap.io.files import is_unread_archive
    from geomap.io.output_folders import is_output_companion

    listed = "report.json lists them" if report else "-v lists them"
    skipped = problems = warned = unread = 0
    notes: list[str] = []
    missing: list[str] = []

    def show(count: int, line: str) -> None:
        """Print ``line`` while fewer than :data:`MAX_LINES` were; else log it (no report)."""
        if count <= MAX_LINES:
            say(f"geomap: {line}", err=True, lines=False)
        elif not report:
            log.info("%s", terminal_text(line, keep_newlines=False))

    for status in result.statuses:
        notes.extend(status.notes)
        if status.status == "error" and status.reason == f"{status.source}: no such file or folder":
            missing.append(status.source)
        if not report:
            for line in (*status.notes, *([status.reason] if status.status == "skipped" else [])):
                log.info("%s", terminal_text(line or "", keep_newlines=False))
        if status.status == "skipped" and status.language:  # no pipeline for its language
            unread += 1
            show(unread, f"not mapped: {status.reason}")
        elif status.status == "skipped" and is_unread_archive(status.reason):
            problems += 1  # articles the run may be missing: said, as a problem is
            show(problems, f"skipped: {status.reason}")
        elif status.status == "skipped":  # an output folder's other files are no news
            skipped += not is_output_companion(status.reason)
        elif status.status != "ok" and status.reason:
            problems += 1
            show(problems, f"{status.status}: {status.reason}")
        for warning in status.warnings:
            warned += 1
            show(warned, f"warning: {warning}")
    kinds = (
        (problems, "failed, empty or unread inputs"),
        (warned, "warnings"),
        (unread, "articles in languages geomap does not read"),
    )
    for count, what in kinds:
        if count > MAX_LINES:
            say(f"geomap: ... {count - MAX_LINES} more {what}; {listed}", err=True)
    if notes:
        say(
            f"geomap: {len(notes)} note(s) on how inputs were read ({kinds_line(notes)}); {listed}",
            err=True,
        )
    hint = spaced_name(missing)
    if hint is not None:
        say(
            f"geomap: hint: {quoted(hint)} exists: a name with spaces must be quoted on the "
            'command line, as in geomap map "My articles/first story.txt"',
            err=True,
            lines=False,
        )
    if skipped:
        say(
            f"geomap: {skipped} input(s) skipped (hidden paths, links to folders or out of "
            f"the folder, geomap output folders and files, saved pages' resource folders, "
            f"files already read or not article files, records repeated whole, archived "
            f"pages stored elsewhere or not from a web address); {listed}",
            err=True,
        )
