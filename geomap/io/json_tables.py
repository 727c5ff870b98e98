"""Tables saved as one JSON object: pandas' ``to_json`` shapes, and records keyed by id.

``DataFrame.to_json("x.json")`` writes its columns by default, ``{"title": {"0": "A",
"1": "B"}, "text": {...}}``; ``orient="split"`` writes ``{"columns": [...], "index":
[...], "data": [[...]]}``, and ``orient="index"`` (like many exports keyed by article id)
``{"0": {"title": "A", "text": ...}, "1": {...}}``.  The first was refused ("the text field
holds a JSON object") and the last read as its first record alone, the rest dropped
without a word.  Each is turned into one record per row here; a row's index or key
becomes its id when the row names none, unless the index is only the rows' positions
(pandas' default ``0, 1, 2...``: the file's own numbering names them, as an array's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from geomap.io.record import RecordFields
from geomap.metadata import field_key


def _scalar(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, list))


def _ids(index: Sequence[object] | None, rows: int) -> list[object | None]:
    """Each row's id from the table's index; none when it only counts the rows."""
    if (
        index is None
        or len(index) != rows
        or [str(i) for i in index] == list(map(str, range(rows)))
    ):
        return [None] * rows
    return list(index)


def _with_id(key: object, row: Mapping[str, Any], fields: RecordFields) -> dict[str, Any]:
    """``row`` as a record, its table key as ``id`` when it has no id field."""
    record = dict(row)
    if key is not None and not any(field_key(k) in fields.id_fields for k in record):
        record["id"] = str(key)
    return record


def table_records(value: Mapping[str, Any], fields: RecordFields) -> list[Any] | None:
    """The rows of a table saved as one JSON object, or ``None`` if ``value`` is none.

    >>> table_records({"title": {"7": "A"}, "text": {"7": "Rain in Lima."}}, RecordFields())
    [{'title': 'A', 'text': 'Rain in Lima.', 'id': '7'}]
    >>> table_records({"columns": ["text"], "index": [0], "data": [["Snow."]]}, RecordFields())
    [{'text': 'Snow.'}]
    >>> table_records({"a1": {"text": "Heat."}, "a2": {"text": "Fog."}}, RecordFields())
    [{'text': 'Heat.', 'id': 'a1'}, {'text': 'Fog.', 'id': 'a2'}]
    """
    keys = [str(k) for k in value]
    columns = list(value.values())
    if fields.has_text(keys) and columns and all(isinstance(c, dict) for c in columns):
        index = list(dict.fromkeys(k for column in columns for k in column))
        # pandas gives every column the whole index (nulls included)
        same_index = all(len(column) == len(index) for column in columns)
        if same_index and all(_scalar(v) for column in columns for v in column.values()):
            ids = _ids(index, len(index))
            return [
                _with_id(ids[n], {name: value[name].get(i) for name in value}, fields)
                for n, i in enumerate(index)
            ]
    data, names = value.get("data"), value.get("columns")
    if isinstance(data, list) and isinstance(names, list) and fields.has_text(names):
        given = value.get("index")
        ids = _ids(given if isinstance(given, list) else None, len(data))
        return [
            _with_id(ids[n], dict(zip(names, row, strict=False)), fields)
            if isinstance(row, list)
            else row
            for n, row in enumerate(data)
        ]
    rows = [r for r in columns if isinstance(r, dict)]
    # keyed by id: the keys are ids, not an article's own fields ({"meta": {...},
    # "content": {"text": ...}} is one article whose fields hold objects)
    keyed = len(rows) > 1 and len(rows) == len(columns) and not fields.has_text(keys)
    if keyed and any(fields.has_text([str(k) for k in r]) for r in rows):
        ids = _ids(keys, len(keys))
        return [_with_id(ids[n], r, fields) for n, r in enumerate(rows)]
    return None
