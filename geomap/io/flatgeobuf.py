"""FlatGeobuf: ``places``, ``areas``, ``lines``, ``mentions`` and ``claims`` ``.fgb`` files.

Optional (``geomap map --format flatgeobuf``).  Each file is one layer of
``geomap.gpkg`` (:mod:`geomap.io.geopackage`: same columns, flat), streamed from
it with pyogrio's Arrow reader and written by GDAL's FlatGeobuf driver, in
EPSG:4326.  ``places.fgb``, ``areas.fgb`` and ``lines.fgb`` carry a spatial index (QGIS and
web maps, flatgeobuf.js, read them by bounding box over HTTP), so their features
come in the index's order, not the GeoPackage's; ``mentions.fgb``
and ``claims.fgb`` do not: a feature without geometry (an unresolved mention),
which FlatGeobuf's index cannot hold, must never fail the run.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.geopackage import LAYERS
from geomap.io.layer_copy import BATCH, LayerCopy

#: Layers whose every feature has a geometry: written with a spatial index.
INDEXED = frozenset({"places", "areas", "lines"})


def copy_layer(source: Path, layer: str, target: Path) -> None:
    """Write ``layer`` of the GeoPackage ``source`` to the FlatGeobuf file ``target``."""
    import pyogrio

    with pyogrio.open_arrow(source, layer=layer, use_pyarrow=True, batch_size=BATCH) as (
        meta,
        reader,
    ):
        pyogrio.write_arrow(
            reader,
            target,
            driver="FlatGeobuf",
            geometry_name=meta["geometry_name"] or "geometry",
            geometry_type=meta["geometry_type"],
            crs=meta["crs"],
            encoding="UTF-8",
            layer_options={"SPATIAL_INDEX": "YES" if layer in INDEXED else "NO"},
        )


class FlatGeobuf(LayerCopy):
    """``places``, ``areas``, ``lines``, ``mentions`` and ``claims`` ``.fgb``."""

    filename = "places.fgb"
    filenames = tuple(f"{layer}.fgb" for layer in LAYERS)
    suffix = ".fgb"

    def copy(self, source: Path, layer: str, target: Path) -> object:
        """Write one layer (:func:`copy_layer`)."""
        copy_layer(source, layer, target)
        return None
