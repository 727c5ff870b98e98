"""How much of the inputs a run has read, by their files' sizes (for the progress lines).

The number of articles in a folder of corpora is known only once every file is read:
a progress line's "done 621 of 800 articles read" grew with the reading.  The
files' sizes are known up front (:func:`input_sizes`: one ``stat`` a file, at most
:data:`MAX_FILES` files), and an article's source names its file, so
:class:`BytesRead` tells which share of the inputs' bytes has been read: the files
left behind whole, and of the file being read the characters of its articles'
texts and metadata so far (at most its size: a record's field names and markup are
not counted until the file is done).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

#: Most files whose sizes are looked up (past it the total is not known: no share).
MAX_FILES = 100_000


def input_sizes(inputs: Sequence[Path | str], limit: int = MAX_FILES) -> dict[str, int] | None:
    """The size of each file of ``inputs`` (folders walked, hidden entries left out).

    Keys are paths as an article's source begins (the input as given, joined with
    the path under it).  ``None`` when a size cannot be known up front: standard
    input, an address, more than ``limit`` files.
    """
    sizes: dict[str, int] = {}
    for given in inputs:
        name = str(given)
        if name == "-" or "://" in name:
            return None
        try:
            if os.path.isfile(name):
                sizes[name] = os.path.getsize(name)
                continue
            for folder, dirs, files in os.walk(name):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in files:
                    if file.startswith("."):
                        continue
                    path = os.path.join(folder, file)
                    if os.path.isfile(path):
                        sizes[path] = os.path.getsize(path)
                    if len(sizes) > limit:
                        return None
        except OSError:
            return None
    return sizes if sizes else None


class BytesRead:
    """The share of the inputs' bytes read so far, from the sources of the articles read."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self._sizes = sizes
        self.total = sum(sizes.values())
        self._passed = 0  # bytes of the files left behind
        self._file = ""
        self._in_file = 0  # characters read from the current file

    def read(self, source: str, chars: int) -> None:
        """Count an article of ``chars`` characters read from ``source`` ("path:line")."""
        if not (self._file and source.startswith(self._file)):
            path = self._file_of(source)
            if path is None:
                return
            if path != self._file:
                if self._file:
                    self._passed += self._sizes.pop(self._file, 0)
                self._file, self._in_file = path, 0
        self._in_file += chars

    def left_out(self, source: str) -> None:
        """A whole file that gave no article (too big, binary, empty) leaves the total.

        A 25.8 MB file refused for its size kept the share read at 2 % and the time left
        at hours for a run a minute from its end (user73a).  A status of one line or
        item of a file ("path:3") leaves the file's size counted.
        """
        if source != self._file and self._file_of(source) == source:
            self.total -= self._sizes.pop(source, 0)

    @property
    def bytes(self) -> int:
        """Bytes read (of the current file: its articles' characters, at most its size)."""
        return self._passed + min(self._in_file, self._sizes.get(self._file, 0))

    def _file_of(self, source: str) -> str | None:
        """The file ``source`` names: itself, or without a ":line" or "#item" after it."""
        name = source
        for _ in range(4):
            if name in self._sizes:
                return name
            cut = max(name.rfind(":"), name.rfind("#"))
            if cut <= 0:
                return None
            name = name[:cut]
        return None
