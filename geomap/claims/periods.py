"""Pick claims by their article's publication date (``geomap claims --since/--until``).

An article's ``published`` is what geomap read (:func:`geomap.dates.parse_date`): ISO 8601,
its day as written ("2024-03-01T23:30:00-05:00" is 1 March), or a month or a year alone
("2024-03").  A day is kept when it lies in the range (both ends included); a month or a
year only when all of it does, as the article's day is not known.  An article without a
date, or whose month or year reaches past an end, is left out and counted: with a filter
given, the output says how many were.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from geomap.records import Claim

_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class DatedClaims:
    """The claims of the articles published in a range, and the articles left out.

    Attributes
    ----------
    claims
        The claims whose article's date lies in the range, in their order.
    undated
        Ids of the articles left out for want of a date (none, or a month or year that
        reaches past an end of the range).
    """

    claims: list[Claim]
    undated: frozenset[str]


def iso_day(text: str) -> dt.date:
    """``--since``/``--until``'s value as a day: ISO 8601, ``YYYY-MM-DD``.

    Raises
    ------
    ValueError
        With a message naming the form expected.

    >>> iso_day("2024-03-01")
    datetime.date(2024, 3, 1)
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValueError(f"expected an ISO date, YYYY-MM-DD (2024-03-01), not {text!r}")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"{text!r} is no such day ({exc})") from None


def published_period(published: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day ``published`` may be: one day, a month or a year.

    >>> published_period("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> published_period("2024-03-01T23:30:00-05:00"), published_period("soon")
    ((datetime.date(2024, 3, 1), datetime.date(2024, 3, 1)), None)
    """
    match = _PERIOD.match(str(published or "").strip())
    if match is None:
        return None
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        if day:
            one = dt.date(year, month, day)
            return one, one
        if month:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:  # month 13, 30 February: no date
        return None


def claims_between(
    claims: Sequence[Claim],
    article_info: Mapping[str, Mapping[str, object]],
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> DatedClaims:
    """The claims of the articles published from ``since`` to ``until`` (both included).

    With neither given, every claim is kept and no article is left out.

    Examples
    --------
    An article dated 2024-03 is kept for all of March, left out of a range from the 15th.
    """
    if since is None and until is None:
        return DatedClaims(list(claims), frozenset())
    low = since or dt.date.min
    high = until or dt.date.max
    kept: list[Claim] = []
    undated: set[str] = set()
    for claim in claims:
        period = published_period(article_info.get(claim.article_id, {}).get("published"))
        if period is None or (period[0] < low <= period[1]) or (period[0] <= high < period[1]):
            undated.add(claim.article_id)
        elif low <= period[0] and period[1] <= high:
            kept.append(claim)
    return DatedClaims(kept, frozenset(undated))


def claims_in_language(
    claims: Sequence[Claim], article_info: Mapping[str, Mapping[str, object]], language: str
) -> list[Claim]:
    """The claims of the articles read in ``language`` (an ISO 639-1 code, any case).

    ``geomap claims OUT --language ru`` on a saved run: its articles are not read again,
    so the option picks those geomap read in that language.

    >>> from geomap.records import Claim
    >>> c = [Claim("703448", "a", "Киев.", 0, 5, None), Claim("703448", "b", "Kyiv.", 0, 5, None)]
    >>> [x.article_id for x in claims_in_language(c, {"a": {"language": "ru"}}, "RU")]
    ['a']
    """
    code = language.strip().lower()
    return [
        c
        for c in claims
        if str(article_info.get(c.article_id, {}).get("language") or "").lower() == code
    ]
