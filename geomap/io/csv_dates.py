"""Whether a CSV writes its dates day first, told by the file's own dates.

``05/03/2024`` is 5 March in a French export and 3 May in an American one.  The
delimiter is only a guess at the locale (Excel writes ``;`` where dates are day first);
a date in the file whose first number cannot be a month (``25/03/2024``) says day
first, one whose second cannot be (``03/25/2024``) says month first.  The first 64 KB
read to find the encoding are looked at; when they say both or neither, the guess stands.
"""

from __future__ import annotations

import csv
import re

#: A date written with slashes, its first two numbers a day and a month in some order.
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?!\d)")


def day_first_of(head: str, delimiter: str, guess: bool, *, cut: bool = False) -> bool:
    """Whether the slashed dates of a CSV's first rows (``head``) are day first.

    ``cut``: ``head`` is the start of a longer file, its last line perhaps cut.

    >>> day_first_of("id;date\\n1;03/25/2024\\n2;05/03/2024\\n", ";", guess=True)
    False
    >>> day_first_of("id,date\\n1,25/03/2024\\n2,05/03/2024\\n", ",", guess=False)
    True
    >>> day_first_of("id;date\\n1;05/03/2024\\n", ";", guess=True)
    True
    """
    day_first, month_first, _ = _orders(head, delimiter, cut)
    if day_first != month_first:
        return day_first
    return guess


def undecided(head: str, delimiter: str, *, cut: bool = False) -> str | None:
    """A slashed date of ``head`` that reads two ways, when no date there tells the order.

    ``05/03/2024`` and ``03/05/2024`` alone leave the delimiter's guess standing; the
    reader is told so (:func:`geomap.io.csv_corpus.read_csv_corpus`).

    >>> undecided("id,date\\n1,05/03/2024\\n", ",")
    '05/03/2024'
    >>> undecided("id,date\\n1,05/03/2024\\n2,25/03/2024\\n", ",") is None
    True
    """
    day_first, month_first, example = _orders(head, delimiter, cut)
    return example if not (day_first or month_first) else None


def _orders(head: str, delimiter: str, cut: bool) -> tuple[bool, bool, str | None]:
    """Whether ``head``'s dates say day first, month first, and one that says neither."""
    day_first = month_first = False
    example: str | None = None
    lines = head.splitlines()
    if cut and not head.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample's last line may be cut
    try:
        for row in csv.reader(lines, delimiter=delimiter):
            for cell in row:
                match = _SLASHED.match(cell)
                if match is None:
                    continue
                first, second = int(match[1]), int(match[2])
                day_first |= first > 12 >= second
                month_first |= second > 12 >= first
                if first <= 12 and second <= 12 and first != second and example is None:
                    example = match[0].strip()
    except csv.Error:  # a damaged row in the sample: the rows before it have spoken
        pass
    return day_first, month_first, example
