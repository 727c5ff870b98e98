"""Publication dates as an input gives them: ISO 8601 out, a doubtful one named.

:func:`parse_date` reads what outlets and exports write (ISO 8601, RFC 2822, "March 1,
2024", day-first "01.03.2024", GDELT's compact form, Unix time, a month's name in
another language: :mod:`geomap.local_dates`); :func:`date_warning` says why a date read
is doubtful (in the future, Unix time 0, before 1600). :mod:`geomap.metadata` reads the
fields that hold them.

>>> parse_date("Fri, 01 Mar 2024 10:15:00 GMT")
'2024-03-01T10:15:00+00:00'
>>> parse_date("2024-W10")
'2024-03'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import warnings
from typing import Any

from geomap.local_dates import local_date
from geomap.sanitize import quoted

_TIME = re.compile(r"\d{1,2}:\d{2}|\dT\d")
#: Time zone abbreviations news dates use (dateutil knows only UTC/GMT by itself).
_TZ_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}  # fmt: skip
#: The US zones news names without saying summer or winter ("5:01 p.m. ET"): the
#: offset their rule gives on that day (EST in March before the 10th, EDT in July).
_US_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
             "PT": "America/Los_Angeles"}  # fmt: skip
#: GDELT's compact date and date-time (``20240305``, ``20240305101500``), even as a number.
_COMPACT = re.compile(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{6})?")
#: The zone's name after an offset (RFC 9557, Java's ``ZonedDateTime``):
#: ``2024-03-05T10:00:00+01:00[Europe/Paris]``; the offset says when.
_ZONE_NAME = re.compile(r"(?<=[\dZ])\[!?[A-Za-z][\w/+\-]{0,60}\]$")
#: A zone as an offset from UTC or GMT ("UTC+3", "GMT+0300"): east of Greenwich, as news
#: means it; dateutil reads it the POSIX way round (UTC+3 as three hours behind).
_NAMED_OFFSET = re.compile(r"\b(?:UTC|GMT)\s?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)")
#: A zone's abbreviation after a date with no time ("March 5, 2024 EDT", "(BST)"): it
#: cannot change the day, and dateutil refuses a zone without a time.
_BARE_ZONE = re.compile(
    r"[\s,]*\(?\b(?:" + "|".join(z for z in (*_TZ_HOURS, *_US_ZONES) if z != "Z") + r")\)?$"
)
#: A label before the date ("Published: 5 Mar 2024", "Updated on: ..."), a scraped field's.
_LABEL = re.compile(r"^[^\W\d]{2,20}(?: [^\W\d]{2,20}){0,2}:\s+(?=\w)")
#: Words before a date with no colon after them ("Updated 10:32 AM EDT, Tue March 5,
#: 2024", "Published 5:01 p.m. ET March 5, 2024", "Posted on ..."): a page's label.
_LEADING_WORDS = re.compile(r"^(?:[^\W\d]{2,20}\.?\s+){1,3}(?=\d|[^\W\d])")
#: An offset written after a time: "+05:30", "-0400" (checked: hours 0-14, minutes 0-59).
_OFFSET = re.compile(r"(?<=\d)\s?(?:Z|[+-](\d{2}):?(\d{2}))(?:\[|$)")
#: An ISO 8601 week without its day ("2024-W10", "2024W10"): seven days, not one.
WEEK = re.compile(r"(\d{4})-?W(\d{2})")


def parse_date(value: object, *, day_first: bool = False) -> str | None:
    """An ISO 8601 date (``2024-03-01``) or date-time (with its offset, if given).

    Reads ISO 8601, RFC 2822 (feeds), "March 1, 2024", "01.03.2024" (day
    first unless the first number cannot be a day), GDELT's ``20240301T101500Z``
    and Unix timestamps in seconds; dates with a French, German, Polish, Russian or
    Ukrainian month name (:func:`geomap.local_dates.local_date`).  ``None`` when the
    value is not a date.  ``day_first``: "05/03/2024" is 5 March, as the input's
    locale writes it (a CSV separated by semicolons).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, int) and _COMPACT.fullmatch(str(value)):
        return parse_date(str(value))  # GDELT's SQLDATE 20240305 as a number: no Unix time
    if isinstance(value, (int, float)) and value == value:
        if 1e11 <= value < 1e14:  # milliseconds (JavaScript, many APIs)
            value = value / 1000
        if 0 < value < 1e11:
            return dt.datetime.fromtimestamp(value, dt.timezone.utc).isoformat()
        return None
    text = _ZONE_NAME.sub("", str(value).strip())
    if not text or len(text) > 100:
        return None
    zoned = _written_zone(_LABEL.sub("", text))
    if zoned is None:
        return None  # an offset no zone has ("GMT-12:75", "+05:75")
    text = zoned
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text) and not re.fullmatch(r"(19|20)\d{6}", text):
        return parse_date(float(text))  # Unix time in a text field
    if WEEK.fullmatch(text):
        return _week(text)
    if len(text) == 14 and _COMPACT.fullmatch(text):  # GDELT's DATEADDED, 20240305101500
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(text, "%Y%m%d%H%M%S").isoformat()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = _dateutil(text, day_first)
        if found is None and _label_words(text):  # "Updated 10:32 AM EDT, Tue March 5, 2024"
            rest = text[len(_label_words(text)) :]
            labelled = _dateutil(rest, day_first)
            if isinstance(labelled, dt.datetime):  # a whole day after the label, not "Paris 2024"
                text, found = rest, labelled
        if found is None:  # "1 марта 2024", "1. März 2024": a month's name in another language
            return local_date(text)
        if isinstance(found, str):
            return found
        parsed = found
    has_time = bool(_TIME.search(text))
    try:
        return parsed.isoformat() if has_time else parsed.date().isoformat()
    except (ValueError, OverflowError):  # an offset of +24:00 that dateutil accepted
        return None


def _written_zone(text: str) -> str | None:
    """``text`` with a zone dateutil would misread as an offset or refuse, ``None`` if impossible.

    "UTC+3" becomes "+03:00" (not dateutil's three hours behind UTC); an
    abbreviation after a date with no time is dropped ("March 5, 2024 EDT").  An
    offset no zone has (more than 14 hours, 60 minutes or more: "GMT-12:75",
    "+05:75") makes the value no date, not a time shifted by a typo.
    """
    for match in _NAMED_OFFSET.finditer(text):
        if not _possible_offset(match[2], match[3]):
            return None
    text = _NAMED_OFFSET.sub(lambda m: f"{m[1]}{int(m[2]):02d}:{m[3] or '00'}", text)
    written = _OFFSET.search(text) if _TIME.search(text) else None  # "05-03-2024": a year
    if written and written[1] and not _possible_offset(written[1], written[2]):
        return None
    if not _TIME.search(text):
        text = _BARE_ZONE.sub("", text) or text
    return text


def _possible_offset(hours: str, minutes: str | None) -> bool:
    """Whether ``hours``:``minutes`` is an offset a zone can have (UTC-12 to UTC+14)."""
    return int(hours) <= 14 and int(minutes or 0) < 60


def _label_words(text: str) -> str:
    """The words before a date that name no month or weekday ("Updated ", "Posted on "), or ""."""
    match = _LEADING_WORDS.match(text)
    if match is None:
        return ""
    info = _parser_info()
    words = match[0].split()
    for n, word in enumerate(words):
        if info.month(word.rstrip(".")) is not None or info.weekday(word.rstrip(".")) is not None:
            words = words[:n]
            break
    if not words:
        return ""
    return re.match(r"^" + r"\s+".join(map(re.escape, words)) + r"\s*", text)[0]  # type: ignore[index]


@functools.cache
def _parser_info() -> Any:
    """The month and weekday names dateutil knows, built once (not per date read)."""
    from dateutil import parser

    return parser.parserinfo()


def _week(text: str) -> str | None:
    """An ISO week as the month or year that holds all of its days, else ``None``.

    A week is not a day: "2024-W10" (4 to 10 March) is ``"2024-03"``, "2024-W09"
    (26 February to 3 March) ``"2024"``, "2020-W01" (30 December 2019 to 5 January
    2020) ``None``; never its Monday.
    """
    first = week_monday(text)
    if first is None:
        return None
    last = first + dt.timedelta(days=6)
    if first.year != last.year:
        return None
    if first.month != last.month:
        return f"{first.year:04d}"
    return f"{first.year:04d}-{first.month:02d}"


def week_monday(text: str) -> dt.date | None:
    """The first day of an ISO week, ``None`` for a week the year does not have (W00, W53)."""
    match = WEEK.fullmatch(text)
    if match is None:
        return None
    try:
        return dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return None


def _dateutil(text: str, day_first: bool = False) -> dt.datetime | str | None:
    """A date-time, or ``"2024"``/``"2024-03"`` for a year or month alone, or ``None``."""
    from dateutil import parser

    compact = re.fullmatch(r"(\d{8})T?(\d{6})?Z?", text)  # GDELT: 20240301T101500Z
    if compact:
        text = compact.group(1) + (f"T{compact.group(2)}" if compact.group(2) else "")
    # "01.03.2024" and "01-03-2024" are day first (European), "01/03/2024" month
    # first (American exports); a first number over 12 is a day either way.
    dayfirst = day_first or bool(re.match(r"^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}", text))
    tzinfos: dict[str, object] = {k: int(v * 3600) for k, v in _TZ_HOURS.items()}
    tzinfos.update(_us_zones())
    # Parsed twice with different defaults: a part that changes was not in the text.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateutil warns about unknown zone names
            one = parser.parse(
                text, dayfirst=dayfirst, default=dt.datetime(2000, 1, 1), tzinfos=tzinfos
            )
            two = parser.parse(
                text, dayfirst=dayfirst, default=dt.datetime(2001, 2, 2), tzinfos=tzinfos
            )
    except (ValueError, OverflowError, TypeError):
        return None
    if one.year != two.year:
        return None  # no year: "March 1" is not a publication date
    if one.month != two.month:
        return f"{one.year:04d}"
    if one.day != two.day:
        return f"{one.year:04d}-{one.month:02d}"
    return one


@functools.cache
def _us_zones() -> dict[str, object]:
    """The US zones by their generic names, when the system has the time zone data."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return {name: ZoneInfo(key) for name, key in _US_ZONES.items()}
    except (ZoneInfoNotFoundError, ValueError):
        return {}  # no tz database: the local time is kept without an offset


def date_warning(published: str, today: dt.date | None = None) -> str | None:
    """Why a publication date read from an input is doubtful, or ``None``; it is kept.

    A date after tomorrow (a typo, ``3024``), Unix time 0 (``1970-01-01``) or
    before 1600 (``0001-01-01``), dates many systems write for a missing one,
    would stand far off on the map's timeline, unremarked.
    """
    day = published[:10]
    tomorrow = (today or dt.datetime.now(dt.timezone.utc).date()) + dt.timedelta(days=1)
    if day > tomorrow.isoformat():
        return f"date {quoted(published)} is in the future; kept"
    if day == "1970-01-01" and published[11:19] in ("", "00:00:00"):
        return f"date {quoted(published)} is Unix time 0, often written for a missing date; kept"
    if day < "1600":  # 0001-01-01: the least date .NET or SQL Server writes, for none
        return f"date {quoted(published)} is before the first newspapers; kept"
    return None


def day_of(published: str | None) -> str | None:
    """The day an ISO 8601 ``published`` names (its first ten characters), else ``None``.

    >>> day_of("2024-03-01T10:00:00+01:00"), day_of("2024-03"), day_of("2024-02-30")
    ('2024-03-01', None, None)
    """
    day = (published or "")[:10]
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return None
    return day if len(day) == 10 else None
