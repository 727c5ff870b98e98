"""Give the memory a parsed batch freed back to the system.

spaCy's docs of a batch are freed when the batch's records are made, but glibc's
allocator keeps most of the freed small blocks in its arenas, so a process's
resident memory between batches creeps up with the number of batches (measured:
one process parsing 960 real news articles in batches of 32, resident memory
after each batch rose to 387 MB, and stayed under 229 MB with the heap trimmed
before each batch, in the same time; the peak inside a batch is not lowered:
with two workers over 3,000 articles a worker peaked at 541 MB, 525 MB without).
:func:`release` asks glibc (``malloc_trim``) to return the free pages; where the
C library is not glibc it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any


@cache
def _malloc_trim() -> Any:
    """Return glibc's ``malloc_trim``, or ``None`` where there is none."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


def release() -> bool:
    """Return the heap's free pages to the system.

    Returns
    -------
    bool
        Whether glibc was asked (``False`` on systems without ``malloc_trim``).
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
