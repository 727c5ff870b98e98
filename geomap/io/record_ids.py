"""A corpus record's article id: the field picked, spelled visibly, kept short.

The id comes from :data:`geomap.io.record.ID_FIELDS` (or ``--id-field``); a blank one,
or one holding an object or list, gives the default (the record's place in its file).
Every output carries the same id (:func:`geomap.sanitize.visible_id`: control
characters and lone surrogates spelled out), and an id over :data:`MAX_ID_CHARS` is
cut to it with a hash (:func:`short_id`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from geomap.sanitize import has_surrogates, quoted, visible_id

#: Longest id kept as it is: an id is repeated on every mention and claim row, so a
#: megabyte id would multiply the outputs (a URL as id is well under it).
MAX_ID_CHARS = 1000


def short_id(article_id: str) -> str:
    """An id over :data:`MAX_ID_CHARS` cut to it, its hash keeping distinct ids distinct.

    >>> len(short_id("x" * 5000)), short_id("x" * 5000)[-13:]
    (1000, '…c068a1f54d77')
    """
    digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{article_id[: MAX_ID_CHARS - 13]}…{digest}"


def kind_name(value: object) -> str:
    """What a JSON value is, for messages ("number", "JSON object", "list")."""
    kind = {"int": "number", "float": "number", "dict": "JSON object", "bool": "true/false"}
    return kind.get(type(value).__name__, type(value).__name__)


def pick(record: Mapping[str, object], fields: tuple[str, ...]) -> tuple[str, object] | None:
    """The first of ``fields`` with a value in ``record`` (not empty, not NaN), and it."""
    for name in fields:
        value = record.get(name)
        if value is not None and value != "" and not (isinstance(value, float) and value != value):
            return name, value
    return None


def record_id(
    lower: Mapping[str, object],
    given: Mapping[str, str],
    id_fields: tuple[str, ...],
    default_id: str,
    warnings: list[str],
) -> tuple[tuple[str, object] | None, str]:
    """The id field picked (``None``: the default) and the article's id; ``warnings`` added to.

    Parameters
    ----------
    lower
        The record's fields by :func:`geomap.metadata.field_key`.
    given
        Each key's name as the record spells it, for messages.
    id_fields
        The id fields tried, in order.
    default_id
        The id of a record without one.
    warnings
        What was changed in the id is appended here.
    """
    picked = pick(lower, id_fields)
    if picked and (isinstance(picked[1], bool) or not isinstance(picked[1], (str, int, float))):
        warnings.append(
            f"the id field {quoted(given[picked[0]])} holds a {kind_name(picked[1])}, not text "
            f"or a number; the article is {quoted(default_id)}"
        )
        picked = None
    raw_id = " ".join(str(picked[1]).split()) if picked else default_id
    raw_id = raw_id or default_id  # a blank id field: the default
    art_id = visible_id(raw_id)  # the same in every output: joins hold
    if art_id != raw_id and has_surrogates(raw_id):
        warnings.append("invalid Unicode (a lone surrogate) in the id, spelled out as \\uXXXX")
    if "\x00" in raw_id:  # the GeoPackage would have cut the id there
        warnings.append("a NUL character in the id, spelled out as \\u0000")
    elif art_id != raw_id and not has_surrogates(raw_id):
        warnings.append("control characters in the id, spelled out as \\uXXXX")
    if len(art_id) > MAX_ID_CHARS:
        warnings.append(f"id of {len(art_id):,} characters shortened (it is on every row)")
        art_id = short_id(art_id)
    return picked, art_id
