"""A JSON Lines file's lines: each read to a limit, and from UTF-16 or UTF-32 as UTF-8.

:func:`lines_within` yields a file's lines, an over-long one skipped in bounded memory
(``None``); :func:`wide_encoding` tells a file PowerShell or Notepad wrote in UTF-16 or
UTF-32, and :class:`Utf8Lines` reads its lines as UTF-8 bytes, as
:func:`geomap.io.corpora.read_jsonl` reads every other file.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from geomap.io.bounded import MIB
from geomap.io.encoding import bom_encoding, utf16_without_bom


def lines_within(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes)``; ``None`` for a line longer than ``limit``."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1) if limit else fh.readline()
        if not line:
            return
        lineno += 1
        if limit and len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line
                rest = fh.readline(MIB)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


class Utf8Lines:
    """The lines of a UTF-16 or UTF-32 text stream, as UTF-8 bytes (``readline`` only)."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self._text = text

    def readline(self, size: int = -1) -> bytes:
        """One line (at most ``size`` characters), encoded as UTF-8."""
        return self._text.readline(size).encode("utf-8", "surrogatepass")


def wide_encoding(fh: BinaryIO) -> str | None:
    """UTF-16 or -32 with a byte-order mark, or UTF-16 without one (by where its NULs fall)."""
    head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
    encoding = bom_encoding(head[:4])
    if encoding is None and b"\x00" in head:
        return utf16_without_bom(head, whole=False)
    return encoding if encoding in ("utf-16", "utf-32") else None
