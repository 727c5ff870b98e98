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
