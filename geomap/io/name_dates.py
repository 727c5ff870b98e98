"""A text file's date read from its name ("2026-01-06_story1407.txt"), when it gives none.

Archives of plain-text articles often carry the day only in the file's name.  An ISO
day, year first (``2026-01-06``, ``2026_01_06``, ``2026.01.06``, or ``20260106``), at the
start or the end of the name and set apart from the rest by a separator, is read as
the published date of a file that has none (user73a B4).  A name is never read when it
could mean two things: a day-first or month-first date ("06-01-2026"), two different
dates at its start and end, or a number that is no calendar day.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from geomap.dates import date_warning
from geomap.io.files import file_kind
from geomap.published import GIVEN_FIELD
from geomap.sanitize import quoted

#: A year-first day at the start of a name, then a separator or nothing else.
_START = re.compile(r"^(\d{4})([-_.]?)(\d{2})\2(\d{2})(?=[-_. ]|$)")
#: A year-first day at the end of a name, after a separator or alone.
_END = re.compile(r"(?:^|[-_. ])(\d{4})([-_.]?)(\d{2})\2(\d{2})$")
#: Years a news file's name is read as (a number outside is no date).
_YEARS = range(1900, 2101)


def _day(found: re.Match[str] | None) -> str | None:
    if found is None:
        return None
    year, month, day = int(found.group(1)), int(found.group(3)), int(found.group(4))
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "2026-13-45", "20261399": no day
        return None


def name_date(stem: str) -> tuple[str, str] | None:
    """The ISO day ``stem`` (a file name without its suffix) gives, and as written; or None.

    >>> name_date("2026-01-06_story1407"), name_date("story_20260106")
    (('2026-01-06', '2026-01-06'), ('2026-01-06', '20260106'))
    >>> name_date("06-01-2026_story"), name_date("story1407"), name_date("2026-13-01_x")
    (None, None, None)
    >>> name_date("2026-01-06_to_2026-01-09"), name_date("2026-01-06_x_2026-01-06")
    (None, ('2026-01-06', '2026-01-06'))
    >>> name_date("id202601069")
    """
    start, end = _START.search(stem), _END.search(stem)
    days = {d for d in (_day(start), _day(end)) if d}
    if len(days) != 1:  # none, or two different days: which is the article's?
        return None
    if (start and not _day(start)) or (end and not _day(end)):
        return None  # one end a day, the other a number that is none: not sure
    found = start if _day(start) else end
    assert found is not None
    written = found.group(0).strip("-_. ")
    return days.pop(), written


def name_published(
    path: Path, meta: dict[str, str], source: str, notes: list[str], warnings: list[str]
) -> None:
    """Set ``meta``'s published date from ``path``'s name (:func:`name_date`), said in a note.

    For a text file that gives no date: "2026-01-06_story.txt", "story_20260106.txt.gz".
    """
    suffix, gz = file_kind(path)
    name = path.name
    stem = name[: len(name) - len(suffix) - (3 if gz else 0)] or name
    dated = name_date(stem)
    if dated is None:
        return
    meta["published"] = dated[0]
    if dated[1] != dated[0]:  # "20260106": the date as the name writes it
        meta[GIVEN_FIELD] = dated[1]
    notes.append(f"{source}: no date in the file; its name's {quoted(dated[1])} read as published")
    doubt = date_warning(dated[0])
    if doubt:
        warnings.append(f"{source}: {doubt}")
