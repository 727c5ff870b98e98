"""GeoParquet 1.1: ``places``, ``areas``, ``lines``, ``mentions``, ``claims`` ``.parquet`` files.

Optional (``geomap map --format geoparquet``).  Each file is one layer of
``geomap.gpkg`` (:mod:`geomap.io.geopackage`: same columns, flat, list and dict
values as JSON text), streamed from it in batches with pyogrio's Arrow reader,
so a large ``mentions`` layer is never held whole.  Geometry is WKB in a
``geometry`` column, EPSG:4326 (stated as PROJJSON in the ``geo`` metadata, as
geopandas writes it); a mention without a place has a null geometry.  geopandas
(``read_parquet``), DuckDB, QGIS and GDAL read them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from geomap.io.geopackage import LAYER_KINDS, LAYERS
from geomap.io.layer_copy import BATCH, LayerCopy

#: The GeoParquet version written.
VERSION = "1.1.0"
_KINDS = LAYER_KINDS


def _geo_metadata(kind: str) -> bytes:
    from pyproj import CRS

    crs = CRS.from_epsg(4326).to_json_dict()
    column = {"encoding": "WKB", "geometry_types": [kind], "crs": crs}
    return json.dumps(
        {"version": VERSION, "primary_column": "geometry", "columns": {"geometry": column}}
    ).encode("utf-8")


def copy_layer(source: Path, layer: str, target: Path) -> int:
    """Write ``layer`` of the GeoPackage ``source`` to the GeoParquet file ``target``."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    import pyogrio

    rows = 0
    with pyogrio.open_arrow(source, layer=layer, use_pyarrow=True, batch_size=BATCH) as (
        meta,
        reader,
    ):
        geom = meta["geometry_name"] or "geometry"
        fields = [
            pa.field("geometry", pa.binary()) if f.name == geom else f.remove_metadata()
            for f in reader.schema
            if f.name != meta.get("fid_column")
        ]
        schema = pa.schema(fields, metadata={b"geo": _geo_metadata(_KINDS[layer])})
        with pq.ParquetWriter(target, schema, compression="zstd") as out:
            for batch in reader:
                columns: list[Any] = [
                    batch.column(i).cast(pa.binary()) if name == geom else batch.column(i)
                    for i, name in enumerate(batch.schema.names)
                    if name != meta.get("fid_column")
                ]
                out.write_batch(pa.RecordBatch.from_arrays(columns, schema=schema))
                rows += batch.num_rows
    return rows


class GeoParquet(LayerCopy):
    """``places``, ``areas``, ``lines``, ``mentions`` and ``claims`` ``.parquet``."""

    filename = "places.parquet"
    filenames = tuple(f"{layer}.parquet" for layer in LAYERS)
    suffix = ".parquet"

    def copy(self, source: Path, layer: str, target: Path) -> object:
        """Write one layer (:func:`copy_layer`)."""
        return copy_layer(source, layer, target)
