"""Work for the spawned processes of tests/test_quick_exit.py (importable in the child)."""

from __future__ import annotations

import atexit
import os
import sys
from pathlib import Path

#: What a process keeps until the interpreter's teardown frees it.
KEPT: list[object] = []


class LeavesMark:
    """Writes a file when freed (by the interpreter's teardown, if nothing earlier)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __del__(self, _open: object = os.open, _close: object = os.close) -> None:
        _close(_open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))  # type: ignore[operator]


def leave_marks(folder: str, code: int | None) -> None:
    """Register an atexit mark, keep an object that marks when freed, end with ``code``."""
    atexit.register(lambda: Path(folder, "atexit").write_text("ran", encoding="utf-8"))
    KEPT.append(LeavesMark(str(Path(folder, "teardown"))))
    print("said before the end", flush=False)  # left in the buffer: flushed at the exit
    if code is not None:
        sys.exit(code)


def fail() -> None:
    """Raise: the process ends with 1."""
    raise RuntimeError("a failure in the child")
