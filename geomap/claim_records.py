"""Each article's claim records, made once for the run store and every writer that reads them.

The run store (:class:`geomap.runstore.RunStore`), ``geomap.gpkg``'s claims layer
and ``claims.csv`` each wrote every claim as :func:`geomap.serialize.claim_record`
(the article's metadata columns found again for each claim): three times the same
dicts, one after another, for the same article.  :func:`claim_records` makes them
once per article (the metadata columns once) and gives the same tuple to the next
caller that asks for the same article, as long as its claims and metadata are
unchanged.  The records are shared: callers read them and never change them.
"""

from __future__ import annotations

from typing import Any

from geomap.metadata import metadata_fields
from geomap.records import ArticleResult
from geomap.serialize import claim_fields

#: The last article asked for: (the result, a copy of its metadata, its records).
_last: list[tuple[ArticleResult, dict[str, str], tuple[dict[str, Any], ...]]] = []


def claim_records(item: ArticleResult) -> tuple[dict[str, Any], ...]:
    """Each of ``item``'s claims as :func:`~geomap.serialize.claim_record`, in order (read-only).

    Made once for an article: asked again for the same result (the same object,
    its metadata equal to what it was), the same records are given back.
    """
    metadata = item.metadata or {}  # an article made without metadata (None), as claim_record
    if _last:
        seen, meta, records = _last[0]
        if seen is item and meta == metadata:
            return records
    columns = metadata_fields(metadata)
    records = tuple(claim_fields(c, metadata, columns) for c in item.claims)
    _last[:] = [(item, dict(metadata), records)]
    return records


def forget() -> None:
    """Drop the last article's records (it stays referenced otherwise)."""
    _last.clear()
