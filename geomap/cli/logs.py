"""``-v/--verbose`` and ``--log-file``: the stdlib :mod:`logging` set up for a command.

Everything geomap logs goes through loggers under ``geomap`` (``geomap.run``,
``geomap.gazetteer.builder``...).  On stderr: warnings by default, ``-v`` adds
info (what is read, loaded and written), ``-vv`` debug (the traceback of an
article whose processing failed).  ``GEOMAP_DEBUG=1`` is ``-vv``.
``--log-file PATH`` appends the same records, with times, to ``PATH`` (at least
info level).  Log lines on the terminal have control characters escaped, as
every other line geomap prints (:func:`geomap.sanitize.terminal_text`).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from geomap.sanitize import terminal_text

#: The logger every geomap module logs under.
LOGGER = "geomap"
_TAG = "_geomap_cli"
#: The logger of the lines a command prints on stderr (problems, warnings, counts): they go
#: to ``--log-file`` too, never a second time to the terminal.
CONSOLE = f"{LOGGER}.console"


class _Stderr(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record comes (tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == CONSOLE:
            return  # printed already
        try:
            sys.stderr.write(terminal_text(self.format(record), keep_newlines=True) + "\n")
            sys.stderr.flush()
        except Exception:
            self.handleError(record)


class _Lower(logging.Formatter):
    """``geomap: info: message``, like geomap's other stderr lines."""

    def format(self, record: logging.LogRecord) -> str:
        return f"geomap: {record.levelname.lower()}: {super().format(record)}"


class _Escaped(logging.Formatter):
    """A log file's line: the message on one line, its control characters escaped.

    A file name holding a line break (``"x\\n2026-12-05 ... INFO geomap.run: wrote"``)
    forged a log line of its own, and one holding escape sequences ran them in the
    terminal that shows the file (``tail -f``); a traceback keeps its lines.
    """

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 (logging's name)
        record.message = terminal_text(record.message, keep_newlines=False)
        return super().formatMessage(record)


class _LogFile(logging.FileHandler):
    """Appends to ``--log-file``; a write that fails (a full disk) is said once, not per record."""

    failed = False

    def flush(self) -> None:
        """Flush, saying once if it fails."""
        try:
            super().flush()
        except OSError:
            self.handleError(None)

    def close(self) -> None:
        """Close; what could not be flushed is lost, as said."""
        try:
            super().close()
        except OSError:
            self.handleError(None)

    def handleError(self, record: logging.LogRecord | None) -> None:  # noqa: N802 (logging's name)
        if self.failed:
            return
        self.failed = True
        self.setLevel(logging.CRITICAL + 1)  # no more records: each would fail again
        problem = sys.exc_info()[1]
        reason = getattr(problem, "strerror", None) or problem
        line = f"geomap: warning: {self.baseFilename}: the log file cannot be written ({reason}); "
        sys.stderr.write(
            terminal_text(line + "no more is logged to it", keep_newlines=False) + "\n"
        )


def level_for(verbose: int) -> int:
    """0 -> WARNING, 1 -> INFO, 2 or more -> DEBUG (``GEOMAP_DEBUG=1``: DEBUG)."""
    if os.environ.get("GEOMAP_DEBUG"):
        verbose = max(verbose, 2)
    return logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG


def configure_logging(verbose: int = 0, log_file: Path | None = None) -> None:
    """Send geomap's log records to stderr at the level ``verbose`` asks, and to ``log_file``.

    Calling it again replaces the handlers it installed before.

    Raises
    ------
    OSError
        When ``log_file`` cannot be opened for appending.
    """
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if getattr(h, _TAG, False)]:
        logger.removeHandler(handler)
        handler.close()
    level = level_for(verbose)
    stderr = _Stderr(level)
    stderr.setFormatter(_Lower("%(message)s"))
    handlers: list[logging.Handler] = [stderr]
    if log_file is not None:
        if log_file.is_dir():
            raise IsADirectoryError(21, "is a folder", str(log_file))
        to_file = _LogFile(log_file, mode="a", encoding="utf-8")
        to_file.setLevel(min(level, logging.INFO))
        to_file.setFormatter(_Escaped("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(to_file)
    for handler in handlers:
        setattr(handler, _TAG, True)
        logger.addHandler(handler)
    logger.setLevel(min(h.level for h in handlers))
