"""A CSV header's names: each column once, and the header told apart from a row.

Names compare as geomap matches fields (:func:`geomap.metadata.field_key`): case,
spaces, hyphens, underscores and a byte-order mark ignored.
"""

from __future__ import annotations

from typing import Any

from geomap.errors import InputError
from geomap.io.record import RecordFields
from geomap.metadata import field_key


def unique_header(names: list[str], source: str, fields: RecordFields) -> list[str]:
    """The header's column names, each once; an error if geomap reads a repeated one.

    Names compare as geomap matches them (:func:`geomap.metadata.field_key`).  A name
    repeated that the text, id or metadata is read from ("text" and "Text") is an
    error naming the columns: which one holds the article cannot be guessed.  Any
    other repeated name (two unnamed columns, two "notes") keeps both columns, the
    later ones named ``"notes (column 7)"``.

    Examples
    --------
    >>> unique_header(["id", "text", "note", "Note"], "a.csv", RecordFields())
    ['id', 'text', 'note', 'Note (column 4)']
    """
    seen: dict[str, int] = {}
    out: list[str] = []
    read = fields.read_names()
    for number, name in enumerate(names, 1):
        key = field_key(name)
        first = seen.setdefault(key, number)
        if first == number:
            out.append(name)
        elif key in read:
            raise InputError(
                f"{source}: the CSV header names the column {name.strip()!r} twice (columns "
                f"{first} and {number}); rename one, geomap cannot tell which to read"
            )
        else:
            out.append(f"{name} (column {number})")
    return out


def header_cells(values: list[Any]) -> tuple[str, ...]:
    """A row's cells as they compare with the header's: case, space and a BOM ignored."""
    return tuple(str(v or "").strip().lstrip("\ufeff").strip().lower() for v in values)
