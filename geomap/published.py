"""An article's publication date: read from an input, one form in every output.

Inputs write dates every way (``2024-03-01``, ``Fri, 01 Mar 2024 10:15:00 GMT``,
``2024-03-01T10:15:00+01:00``, Unix time).  :func:`read_published` reads one as
ISO 8601 (:func:`geomap.dates.parse_date`, a time and offset kept when given) and
remembers the value as the input wrote it when that differs.  Every output
(``claims.csv``, ``articles.jsonl``, the GeoJSON files, the GeoPackage,
``report.json``, ``comparison.json``) carries the article's metadata through
:func:`output_published`:

* ``published``: the day, ``YYYY-MM-DD``, as the article dates it (the date in its
  own time zone, not converted to UTC); ``YYYY-MM`` or ``YYYY`` when the input names
  only a month or a year (never an invented day);
* ``published_given``: the date as the input gave it when it says more than the
  day or says it otherwise (a time, a zone, another format: ``Fri, 01 Mar 2024
  10:15:00 GMT``); empty when the input gave the day itself.

>>> output_published({"published": "2024-03-01T10:15:00+01:00"})
{'published': '2024-03-01', 'published_given': '2024-03-01T10:15:00+01:00'}
>>> output_published({"published": "2024-03"})
{'published': '2024-03', 'published_given': None}
"""

from __future__ import annotations

from collections.abc import Mapping

from geomap.dates import WEEK, date_warning, day_of, parse_date, week_monday
from geomap.sanitize import quoted

#: The metadata field that keeps the date as the input wrote it.
GIVEN_FIELD = "published_given"


def read_published(
    raw: object, text: str | None, *, day_first: bool = False
) -> tuple[str | None, str | None, list[str]]:
    """A publication date read: ISO 8601, the value as given (if it differs), warnings.

    Parameters
    ----------
    raw
        The field's value (text, a number of Unix time, a date).
    text
        The value as one clean line of text (the metadata's own cleaning).
    day_first
        Read "05/03/2024" as 5 March (:func:`geomap.dates.parse_date`).
    """
    value = parse_date(raw, day_first=day_first)
    warnings: list[str] = []
    week = week_warning(text, value)
    if week:
        warnings.append(week)
    if value is None:
        if not week:
            warnings.append(f"unrecognised date {quoted(text)}; 'published' left empty")
        return None, None, warnings
    doubt = date_warning(value)
    if doubt:
        warnings.append(doubt)
    return value, (text if text and text != value else None), warnings


def week_warning(text: str | None, published: str | None) -> str | None:
    """What became of a publication date given as an ISO week (``"2024-W10"``), or ``None``."""
    text = text or ""
    if not WEEK.fullmatch(text):
        return None
    if week_monday(text) is None:
        return f"date {quoted(text)} is a week the year does not have; 'published' left empty"
    if published is None:
        return (
            f"date {quoted(text)} is a week, not a day, and spans two years; 'published' left empty"
        )
    return f"date {quoted(text)} is a week, not a day; 'published' kept as {published}"


def published_day(published: str | None) -> str | None:
    """``published`` (ISO 8601) in the outputs' one form: its day, or a month or year alone.

    >>> published_day("2024-03-01T23:30:00-05:00"), published_day("2024"), published_day("x")
    ('2024-03-01', '2024', None)
    """
    if not published:
        return None
    day = day_of(published)
    if day:
        return day
    if len(published) in (4, 7) and published[:4].isdigit():  # "2024", "2024-03"
        return published
    return None


def output_published(meta: Mapping[str, str | None]) -> dict[str, str | None]:
    """``published`` and ``published_given`` as every output writes them (module doc)."""
    published = meta.get("published") or None
    day = published_day(published)
    given = meta.get(GIVEN_FIELD) or (published if published != day else None)
    return {"published": day, GIVEN_FIELD: given}
