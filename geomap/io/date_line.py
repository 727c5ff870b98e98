"""The date a plain-text article gives on a line of its own near its top.

A ``.txt`` article saved from a page, a wire or a newsletter puts its date under the
headline, in the outlet's language and style::

    Drone strike on the port of Izmail
    Publié le : 04/03/2026 - 09:02
    4. März 2026, 11:02 Uhr, Quelle: dpa
    Published: 03/04/2026 06:12 EST

:func:`date_line` takes the first such line among the first :data:`MAX_LINES`
non-empty lines as the article's ``published`` date, when the text gives none
otherwise (a record's field, front matter, a page's metadata win). A line qualifies
when it is short (:data:`MAX_LINE_CHARS`), names a year, and reads as a date
(:func:`geomap.dates.parse_date`), to the day, once a label ("Published:", "Publié le
:", "Mis à jour le") and a source after the date's time (", Quelle: dpa") are cut. The day comes
first ("04/03/2026" is 4 March) unless a US time zone is written ("EST", "ET"): then
the month does. A dateline without a year ("KYIV, March 3 (Reuters) -") and a
sentence that names a date are no date line.
"""

from __future__ import annotations

import re

from geomap.dates import parse_date
from geomap.io.source_line import trailing_source
from geomap.sanitize import quoted

#: How many non-empty lines from the text's top are read.
MAX_LINES = 5
#: Longest line read as a date line.
MAX_LINE_CHARS = 80
#: A year of news.
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
#: A label before the date: words and a colon, the French space before it too.
_LABEL = re.compile(r"^[^\W\d]{2,20}(?:[ .][^\W\d]{1,20}){0,3}\s?:\s*")
#: What follows the date's time: a source, a place ("..., Quelle: dpa", "| AFP"); not
#: a time zone ("EST", "GMT", "UTC+2"), which says when.
_AFTER_TIME = re.compile(
    r"(\d{1,2}:\d{2}(?:\s?(?:Uhr|[AaPp]\.?[Mm]\.?))?)"
    r"(?!\s*\(?(?:[A-Z]{2,5}|(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?)\)?\s*$)[\s,|;–—-]+\D.*$"
)
#: A dash or a word between the date and its time ("04/03/2026 - 09:02", "à 10h15").
_BEFORE_TIME = re.compile(r"\s+(?:[–—-]|à|um|at|o|в|о|a las)\s+(?=\d{1,2}[:.h]\d{2})")
#: Words before a date with no colon after them ("Mis à jour le 4 mars 2026").
_LEADING_WORDS = re.compile(r"^(?:[^\W\d]+\.?\s+){1,5}(?=\d)")
#: US time zones, whose writers put the month first.
_US_ZONE = re.compile(r"\b(?:E|C|M|P)[SD]?T\b")
#: A numeric date: two numbers and a four-digit year ("03/11/2026", "3.11.2026").
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)")


def ambiguity_note(line: str) -> str | None:
    """How a numeric date that reads both ways was read: the rule, and the other reading.

    "03/11/2026" is 3 November (the day first, :func:`date_line`'s rule) or 11 March;
    "13/11/2026" or "03/03/2026" read one way only.

    >>> ambiguity_note("Published: 03/11/2026 08:15")
    "'03/11/2026' read day first as 2026-11-03 (month first it would be 2026-03-11)"
    >>> ambiguity_note("Published: 03/04/2026 06:12 EST")
    "'03/04/2026' read month first as 2026-03-04 (US time zone; day first it would be 2026-04-03)"
    >>> ambiguity_note("Published: 13/11/2026") is None
    True
    """
    found = _NUMERIC.search(line)
    if found is None:
        return None
    first, second, year = int(found.group(1)), int(found.group(3)), found.group(4)
    if not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
        return None
    day_first = f"{year}-{second:02d}-{first:02d}"
    month_first = f"{year}-{first:02d}-{second:02d}"
    if _US_ZONE.search(line):
        return (
            f"{quoted(found.group(0))} read month first as {month_first} "
            f"(US time zone; day first it would be {day_first})"
        )
    shown = quoted(found.group(0))
    return f"{shown} read day first as {day_first} (month first it would be {month_first})"


def date_line(text: str) -> tuple[str, str] | None:
    """The ISO date and the line it was read from, or ``None`` (the rule in the module doc).

    The line is given without a source it ends with
    (:func:`~geomap.io.source_line.trailing_source`).

    >>> date_line("Port hit\\nPublié le : 04/03/2026 - 09:02\\n\\nText.")
    ('2026-03-04T09:02:00', 'Publié le : 04/03/2026 - 09:02')
    >>> date_line("KYIV, March 3 (Reuters) - Drones hit the port.") is None
    True
    >>> date_line("Gas\\n4. März 2026, 11:02 Uhr, Quelle: dpa\\n")
    ('2026-03-04T11:02:00', '4. März 2026, 11:02 Uhr')
    """
    seen = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > MAX_LINES:
            return None
        cut = trailing_source(line)  # "…, 11:02 Uhr, Quelle: dpa": the date is what is before
        dated = line if cut is None else cut[0]
        found = _line_date(dated)
        if found is not None:
            return found, dated
    return None


def _line_date(line: str) -> str | None:
    """The date ``line`` gives when it is a date line, else ``None``.

    A source may come first, set off by a dash or a bar ("France 24 avec AFP - Publié
    le : 04/03/2026 - 09:02"): the line is read from each such mark on in turn.
    """
    if len(line) > MAX_LINE_CHARS or not _YEAR.search(line) or line.endswith((".", "?", "!")):
        return None
    starts = [0] + [m.end() for m in _PARTS.finditer(line)]
    for start in starts:
        found = _value_date(line[start:])
        if found is not None:
            return found
    return None


#: A mark setting off a line's parts: a spaced dash or bar, a middle dot.
_PARTS = re.compile(r"\s[|·–—-]\s")


def _value_date(line: str) -> str | None:
    """The day ``line`` reads as, its label and the source after its time cut."""
    value = _LABEL.sub("", line, count=1)
    value = _BEFORE_TIME.sub(" ", value)
    value = _AFTER_TIME.sub(r"\1", value).rstrip(" ,|;–—-")
    if len(value.split()) > 8:
        return None  # a sentence that names a date
    day_first = not _US_ZONE.search(value)
    found = parse_date(value, day_first=day_first)
    if found is None and _LEADING_WORDS.match(value):  # "Mis à jour le 4 mars 2026"
        found = parse_date(_LEADING_WORDS.sub("", value, count=1), day_first=day_first)
    return found if found is not None and len(found) >= len("2026-03-04") else None
