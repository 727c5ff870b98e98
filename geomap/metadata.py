"""Article metadata: which outlet published what, when, under which headline.

Every reader (corpora, HTML pages, Markdown front matter, DataFrames) turns
what it finds into the same fields, :data:`ARTICLE_FIELDS`, read from the
field names people's exports use (:data:`FIELD_ALIASES`, case-insensitive).
The outputs carry these fields with every mention and claim.

>>> article_metadata({"Headline": "Troops move", "source": "Reuters",
...                   "date": "March 1, 2024"})[0]
{'title': 'Troops move', 'outlet': 'Reuters', 'published': '2024-03-01'}
"""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from collections.abc import Mapping
from urllib.parse import urlsplit

from geomap.local_dates import local_date
from geomap.sanitize import BIDI_CONTROLS

#: The metadata every output carries for an article (``None`` when unknown).
ARTICLE_FIELDS: tuple[str, ...] = ("title", "outlet", "published", "url", "author", "language")

#: Field names read for each metadata field, in order of preference (compared by
#: :func:`field_key`).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "og:title"),
    "outlet": (
        "outlet", "source", "publisher", "site_name", "sitename", "og:site_name",
        "source_domain", "domain", "media", "newspaper",
    ),
    "published": (
        "published", "date", "published_at", "publishedat", "pubdate", "date_publish",
        "publish_date", "published_time", "article:published_time", "datepublished",
        "datetime", "seendate",
    ),
    "url": ("url", "link", "canonical", "og:url", "source_url"),
    "author": ("author", "authors", "byline", "creator"),
    "language": ("language", "lang", "inlanguage", "og:locale"),
}  # fmt: skip


_SEPARATORS = re.compile(r"[\s_\-]+")
_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
#: A script or style element, its body with it (a title's "<script>alert(1)</script>").
_HIDDEN = re.compile(r"<(script|style)\b[^<>]{0,500}>.*?(?:</\1\s*>|$)", re.I | re.S)
_TIME = re.compile(r"\d{1,2}:\d{2}|\dT\d")
#: Time zone abbreviations news dates use (dateutil knows only UTC/GMT by itself).
_TZ_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}  # fmt: skip
#: An ISO 8601 week without its day ("2024-W10", "2024W10"): seven days, not one.
_WEEK = re.compile(r"(\d{4})-?W(\d{2})")
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
#: Longest value kept for a metadata field (a "title" holding a whole article is cut).
MAX_FIELD_CHARS = 1000


def field_key(name: object) -> str:
    """A field name as geomap matches it: case, spaces, hyphens, underscores and a BOM ignored.

    A spreadsheet's "Article Body" or "Date Published" is the ``articleBody`` or
    ``date_published`` field an exporter names otherwise.

    >>> field_key(" Article Body"), field_key("full_text"), field_key("\ufeffDate-Published")
    ('articlebody', 'fulltext', 'datepublished')
    """
    return _SEPARATORS.sub("", str(name).lstrip("\ufeff").lower())


#: :data:`FIELD_ALIASES` as :func:`field_key` compares them.
_ALIAS_KEYS = {
    name: tuple(dict.fromkeys(field_key(a) for a in aliases))
    for name, aliases in FIELD_ALIASES.items()
}


def _text(value: object, nested: bool = True) -> str | None:
    """A metadata value as one line of text (a list of names joined), or ``None``.

    Only one level of list or object is read: a deeply nested (or aliased,
    in YAML) value cannot make this walk grow.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (list, tuple)):
        if not nested:
            return None
        parts = [t for t in (_text(v, False) for v in value[:50]) if t]
        return "; ".join(parts)[:MAX_FIELD_CHARS] or None
    if isinstance(value, Mapping):
        # JSON-LD {"@type": "Person", "name": ...}, also inside a list of authors
        name = value.get("name")
        return _text(name, False) if not isinstance(name, (list, tuple, Mapping)) else None
    if isinstance(value, float) and value != value:  # NaN from a DataFrame
        return None
    if not isinstance(value, (str, int, float, dt.date)):
        return None
    text = str(value)
    if "<" in text or "&" in text:  # "<b>Bold</b> &amp; title" from an HTML export
        text = html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", text)))
    # one line of text: no control characters (ESC, BEL...) and no bidi overrides
    text = " ".join(_CONTROLS.sub(" ", text).split())
    return text[:MAX_FIELD_CHARS] or None


def clean_text(value: object) -> str | None:
    """A metadata value as one clean line: tags, entities, control and bidi characters gone."""
    return _text(value)


def parse_date(value: object) -> str | None:
    """An ISO 8601 date (``2024-03-01``) or date-time (with its offset, if given).

    Reads ISO 8601, RFC 2822 (feeds), "March 1, 2024", "01.03.2024" (day
    first unless the first number cannot be a day), GDELT's ``20240301T101500Z``
    and Unix timestamps in seconds; dates with a French, German, Polish, Russian or
    Ukrainian month name (:func:`geomap.local_dates.local_date`).  ``None`` when the
    value is not a date.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (int, float)) and value == value:
        if 1e11 <= value < 1e14:  # milliseconds (JavaScript, many APIs)
            value = value / 1000
        if 0 < value < 1e11:
            return dt.datetime.fromtimestamp(value, dt.timezone.utc).isoformat()
        return None
    text = str(value).strip()
    if not text or len(text) > 100:
        return None
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text) and not re.fullmatch(r"(19|20)\d{6}", text):
        return parse_date(float(text))  # Unix time in a text field
    if _WEEK.fullmatch(text):
        return _week(text)
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = _dateutil(text)
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


def _week(text: str) -> str | None:
    """An ISO week as the month or year that holds all of its days, else ``None``.

    A week is not a day: "2024-W10" (4 to 10 March) is ``"2024-03"``, "2024-W09"
    (26 February to 3 March) ``"2024"``, "2020-W01" (30 December 2019 to 5 January
    2020) ``None``; never its Monday.
    """
    first = _monday(text)
    if first is None:
        return None
    last = first + dt.timedelta(days=6)
    if first.year != last.year:
        return None
    if first.month != last.month:
        return f"{first.year:04d}"
    return f"{first.year:04d}-{first.month:02d}"


def _monday(text: str) -> dt.date | None:
    """The first day of an ISO week, ``None`` for a week the year does not have (W00, W53)."""
    match = _WEEK.fullmatch(text)
    if match is None:
        return None
    try:
        return dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return None


def week_warning(raw: object, published: str | None) -> str | None:
    """What became of a publication date given as an ISO week (``"2024-W10"``), or ``None``."""
    text = _text(raw) or ""
    if not _WEEK.fullmatch(text):
        return None
    if _monday(text) is None:
        return f"date {text!r} is a week the year does not have; 'published' left empty"
    if published is None:
        return f"date {text!r} is a week, not a day, and spans two years; 'published' left empty"
    return f"date {text!r} is a week, not a day; 'published' kept as {published}"


def _dateutil(text: str) -> dt.datetime | str | None:
    """A date-time, or ``"2024"``/``"2024-03"`` for a year or month alone, or ``None``."""
    from dateutil import parser

    compact = re.fullmatch(r"(\d{8})T?(\d{6})?Z?", text)  # GDELT: 20240301T101500Z
    if compact:
        text = compact.group(1) + (f"T{compact.group(2)}" if compact.group(2) else "")
    # "01.03.2024" and "01-03-2024" are day first (European), "01/03/2024" month
    # first (American exports); a first number over 12 is a day either way.
    dayfirst = bool(re.match(r"^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}", text))
    tzinfos = {k: int(v * 3600) for k, v in _TZ_HOURS.items()}
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


def date_warning(published: str, today: dt.date | None = None) -> str | None:
    """Why a publication date read from an input is doubtful, or ``None``; it is kept.

    A date after tomorrow (a typo, ``3024``), Unix time 0 (``1970-01-01``) or
    before 1600 (``0001-01-01``), dates many systems write for a missing one,
    would stand far off on the map's timeline, unremarked.
    """
    day = published[:10]
    tomorrow = (today or dt.datetime.now(dt.timezone.utc).date()) + dt.timedelta(days=1)
    if day > tomorrow.isoformat():
        return f"date {published!r} is in the future; kept"
    if day == "1970-01-01" and published[11:19] in ("", "00:00:00"):
        return f"date {published!r} is Unix time 0, often written for a missing date; kept"
    if day < "1600":  # 0001-01-01: the least date .NET or SQL Server writes, for none
        return f"date {published!r} is before the first newspapers; kept"
    return None


def language_code(value: object) -> str | None:
    """An ISO 639 code from ``"en"``, ``"en-US"``, ``"pl_PL"`` (lower-case), else ``None``."""
    text = _text(value)
    match = _LANG.match(text or "")
    return match.group(1).lower() if match else None


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without ``www.`` (``"www.reuters.com/..." -> "reuters.com"``)."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host[4:] if host.startswith("www.") else host


def article_metadata(
    record: Mapping[str, object], names: Mapping[str, str] | None = None
) -> tuple[dict[str, str], list[str]]:
    """Read :data:`ARTICLE_FIELDS` from a record; return them and warnings.

    Parameters
    ----------
    record
        Field name to value (a JSON object, a CSV row, HTML meta tags).
    names
        Field to read for a metadata field, overriding the aliases
        (``{"title": "headline_en"}``).

    Returns
    -------
    metadata, warnings
        The fields found (only those with a value), and what could not be read
        (a date that is not a date).
    """
    lower: dict[str, object] = {}
    for key, value in record.items():
        lower.setdefault(field_key(key), value)
    meta: dict[str, str] = {}
    warnings: list[str] = []
    for name in ARTICLE_FIELDS:
        named = names.get(name) if names else None
        fields = (field_key(named),) if named else _ALIAS_KEYS[name]
        raw = next((lower[f] for f in fields if _text(lower.get(f)) is not None), None)
        if raw is None:
            continue
        if name == "published":
            value = parse_date(raw)
            week = week_warning(raw, value)
            if week:
                warnings.append(week)
            if value is None:
                if week:
                    continue
                warnings.append(f"unrecognised date {_text(raw)!r}; 'published' left empty")
                continue
            doubt = date_warning(value)
            if doubt:
                warnings.append(doubt)
        elif name == "language":
            value = language_code(raw)
            if value is None:
                continue
        else:
            value = _text(raw)
        if value is not None:
            meta[name] = value
    if "outlet" not in meta:
        host = outlet_from_url(meta.get("url"))
        if host:
            meta["outlet"] = host
    return meta, warnings


def article_fields(meta: Mapping[str, str] | None) -> dict[str, str]:
    """Only the :data:`ARTICLE_FIELDS` that have a value (what the outputs carry)."""
    meta = meta or {}
    return {name: meta[name] for name in ARTICLE_FIELDS if meta.get(name)}


def metadata_fields(meta: Mapping[str, str] | None) -> dict[str, str | None]:
    """Every field of :data:`ARTICLE_FIELDS`, ``None`` where unknown (stable columns)."""
    meta = meta or {}
    return {name: meta.get(name) for name in ARTICLE_FIELDS}
