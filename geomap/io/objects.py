"""Articles from Python objects: what :func:`geomap.geoparse` accepts besides paths.

A pandas DataFrame (one article per row), an iterable of
:class:`~geomap.records.Article` objects or of dicts (one article each), or
paths.  Rows and dicts go through :func:`geomap.io.record.record_article`, so
they are read like corpus records: the text and id from the usual fields (or
those named), the title, outlet and date from theirs, every other field kept
as metadata.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import chain
from os import PathLike
from pathlib import Path
from typing import Any

from geomap.errors import InputError
from geomap.io.readers import read_inputs
from geomap.io.record import ReadResult, RecordFields, record_article
from geomap.metadata import field_key
from geomap.records import Article
from geomap.sanitize import quoted

ACCEPTED = (
    "a path (str or Path), a list of paths, a pandas DataFrame, "
    "or an iterable of geomap Article objects or of dicts with a text field"
)


def _is_frame(obj: object) -> bool:
    return hasattr(obj, "columns") and hasattr(obj, "itertuples") and hasattr(obj, "to_dict")


def _check_path(value: str | PathLike[str]) -> Path:
    text = str(value)
    if not text.strip():  # Path("") is the current folder: never read it unasked
        raise ValueError("geoparse() got an empty path; give '.' for the current folder")
    if "\n" in text or len(text) > 4096:
        raise TypeError(
            "geoparse() got article text where a path was expected; pass texts as "
            '[{"id": ..., "text": ...}] or a DataFrame'
        )
    return Path(text)


def read_objects(
    inputs: object, *, fields: RecordFields, max_article_bytes: int
) -> Iterator[ReadResult]:
    """Articles (and statuses) from any accepted form of ``inputs``, lazily.

    Raises
    ------
    TypeError
        For any other type, naming the accepted forms.
    ValueError
        For an empty path.
    """
    if isinstance(inputs, (str, PathLike)):
        return read_inputs(
            [_check_path(inputs)], max_article_bytes=max_article_bytes, fields=fields
        )
    if _is_frame(inputs):
        return _frame_records(inputs, fields, max_article_bytes)
    if _is_series(inputs):  # df["body"]: one text per row
        series: Any = inputs
        return _frame_records(series.to_frame(name="text"), RecordFields(), max_article_bytes)
    if isinstance(inputs, (bytes, bytearray, Mapping, Article)) or not isinstance(inputs, Iterable):
        raise TypeError(f"geoparse() takes {ACCEPTED}; got {type(inputs).__name__}")
    items = iter(inputs)
    first = next(items, None)
    if first is None:
        return iter(())
    rest = chain([first], items)
    if isinstance(first, (str, PathLike)):
        if isinstance(first, str) and " " in first.strip() and not Path(first).exists():
            raise TypeError(
                f"geoparse() got {quoted(first[:40])}, which is not a file or folder; to geoparse "
                'texts pass [{"id": ..., "text": ...}], a DataFrame or a pandas Series'
            )
        paths = (_check_path(p) for p in rest)
        return read_inputs(paths, max_article_bytes=max_article_bytes, fields=fields)
    if isinstance(first, (Article, Mapping)):
        return _records(rest, "item", fields, max_article_bytes)
    raise TypeError(f"geoparse() takes {ACCEPTED}; got an iterable of {type(first).__name__}")


def _is_series(obj: object) -> bool:
    return hasattr(obj, "to_frame") and hasattr(obj, "index") and not hasattr(obj, "columns")


def _frame_records(frame: Any, fields: RecordFields, max_bytes: int) -> Iterator[ReadResult]:
    """A DataFrame's rows as records; a labelled index (not 0, 1, 2...) gives the ids.

    Raises
    ------
    geomap.errors.InputError
        If ``text_column``/``id_column`` or a ``fields`` value names no column, or no
        column holds text (a ``ValueError``).
    """
    import pandas as pd

    columns = [str(c) for c in frame.columns]
    lower = {field_key(c) for c in columns}
    for what, name in (("text_column", fields.text), ("id_column", fields.id)):
        if name and field_key(name) not in lower:
            raise InputError(f"{what}={quoted(name)} is not a column; the columns are {columns}")
    for key, name in fields.metadata.items():  # every row has the same columns: say it once
        if field_key(name) not in lower:
            raise InputError(
                f"fields={{{quoted(key)}: {quoted(name)}}}: {quoted(name)} is not a column; "
                f"the columns are {columns}"
            )
    if not fields.has_text(columns, summaries=True):
        raise InputError(
            f"no text column in the DataFrame (looked for {fields.describe()}); "
            f"name it with text_column=; the columns are {columns}"
        )
    labelled = not isinstance(frame.index, pd.RangeIndex)
    # a missing label (an index set from a column with gaps) is the row's position,
    # not the id "nan" or "None" shared by every such row
    keys = (
        [str(n) if _missing(k) else str(k) for n, k in enumerate(frame.index)] if labelled else None
    )
    rows = (dict(zip(frame.columns, row, strict=True)) for row in frame.itertuples(False))
    return _records(rows, "DataFrame row", fields, max_bytes, keys)


def _missing(label: object) -> bool:
    """Whether an index label is missing: ``None``, NaN or NaT."""
    import pandas as pd

    try:
        return bool(pd.isna(label))
    except (TypeError, ValueError):  # a tuple of a MultiIndex: an array of answers
        return False


def _records(
    items: Iterable[object],
    what: str,
    fields: RecordFields,
    max_bytes: int,
    keys: list[str] | None = None,
) -> Iterator[ReadResult]:
    seen: set[str] = set()
    for n, item in enumerate(items):
        key = keys[n] if keys is not None else str(n)
        where = f"{what} {key}"
        if isinstance(item, Article):
            article: ReadResult = item
        elif isinstance(item, Mapping):
            article = record_article(item, where, key, max_bytes, fields)
        else:
            raise TypeError(
                f"geoparse(): {where} is a {type(item).__name__}, not a dict or Article"
            )
        if isinstance(article, Article):
            aid = article.article_id
            if aid in seen:  # kept, under its id and position
                new, k = f"{aid}#{n}", 1
                while new in seen:
                    k += 1
                    new = f"{aid}#{n}.{k}"
                note = (
                    f"{where}: id {quoted(aid)} is used by an earlier article; "
                    f"this one is {quoted(new)}"
                )
                article = replace(article, article_id=new, notes=(*article.notes, note))
            seen.add(article.article_id)
        yield article
