"""Open a regular file without blocking, and read it within a size limit.

Split from :mod:`geomap.io.files` (which finds the inputs): a FIFO, a device or a
socket swapped in after the folder scan is refused on the open descriptor, and no
file is read past the size it had when opened.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import Any, BinaryIO

from geomap.errors import InputError

#: One mebibyte: the unit of the readers' size limits and read sizes.
MIB = 1 << 20


def special_kind(mode: int) -> str:
    """What a file that is not a regular one is: "a FIFO (named pipe)", "a socket", ..."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def open_regular(path: Path, max_bytes: int) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file of at most ``max_bytes``.

    The file is opened without blocking and checked on the open descriptor, so
    a FIFO or device swapped in after the folder scan is refused, not read.

    Raises
    ------
    geomap.errors.InputError
        Naming the path and the problem.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: {special_kind(st.st_mode)}, not read")
        if max_bytes and st.st_size > max_bytes:
            raise InputError(
                f"{path}: {st.st_size / 1e6:.1f} MB is over the limit of "
                f"{max_bytes / 1e6:g} MB per article; raise it with --max-article-mb"
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        raw = os.fdopen(fd, "rb", buffering=0)
        # Never read past the size the file had when opened: /proc and /sys files
        # claim 0 bytes and could be read without end.
        return io.BufferedReader(_Limited(raw, st.st_size))
    except BaseException:
        os.close(fd)
        raise


class _Limited(io.RawIOBase):
    """A raw reader that stops after ``limit`` bytes."""

    def __init__(self, raw: Any, limit: int) -> None:
        super().__init__()
        self._raw = raw
        self._left = limit

    def readable(self) -> bool:
        """Yes."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Read into ``buffer``, never past the limit."""
        if self._left <= 0:
            return 0
        view = memoryview(buffer)[: self._left]
        n = self._raw.readinto(view) or 0
        self._left -= n
        return n

    def close(self) -> None:
        """Close the file."""
        self._raw.close()
        super().close()


def read_bounded(fh: BinaryIO, path: Path, max_bytes: int) -> bytes:
    """Read a whole file, refusing one that grew past ``max_bytes`` while being read."""
    data = fh.read(max_bytes + 1) if max_bytes else fh.read()
    if max_bytes and len(data) > max_bytes:
        raise InputError(
            f"{path}: over the limit of {max_bytes / 1e6:g} MB per article; "
            "raise it with --max-article-mb"
        )
    return data
