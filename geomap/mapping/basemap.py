"""The offline basemap: Natural Earth country outlines drawn as a base layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from folium.map import Layer
from jinja2 import Template
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from geomap.mapping.safe import SafeRender

#: Grid (degrees) that embedded outlines are simplified and snapped to (~1 km).
PRECISION = 0.01


def geometry_json(geom: BaseGeometry, precision: float = PRECISION) -> dict[str, Any] | None:
    """Return a compact GeoJSON geometry (lon, lat order), or ``None`` if it vanishes.

    The geometry is simplified to ``precision`` and its coordinates rounded,
    which keeps country outlines small enough for a single HTML file.
    """
    if geom is None or geom.is_empty:
        return None
    g = geom.simplify(precision, preserve_topology=True)
    g = shapely.set_precision(g, precision)
    if g.is_empty:
        return None
    digits = max(0, round(-np.log10(precision)))
    g = shapely.transform(g, lambda c: np.round(c, digits))
    return dict(mapping(g))


def _column(frame: gpd.GeoDataFrame, *names: str) -> str | None:
    lower = {str(c).lower(): str(c) for c in frame.columns}
    for n in names:
        if n in lower:
            return lower[n]
    return None


@dataclass
class PreparedBasemap:
    """Basemap rows ready for the payload.

    Attributes
    ----------
    features
        GeoJSON features ``{"type", "geometry", "properties": {"name", "iso"}}``.
    iso
        ISO2 code of each feature (``""`` when unknown), same order.
    names
        ISO2 -> country name.
    """

    features: list[dict[str, Any]] = field(default_factory=list)
    iso: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)

    def name_of(self, iso2: str) -> str:
        """Return the country name of an ISO2 code, or ``""``."""
        return self.names.get(iso2.upper(), "")


def prepare_basemap(basemap: gpd.GeoDataFrame | None) -> PreparedBasemap:
    """Simplify a basemap frame of polygons into GeoJSON features.

    Parameters
    ----------
    basemap
        Any GeoDataFrame of polygons; ``iso_a2`` and ``name`` columns are used
        when present (case-insensitive).  Reprojected to EPSG:4326 if needed.

    Returns
    -------
    PreparedBasemap
    """
    out = PreparedBasemap()
    if basemap is None or len(basemap) == 0:
        return out
    frame = basemap
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    iso_col = _column(frame, "iso_a2", "iso2", "country_code", "iso_a2_eh")
    name_col = _column(frame, "name", "name_en", "admin", "name_long")
    for i, geom in enumerate(frame.geometry):
        if geom is None or geom.geom_type not in {"Polygon", "MultiPolygon"}:
            continue
        gj = geometry_json(geom)
        if gj is None:
            continue
        iso = str(frame.iloc[i][iso_col]).upper() if iso_col else ""
        if len(iso) != 2 or not iso.isalpha():
            iso = ""
        name = str(frame.iloc[i][name_col]) if name_col else ""
        if iso and name:
            out.names.setdefault(iso, name)
        out.iso.append(iso)
        out.features.append(
            {"type": "Feature", "geometry": gj, "properties": {"name": name, "iso": iso}}
        )
    return out


class Basemap(Layer, SafeRender):
    """Base layer of country outlines built by the runtime from the payload.

    Parameters
    ----------
    app
        The :class:`~geomap.mapping.offline.DataBlob` whose payload holds the outlines.
    name
        Label in the layer control.
    show
        Whether it is the active base layer.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = {{ this.app.get_name() }}.basemapLayer();
        {% endmacro %}
        """
    )

    def __init__(self, app: Any, name: str = "Offline basemap (Natural Earth)", show: bool = True):
        super().__init__(name=name, overlay=False, control=True, show=show)
        self._name = "geomap_basemap"
        self.app = app
