"""Disputed and breakaway areas drawn honestly: apart from the country that holds them.

Natural Earth's country outlines are de facto: Russia's includes Crimea.  Drawn
as they are, hovering Crimea says "Russia" and a mention of Russia shades
Crimea.  Here each disputed area (:meth:`geomap.gazetteer.Gazetteer.disputed_areas`)
is cut out of the countries, drawn as its own hatched shape whose tooltip says
who administers and who claims it ("Crimea — administered by Russia, claimed
by Ukraine"), and a place of the same name (a mention of Crimea) is shaded as
that shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geomap.mapping.basemap import geometry_json

#: Feature types a disputed area can be named as (not a city inside it).
AREA_TYPES = frozenset({"admin1", "admin2", "region", "country", "landform", "other"})


@dataclass(frozen=True)
class Area:
    """One disputed area ready for the page."""

    name: str
    label: str
    names: frozenset[str]
    geometry: BaseGeometry


def area_label(name: str, administered_by: str | None, claimed_by: str | None) -> str:
    """``"Crimea — administered by Russia, claimed by Ukraine"`` (Natural Earth's notes).

    >>> area_label("Abkhazia", "itself", "Georgia")
    'Abkhazia — self-administered, claimed by Georgia'
    >>> area_label("Siachen Glacier", None, "Pakistan and India")
    'Siachen Glacier — claimed by Pakistan and India'
    """
    parts = []
    if administered_by == "itself":
        parts.append("self-administered")
    elif administered_by:
        parts.append(f"administered by {administered_by}")
    if claimed_by:
        parts.append(f"claimed by {claimed_by}")
    return f"{name} — {', '.join(parts)}" if parts else f"{name} — disputed"


def prepare_areas(frame: gpd.GeoDataFrame | None) -> list[Area]:
    """The areas of a ``disputed_areas`` frame (``name``, ``names``, ``administered_by``...)."""
    if frame is None or len(frame) == 0:
        return []
    out = []
    for row in frame.to_dict("records"):
        geom = row.get("geometry")
        if geom is None or geom.is_empty:
            continue
        name = str(row.get("name") or "")
        raw = row.get("names")
        names = [str(n) for n in raw] if raw is not None and not isinstance(raw, str) else []
        label = area_label(name, row.get("administered_by"), row.get("claimed_by"))
        out.append(Area(name, label, frozenset(n.casefold() for n in [name, *names] if n), geom))
    return out


def cut_out(basemap: gpd.GeoDataFrame | None, areas: list[Area]) -> gpd.GeoDataFrame | None:
    """The basemap with the disputed areas cut out of the countries that contain them."""
    if basemap is None or not areas:
        return basemap
    frame = basemap.copy()
    holes = [a.geometry for a in areas]
    geoms = []
    for geom in frame.geometry:
        if geom is not None:
            for hole in holes:
                if geom.intersects(hole):
                    geom = geom.difference(hole)
        geoms.append(geom)
    frame = frame.set_geometry(geoms)
    return frame


def area_of(name: str, ftype: str, lon_lat: tuple[float, float] | None, areas: list[Area]) -> int:
    """Index of the disputed area a place is, by name (its point inside it), or -1."""
    if ftype not in AREA_TYPES or not areas:
        return -1
    key = name.casefold()
    for i, area in enumerate(areas):
        if key in area.names and (
            lon_lat is None or area.geometry.buffer(0.5).contains(Point(*lon_lat))
        ):
            return i
    return -1


def areas_payload(areas: list[Area]) -> list[dict[str, Any]]:
    """The payload's ``disputed``: ``[{"name", "label", "geom"}]``."""
    out = []
    for area in areas:
        geom = geometry_json(area.geometry)
        if geom is not None:
            out.append({"name": area.name, "label": area.label, "geom": geom})
    return out


def disputed_note(areas: list[Area], index: int) -> Mapping[str, str]:
    """What a place's popup says of the disputed area it is."""
    return {"disputed": areas[index].label} if index >= 0 else {}
