"""The shapes the map draws for one place: basemap rows, its own polygon, a river's line."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from shapely.geometry.base import BaseGeometry

from geomap.gazetteer.geometry import is_lineal, is_polygonal
from geomap.mapping.basemap import geometry_json

#: Shape kinds drawn without the mention shading: a river's line, an outline.
UNSHADED = frozenset({"line", "outline"})

#: ``gazetteer.shape``, or a stand-in: a place id to its stored geometry.
ShapeOf = Callable[[str], "BaseGeometry | None"]


def place_shapes(
    idx: int,
    pid: str,
    ftype: str,
    cc: str,
    members: list[str],
    iso_row: Mapping[str, int],
    shape_of: ShapeOf | None,
) -> list[dict[str, Any]]:
    """The payload's shapes of one place: basemap rows (by ISO2) where possible, else ``shape_of``.

    A country is its basemap row; a region or continent with members is its
    members' rows (a continent only outlined); any other place its own stored
    shape: an ``area`` (a polygon), an ``outline`` (a sea's or ocean's polygon:
    shaded, it would cover the view and read as land) or, a river, a ``line``.
    See docs/map-payload.md.
    """
    if ftype == "country" and cc in iso_row:
        return [{"p": idx, "kind": "country", "base": iso_row[cc]}]
    if ftype in ("region", "continent") and members:
        # a continent is outlined, not shaded: its shading would cover everything
        kind = "member" if ftype == "region" else "outline"
        rows = [
            {"p": idx, "kind": kind, "base": iso_row[m], "iso": m} for m in members if m in iso_row
        ]
        if rows:
            return rows
    if ftype == "continent":
        return []
    if shape_of is None:
        return []
    geom = shape_of(pid)
    if geom is None or geom.is_empty or not (is_polygonal(geom) or is_lineal(geom)):
        return []
    gj = geometry_json(geom)
    if gj is None:
        return []
    if is_lineal(geom):  # a river: its line, not an area
        return [{"p": idx, "kind": "line", "geom": gj}]
    if ftype == "water":  # outlined like a continent, not shaded
        return [{"p": idx, "kind": "outline", "geom": gj}]
    kind = "member" if ftype == "region" else ("country" if ftype == "country" else "area")
    return [{"p": idx, "kind": kind, "geom": gj}]
