"""Everything the CLI prints goes through :func:`say`: input text made inert first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from geomap.sanitize import terminal_text

if TYPE_CHECKING:
    from geomap.result import Result


def say(text: str, *, err: bool = False, nl: bool = True, lines: bool = True) -> None:
    """Print ``text`` with control characters escaped (see :func:`geomap.sanitize.terminal_text`).

    Article text, ids and file names can hold terminal escape sequences; they
    are shown as ``\\u001b[...`` instead of being obeyed.  ``lines=False`` escapes
    newlines too, for a message that must stay one line (a forged "geomap: error:"
    line in a file name is then shown as text).
    """
    typer.echo(terminal_text(text, keep_newlines=lines), err=err, nl=nl)


def error(text: str) -> None:
    """Print ``geomap: error: text`` to stderr."""
    say(f"geomap: error: {text}", err=True, lines=False)


def report_failures(result: Result) -> None:
    """Print a stderr line per input that failed or was empty, per warning, and a skip count."""
    skipped = 0
    for status in result.statuses:
        if status.status == "skipped":
            skipped += 1
        elif status.status != "ok" and status.reason:
            say(f"geomap: {status.status}: {status.reason}", err=True, lines=False)
        for note in status.warnings:
            say(f"geomap: warning: {note}", err=True, lines=False)
    if skipped:
        say(
            f"geomap: {skipped} path(s) skipped (hidden, links to folders, or not article "
            "files); report.json lists them",
            err=True,
        )
