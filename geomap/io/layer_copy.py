"""Formats whose files are ``geomap.gpkg``'s layers, copied one file per layer.

Split from :mod:`geomap.io.geopackage`: GeoParquet and FlatGeobuf
(:mod:`geomap.io.geoparquet`, :mod:`geomap.io.flatgeobuf`) subclass
:class:`LayerCopy`, which the writers' table runs after the GeoPackage.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.base import Finished, Writer
from geomap.io.geopackage import LAYERS, GeoPackage

#: Rows read at a time when a layer is copied to another format.
BATCH = 10_000


def source_of(writer: Writer, run: Finished) -> Path:
    """The run's ``geomap.gpkg`` (written before ``writer``, which requires it)."""
    name = run.outputs.get("gpkg", GeoPackage.filename)
    return writer.path.parent / name


class LayerCopy(Writer):
    """A format whose files are the GeoPackage's layers, copied: ``<layer><suffix>`` each.

    A subclass names its ``suffix`` and copies one layer (:meth:`copy`).
    """

    suffix = ""
    optional = True
    requires = ("gpkg",)

    def copy(self, source: Path, layer: str, target: Path) -> object:
        """Write ``layer`` of the GeoPackage ``source`` to ``target``."""
        raise NotImplementedError

    def finish(self, run: Finished) -> None:
        """Copy each layer of the run's GeoPackage."""
        source = source_of(self, run)
        for layer in LAYERS:
            self.copy(source, layer, self.path.parent / f"{layer}{self.suffix}")
