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

import re
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
            # the value that failed, as given: "2026-12-01</script>...", not its cleaned text
            shown = raw.strip() if isinstance(raw, str) and raw.strip() else text
            shown = shown if shown is None or len(shown) <= 120 else shown[:120] + "…"
            warnings.append(f"unrecognised date {quoted(shown)}; 'published' left empty")
        return None, None, warnings
    doubt = date_warning(value)
    if doubt:
        warnings.append(doubt)
    return value, (text if text and text != value else None), warnings


def with_zone(value: object, zone: str | None) -> object:
    """A date-time without a zone, under a header naming one ("Published (UTC)"), in that zone.

    The zone is applied: ``03/11/2026 14:05`` under "Published (UTC)" is read as
    ``2026-11-03T14:05:00+00:00`` and given (``published_given``) as
    ``03/11/2026 14:05 UTC``.  A value with its own zone or offset, a date without a time
    (the zone cannot change its day), or a bracketed word that is no zone ("(local)")
    leave the value as written.

    >>> with_zone("2026-11-03 14:05", "UTC+1"), with_zone("3 Nov 2026", "UTC")
    ('2026-11-03 14:05 UTC+1', '3 Nov 2026')
    >>> with_zone("2026-11-03T14:05Z", "CET"), with_zone("2026-11-03 14:05", "words")
    ('2026-11-03T14:05Z', '2026-11-03 14:05')
    """
    if not zone or not isinstance(value, str) or not _CLOCK.search(value):
        return value
    alone = parse_date(value, day_first=True)
    if alone is None or not _NAIVE_TIME.fullmatch(alone):
        return value
    zoned = f"{value.strip()} {zone}"
    found = parse_date(zoned, day_first=True)
    return (
        zoned if found and not _NAIVE_TIME.fullmatch(found) and found[:16] == alone[:16] else value
    )


#: A time of day in a date ("14:05"); an ISO 8601 date-time without an offset.
_CLOCK = re.compile(r"\d:\d\d")
_NAIVE_TIME = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+")


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
