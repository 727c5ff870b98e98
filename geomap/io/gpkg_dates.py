"""A date column beside each ``published`` text column of ``geomap.gpkg``.

``published`` is ISO 8601 text in the outputs' one form (:mod:`geomap.published`): a
day, or a year or month alone (``2024-03``, never an invented day), so it cannot be
one date-typed column.  GIS tools filter and animate by a date field (QGIS's
temporal controller, ``geopandas`` reading a datetime), so the mentions and claims
layers also get ``published_date``, a GeoPackage ``DATE``: the day the article was
published when ``published`` names one (its first ten characters), else null.
GeoParquet and FlatGeobuf copy it from the GeoPackage.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from geomap.layer_rows import DATE_COLUMN, published_day

#: An ISO 8601 day at the start of a text, as SQLite's GLOB spells it.
_DAY = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*"


def add_date_columns(path: Path, layers: Iterable[str]) -> None:
    """Add :data:`DATE_COLUMN` to each of ``layers`` of GeoPackage ``path`` holding ``published``.

    A value is ``published``'s first ten characters when they are a date
    (:func:`geomap.layer_rows.published_day`, as the frames), else null.
    """
    db = sqlite3.connect(path)
    # GDAL's R-tree triggers name its SQL functions: an UPDATE of another column fires
    # none of them (the row keeps its id), but SQLite needs them to exist to compile it
    db.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    db.create_function("geomap_day", 1, published_day, deterministic=True)
    for name in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        db.create_function(name, 1, _never, deterministic=True)
    try:
        with db:
            for layer in layers:
                columns = {row[1] for row in db.execute(f'PRAGMA table_info("{layer}")')}
                if "published" not in columns or DATE_COLUMN in columns:
                    continue
                db.execute(f'ALTER TABLE "{layer}" ADD COLUMN "{DATE_COLUMN}" DATE')
                db.execute(
                    f'UPDATE "{layer}" SET "{DATE_COLUMN}" = geomap_day(published) '
                    "WHERE published GLOB ?",
                    (_DAY,),
                )
    finally:
        db.close()


def _is_empty(blob: bytes | None) -> int:
    """GeoPackage's ``ST_IsEmpty``: the empty flag of a geometry blob's header."""
    return int(blob is None or len(blob) < 4 or bool(blob[3] & 0x10))


def _never(blob: bytes | None) -> float:
    """A function an R-tree trigger names but this UPDATE never runs (the ids do not change)."""
    raise sqlite3.OperationalError("geomap does not move a GeoPackage row's geometry")
