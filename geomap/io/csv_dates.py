"""Whether a CSV writes its dates day first, told by the file's own dates.

``05/03/2024`` is 5 March in a French export and 3 May in an American one.  The
delimiter is only a guess at the locale (Excel writes ``;`` where dates are day first);
a date in the file whose first number cannot be a month (``25/03/2024``) says day
first, one whose second cannot be (``03/25/2024``) says month first.  When no such
date tells, the file's dates of other forms in the same columns (``3 Nov 2026``,
``2026-11-06``) do: a monitoring export mixes them, and ``03/11/2026`` beside
``3 Nov 2026`` and ``7 Nov 2026`` is 3 November, not 11 March.  The order under
which the slashed dates fall nearer the others is taken.  The first 64 KB read to
find the encoding are looked at; when they say both or neither, the guess stands.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass

from geomap.dates import day_of, parse_date

#: A date written with slashes, its first two numbers a day and a month in some order.
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)")
#: A date of numbers alone whose order is a convention ("03.11.2026", "03-11-26"):
#: no evidence of the order the slashed ones have.
_NUMERIC = re.compile(r"\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
#: A cell that may be a date of another form: a month's name or an ISO 8601 date.
_OTHER_DATE = re.compile(r"\s*(?:\d{4}-\d{1,2}-\d{1,2}|.{0,12}\b[^\W\d]{3,}\b.{0,30}$)")
#: Longest cell read as a date of another form.
_MAX_DATE_CELL = 48


@dataclass(frozen=True)
class DateOrder:
    """The order a CSV's slashed dates are read in, and what chose it.

    Attributes
    ----------
    day_first
        Whether ``05/03/2024`` is read as 5 March.
    two_ways
        A slashed date of the file that reads two ways (``05/03/2024``), when no slashed
        date there tells the order; ``None`` when one does.
    told_by
        A date of another form in the same column (``3 Nov 2026``) that the slashed dates
        fall nearer when read in this order; ``None`` when the order is the delimiter's
        guess (or a slashed date told it).
    """

    day_first: bool
    two_ways: str | None = None
    told_by: str | None = None


def date_order(head: str, delimiter: str, guess: bool, *, cut: bool = False) -> DateOrder:
    """The order of the slashed dates of a CSV's first rows (``head``).

    ``guess``: the delimiter's (``;`` day first); ``cut``: ``head`` is the start of a
    longer file, its last line perhaps cut.

    >>> date_order("d,t\\n03/11/2026,A\\n3 Nov 2026,B\\n", ",", guess=False)
    DateOrder(day_first=True, two_ways='03/11/2026', told_by='3 Nov 2026')
    >>> date_order("d;t\\n05/03/2024;A\\n", ";", guess=True)
    DateOrder(day_first=True, two_ways='05/03/2024', told_by=None)
    """
    slashed: list[tuple[int, int, int, int, str]] = []  # column, first, second, year, text
    others: list[tuple[int, str]] = []
    for row in _rows(head, delimiter, cut):
        for column, cell in enumerate(row):
            match = _SLASHED.match(cell)
            if match is not None:
                year = int(match[3]) + (0 if len(match[3]) == 4 else 2000)
                slashed.append((column, int(match[1]), int(match[2]), year, match[0].strip()))
            elif len(cell) <= _MAX_DATE_CELL and not _NUMERIC.match(cell):
                others.append((column, cell))
    day_first = any(first > 12 >= second for _, first, second, _, _ in slashed)
    month_first = any(second > 12 >= first for _, first, second, _, _ in slashed)
    if day_first != month_first:
        return DateOrder(day_first)
    two_ways = [s for s in slashed if s[1] <= 12 and s[2] <= 12 and s[1] != s[2]]
    if not two_ways:
        return DateOrder(guess)
    example = two_ways[0][4]
    if day_first:  # the slashed dates disagree: the guess stands, unremarked as before
        return DateOrder(guess)
    columns = {s[0] for s in two_ways}
    known = _other_dates([(c, cell) for c, cell in others if c in columns])
    if not known:
        return DateOrder(guess, example)
    dated = [day for _, day in known]
    apart_day_first = sum(_apart(_date(y, b, a), dated) for _, a, b, y, _ in two_ways)
    apart_month_first = sum(_apart(_date(y, a, b), dated) for _, a, b, y, _ in two_ways)
    if apart_day_first == apart_month_first:
        return DateOrder(guess, example)
    order = apart_day_first < apart_month_first
    nearest = min(known, key=lambda k: _apart(_reading(two_ways[0], order), [k[1]]))
    return DateOrder(order, example, nearest[0])


def order_warning(source: str, order: DateOrder, semicolons: bool) -> str:
    """What the terminal is told of slashed dates read two ways: the order taken, and why.

    >>> order_warning("a.csv", DateOrder(True, "03/11/2026", "3 Nov 2026"), False)[:77]
    'a.csv: dates such as 03/11/2026 read as day/month (3 November 2026): the file'
    """
    example = order.two_ways or ""
    name = "day/month" if order.day_first else "month/day"
    other = "month/day" if order.day_first else "day/month"
    read = f"dates such as {example} read as {name} ({reading(example, order.day_first)})"
    if order.told_by:
        why = (
            f"the file's other dates (such as {order.told_by}) fall nearer that way than "
            f"as {other} ({reading(example, not order.day_first)})"
        )
    else:
        why = (
            f"{'as a file separated by semicolons writes them' if semicolons else 'a guess'}; "
            "no date in the file's first 64 KB tells the order"
        )
    return f"{source}: {read}: {why} (the whole file)"


def reading(text: str, day_first: bool) -> str:
    """A slashed date (``03/11/2026``) as the order reads it: ``3 November 2026``.

    >>> reading("03/11/2026", True), reading("03/11/2026", False)
    ('3 November 2026', '11 March 2026')
    """
    match = _SLASHED.match(text)
    if match is None:
        return text
    year = int(match[3]) + (0 if len(match[3]) == 4 else 2000)
    day = _reading((0, int(match[1]), int(match[2]), year, text), day_first)
    return f"{day.day} {day:%B} {day.year}" if day else text


def _reading(slashed: tuple[int, int, int, int, str], day_first: bool) -> dt.date | None:
    _, first, second, year, _ = slashed
    return _date(year, second, first) if day_first else _date(year, first, second)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31/02: no such day either way round
        return None


def _apart(day: dt.date | None, dated: list[dt.date]) -> int:
    """Days from ``day`` to the nearest of ``dated`` (a year and more when no day)."""
    if day is None:
        return 1 << 20
    return min(abs((day - other).days) for other in dated)


def _other_dates(cells: list[tuple[int, str]]) -> list[tuple[str, dt.date]]:
    """The cells that are dates of a form that tells its month (with the day they name)."""
    found: list[tuple[str, dt.date]] = []
    for _, cell in cells:
        if not _OTHER_DATE.match(cell) or not any(ch.isdigit() for ch in cell):
            continue
        day = day_of(parse_date(cell))
        if day:
            found.append((cell.strip(), dt.date.fromisoformat(day)))
    return found


def _rows(head: str, delimiter: str, cut: bool) -> list[list[str]]:
    """The rows of ``head`` (the last dropped if ``cut`` may have cut it)."""
    lines = head.splitlines()
    if cut and not head.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample's last line may be cut
    rows: list[list[str]] = []
    try:
        for row in csv.reader(lines, delimiter=delimiter):
            rows.append(row)
    except csv.Error:  # a damaged row in the sample: the rows before it have spoken
        pass
    return rows
