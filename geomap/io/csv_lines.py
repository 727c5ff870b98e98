"""A CSV file's lines as the csv reader asks for them, each held to a length limit.

:class:`Lines` feeds :mod:`geomap.io.csv_corpus`'s reader: a line over the limit
is refused (:class:`LineTooLongError`) rather than read into memory, and the row it
starts is skipped to its end so the rows after it are still read.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from geomap.io.csv_damage import looks_like_row


class LineTooLongError(Exception):
    """A CSV line longer than the limit (raised from inside the csv reader's input).

    ``skipped``: the row it began was read past (to the line break that ends it
    outside quotes), so the rows after it can still be read.
    """

    def __init__(self, skipped: bool) -> None:
        super().__init__()
        self.skipped = skipped


class Lines:
    """The lines of a text, refusing (not reading into memory) one longer than ``limit``.

    ``ended`` turns true when the csv reader asks past the last line: it does so
    only while a quoted field is still open, since a row that ends at the end of
    its line needs no further line.  ``served`` counts the lines given to the
    reader and ``row_start`` is set by the caller to the line its next row starts
    on: a too-long line that starts its row is skipped to the row's end.
    """

    def __init__(self, text: io.TextIOBase, limit: int) -> None:
        self._text = text
        self._limit = limit
        self.ended = False
        self.served = 0
        self.row_start = 1
        #: The delimiter and how many a row's line holds (the header's less one), once known.
        self.shape: tuple[str, int] | None = None
        #: Lines inside the current row, after its first, shaped like rows (their numbers).
        self.row_like: list[int] = []
        #: The current row's lines as read, kept once ``shape`` is known (to judge a swallow).
        self.row_lines: list[str] = []
        #: Whether the file's lines end in ``\n`` (its first's do), and the last piece read
        #: ended in a bare ``\r``: then the next piece is the same line (a field's ``\r``).
        self._lf: bool | None = None
        self._after_cr = False

    def start_row(self) -> int:
        """Mark the next line as the start of a row; its number."""
        self.row_start = self.served + 1
        self.row_like = []
        self.row_lines = []
        return self.row_start

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        limit = self._limit
        line = self._text.readline(limit + 1) if limit else self._text.readline()
        if not line:
            self.ended = True
            raise StopIteration
        self.served += 1
        if self._lf is None:
            self._lf = line.endswith("\n")
        # a bare \r inside a quoted field of a file whose lines end in \n breaks no line:
        # what follows it is no row of its own (a quote left open)
        continued, self._after_cr = self._after_cr and self._lf, line.endswith("\r")
        if (
            self.shape
            and self.served > self.row_start
            and not continued
            and looks_like_row(line, *self.shape)
        ):
            self.row_like.append(self.served)
        if limit and len(line) > limit:
            starts_row = self.served == self.row_start
            raise LineTooLongError(starts_row and self._skip_row(line))
        if self.shape:
            self.row_lines.append(line)
        return line

    def _skip_row(self, head: str) -> bool:
        """Read past the row ``head`` begins, in bounded pieces; whether its end was found.

        A row ends at a line break outside quotes: after an even number of ``"``
        (a doubled ``""`` inside a field counts twice).
        """
        quotes = head.count('"')
        piece = head  # counted in ``served``; a piece after a line break starts a line
        while not (piece.endswith("\n") and quotes % 2 == 0):
            starts_line = piece.endswith("\n")
            piece = self._text.readline(self._limit)
            if not piece:
                return False
            quotes += piece.count('"')
            self.served += starts_line
        self.row_start = self.served + 1
        return True
