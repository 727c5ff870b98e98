"""A CSV header: the lines before it, its names each once, and it told apart from a row.

Names compare as geomap matches fields (:func:`geomap.metadata.field_key`): case,
spaces, hyphens, underscores and a byte-order mark ignored.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from geomap.errors import InputError
from geomap.field_names import alias_keys, field_key, plain_key
from geomap.io.record import RecordFields
from geomap.io.text_fallbacks import SUMMARY_FIELDS
from geomap.sanitize import quoted
from geomap.setting_names import field_setting


def unique_header(names: list[str], source: str, fields: RecordFields) -> list[str]:
    """The header's column names, each once; an error if geomap reads a repeated one.

    Names compare as geomap matches them (:func:`geomap.metadata.field_key`).  A name
    repeated that the text, id or metadata is read from ("text" and "Text") is an
    error naming the columns: which one holds the article cannot be guessed.  Any
    other repeated name (two unnamed columns, two "notes") keeps both columns, the
    later ones named ``"notes (column 7)"``.  A name with a unit or zone in brackets
    ("Date (UTC)") beside the plain one ("Date") is no repeat: the plain one is read.

    Examples
    --------
    >>> unique_header(["id", "text", "note", "Note"], "a.csv", RecordFields())
    ['id', 'text', 'note', 'Note (column 4)']
    >>> unique_header(["text", "Date (UTC)", "Date"], "a.csv", RecordFields())
    ['text', 'Date (UTC) (column 2)', 'Date']
    """
    seen: dict[str, int] = {}
    out: list[str] = []
    read = fields.read_names()
    for number, name in enumerate(names, 1):
        key = field_key(name)
        first = seen.setdefault(key, number)
        if first == number:
            out.append(name)
        elif plain_key(names[first - 1]) != plain_key(name):  # "Date (UTC)" beside "Date"
            if plain_key(name) == key:  # the plain name is read, the qualified one kept
                out[first - 1] = f"{names[first - 1]} (column {first})"
                seen[key] = number
                out.append(name)
            else:
                out.append(f"{name} (column {number})")
        elif key in read:
            raise InputError(
                f"{source}: the CSV header names the column {quoted(name.strip())} twice (columns "
                f"{first} and {number}); rename one, geomap cannot tell which to read"
            )
        else:
            out.append(f"{name} (column {number})")
    return out


#: Metadata fields a table without a column for them is told about (the comparison of
#: outlets over time needs them).
_NOTED_FIELDS = ("title", "outlet", "published", "author")
#: Column keys read as an article's summary when it has no text.
_SUMMARY_KEYS = frozenset(field_key(f) for f in SUMMARY_FIELDS)


def unread_columns(names: list[str], fields: RecordFields) -> list[str]:
    """The column names of ``names`` no text, id, summary or metadata is read from.

    >>> unread_columns(["Item ID", "Article Text", "Desk", "Sentiment"], RecordFields())
    ['Desk', 'Sentiment']
    """
    read = fields.read_names() | _SUMMARY_KEYS
    return [n for n in names if n.strip() and field_key(n) not in read]


def absent_fields(names: list[str], fields: RecordFields) -> list[str]:
    """The metadata fields (of title, outlet, published, author) no column gives.

    >>> absent_fields(["Item ID", "Headline", "Article Text", "Channel"], RecordFields())
    ['outlet', 'published', 'author']
    """
    keys = {field_key(n) for n in names}
    return [name for name in _NOTED_FIELDS if not keys & _read_from(name, fields)]


def _read_from(name: str, fields: RecordFields) -> set[str]:
    named = fields.metadata.get(name)
    return {field_key(named)} if named else set(alias_keys(name))


def unread_note(
    source: str,
    names: list[str],
    fields: RecordFields,
    what: str = "column",
    read: Collection[str] = (),
) -> list[str]:
    """A note when the header gives no column for a metadata field and has columns unread.

    A monitoring tool's "Media Outlet" or "Journalist" column is not one of the names
    geomap knows: the note names the fields missing and the columns kept unread, and
    how to name one (``--field outlet=COLUMN``).  ``what`` names them otherwise: a JSON
    Lines file's first record has fields (a scraper's ``portal``, ``pub``, ``href``).
    None once a field is named with ``--field``: the user chose the fields.  ``read``:
    the metadata fields the first record gave (a JSON record's nested ``meta`` object
    read): they are not missing.

    >>> note = unread_note("a.csv", ["id", "text", "title", "date", "Channel"], RecordFields())
    >>> note[0][:68]
    "a.csv: no column for the outlet, author; columns not read: 'Channel'"
    """
    if fields.metadata:  # fields named with --field: a name missing is warned of itself
        return []
    absent = [name for name in absent_fields(names, fields) if name not in read]
    unread = unread_columns(names, fields)
    if not absent or not unread:
        return []
    shown = ", ".join(quoted(n.strip()) for n in unread[:8]) + (", ..." if len(unread) > 8 else "")
    return [
        f"{source}: no {what} for the {', '.join(absent)}; {what}s not read: {shown} "
        f"(name one with {field_setting(absent[0], what.upper(), fields.wording)}) "
        "(the whole file)"
    ]


def header_cells(values: list[Any]) -> tuple[str, ...]:
    """A row's cells as they compare with the header's: case, space and a BOM ignored."""
    return tuple(str(v or "").strip().lstrip("\ufeff").strip().lower() for v in values)


#: Excel's first line naming the delimiter ("sep=;"), which Excel itself hides.
_SEP_LINE = re.compile(r'"?sep=(.)"?\s*', re.IGNORECASE)


def preamble(head: str, delimiters: tuple[str, ...]) -> tuple[int, str | None]:
    r"""The lines before a CSV header (blank, or Excel's ``sep=;``) and the delimiter named.

    >>> preamble("sep=;\r\nTitle;Text\r\n", (",", ";"))
    (1, ';')
    >>> preamble("\n\nid,text\n", (",", ";"))
    (2, None)
    """
    lead, named = 0, None
    lines = head.split("\n")
    for line in lines[:-1]:  # the last may be cut by the sample's end
        found = _SEP_LINE.fullmatch(line.lstrip("\ufeff")) if named is None else None
        if found and found.group(1) in delimiters:
            named = found.group(1)
        elif line.strip(" \t\r\ufeff") or lead >= _MAX_LEAD:
            break
        lead += 1
    return lead, named


#: Lines skipped before a header at most.
_MAX_LEAD = 20
