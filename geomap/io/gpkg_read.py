"""A layer of ``geomap.gpkg`` read back with the types its fields have.

The GeoPackage's fields are typed (:mod:`geomap.io.geopackage`): the speaker's and verb's
offsets, ``population`` and the counts are ``Integer64``, ``published_date`` a
``DATE``, the rest of the text ``TEXT``.  ``geopandas.read_file`` reads through NumPy:
an integer field that holds a null comes back ``float64`` (``speaker_start`` of a
claim without a speaker), and an empty layer's text fields (``lines`` when no river is
mentioned) ``object``.  :func:`read_layer` reads through Arrow: integers as pandas'
nullable ``Int64``, text as ``str`` even in an empty layer, ``published_date`` as
``datetime64`` (the GeoJSON files' ``published_date`` reads as one too).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd

from geomap.io.gpkg_dates import DATE_COLUMN


def read_layer(path: str | Path, layer: str) -> gpd.GeoDataFrame:
    """``layer`` of the GeoPackage ``path`` with its fields' own types (module doc).

    Parameters
    ----------
    path
        A ``geomap.gpkg``.
    layer
        ``places``, ``areas``, ``lines``, ``mentions`` or ``claims``.

    Returns
    -------
    geopandas.GeoDataFrame
        Integer fields ``Int64``, text ``str``, ``published_date`` ``datetime64[ms]``.
    """
    import pandas as pd
    import pyarrow as pa
    import pyogrio

    integers = {pa.int8(), pa.int16(), pa.int32(), pa.int64()}

    def mapped(kind: pa.DataType) -> object:
        return pd.Int64Dtype() if kind in integers else None

    frame = pyogrio.read_dataframe(
        path, layer=layer, use_arrow=True, arrow_to_pandas_kwargs={"types_mapper": mapped}
    )
    if DATE_COLUMN in frame.columns:
        frame[DATE_COLUMN] = pd.to_datetime(frame[DATE_COLUMN]).astype("datetime64[ms]")
    return frame
