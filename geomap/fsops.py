"""File-system steps the output folder needs: an atomic swap, a flush to disk, identity.

Used by :class:`geomap.outdir.OutputDir`.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
#: Most files :func:`fsync_paths` flushes at once.
FSYNC_THREADS = 16


def same_file(fd: int, path: Path) -> bool:
    """Whether the open file ``fd`` is the one at ``path`` now."""
    try:
        at = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (at.st_dev, at.st_ino)


def umask() -> int:
    """The file-creation mask of this process (read without changing it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fsync_path(path: Path) -> None:
    """Flush a file or folder to disk (best effort where a platform cannot)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_paths(paths: Sequence[Path]) -> None:
    """:func:`fsync_path` of every path, all at once (a thread each, :data:`FSYNC_THREADS` at most).

    The flushes wait on the disk, not the processor: started together, the file
    system writes them in one go (the journal's commit shared) where one after
    another each waits for its own (a run's dozen files: 10 ms instead of 80 ms).
    Returns once every one is done.
    """
    if len(paths) <= 1:
        for path in paths:
            fsync_path(path)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(len(paths), FSYNC_THREADS), "geomap-fsync") as pool:
        list(pool.map(fsync_path, paths))


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); ``False`` if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    rc = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot swap
        return False
    raise OSError(err, os.strerror(err), str(b))
