"""``--log-file`` lines are one line each, escaped, and a full disk is said once (rev41).

A name holding a line break forged a log line of its own and escape sequences
ran in the terminal that showed the file (``tail -f``); a log file on a full disk
printed logging's "--- Logging error ---" and a traceback for every record.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from geomap.cli.logs import configure_logging


@pytest.fixture(autouse=True)
def _restore() -> object:
    yield
    configure_logging(0, None)


def test_a_logged_name_cannot_forge_a_line_or_run_escapes(tmp_path: Path) -> None:
    log = tmp_path / "run.log"
    configure_logging(0, log)
    name = "x\n2026-12-05 10:00:00,000 INFO geomap.run: FORGED\x1b[31m"
    logging.getLogger("geomap.test").info("read %s", name)
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("geomap.test").warning("failed", exc_info=True)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert "INFO geomap.test: read x\\n2026-12-05" in lines[0] and "\\u001b[31m" in lines[0]
    assert not any(line.startswith("2026-12-05 10:00:00,000") for line in lines)
    assert "\x1b" not in log.read_text(encoding="utf-8")
    assert lines[-1] == "ValueError: boom"  # a traceback keeps its lines


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_log_file_that_cannot_be_written_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(0, Path("/dev/full"))
    for n in range(5):
        logging.getLogger("geomap.test").info("record %d", n)
    err = capsys.readouterr().err
    assert err.count("the log file cannot be written") == 1
    assert "Logging error" not in err and "Traceback" not in err


def test_the_lines_printed_on_stderr_go_to_the_log_file_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from geomap.cli.console import error, say

    log = tmp_path / "run.log"
    configure_logging(0, log)
    error("/in/a.txt: no such file or folder")
    say("geomap: empty: /in/b.txt: empty article (no text)", err=True)
    say("Kyiv  3 claims", err=False)  # a command's answer on stdout is no log line
    printed = capsys.readouterr().err.splitlines()
    assert printed == [
        "geomap: error: /in/a.txt: no such file or folder",
        "geomap: empty: /in/b.txt: empty article (no text)",
    ]  # each once: the log record is not printed again
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("ERROR geomap.console: error: /in/a.txt: no such file or folder")
    assert lines[1].endswith("INFO geomap.console: empty: /in/b.txt: empty article (no text)")


def test_a_printed_line_is_not_printed_twice_without_logging_set_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from geomap.cli.console import error

    for handler in list(logging.getLogger("geomap").handlers):
        logging.getLogger("geomap").removeHandler(handler)
    error("/in/a.txt: no such file or folder")
    assert capsys.readouterr().err.splitlines() == [
        "geomap: error: /in/a.txt: no such file or folder"
    ]
