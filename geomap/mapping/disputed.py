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

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import geopandas as gpd
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from geomap.mapping.basemap import PreparedBasemap, geometry_json, prepare_basemap

#: Base layers prepared, by the identity of their frames (which they keep alive).
_PREPARED: dict[tuple[int, int], tuple[Any, Any, list[Area], PreparedBasemap]] = {}

#: Feature types a disputed area can be named as (not a city inside it).
AREA_TYPES = frozenset({"admin1", "admin2", "region", "country", "landform", "other"})


@dataclass(frozen=True)
class Area:
    """One disputed area ready for the page."""

    name: str
    label: str
    names: frozenset[str]
    geometry: BaseGeometry
    #: Point of view (ISO2) -> the country (ISO2) the area belongs to in it.
    owners: Mapping[str, str] = field(default_factory=dict)
    #: The country it belongs to in the map's chosen worldview, if any.
    owner: str | None = None
    #: The dispute it is one part of (Natural Earth's ``BRK_GROUP``: "Jammu and Kashmir").
    group: str | None = None


def area_label(
    name: str, administered_by: str | None, claimed_by: str | None, as_of: str | None = None
) -> str:
    """``"Crimea — administered by Russia, claimed by Ukraine"`` (Natural Earth's notes).

    ``as_of``, the release the note is from, follows in brackets: the status is Natural
    Earth's, of that date, not geomap's own.

    >>> area_label("Abkhazia", "itself", "Georgia")
    'Abkhazia — self-administered, claimed by Georgia'
    >>> area_label("Siachen Glacier", None, "Pakistan and India", "Natural Earth 5.1.1")
    'Siachen Glacier — claimed by Pakistan and India (status as of Natural Earth 5.1.1)'
    """
    parts = []
    if administered_by == "itself":
        parts.append("self-administered")
    elif administered_by:
        parts.append(f"administered by {administered_by}")
    if claimed_by:
        parts.append(f"claimed by {claimed_by}")
    label = f"{name} — {', '.join(parts)}" if parts else f"{name} — disputed"
    return f"{label} (status as of {as_of})" if as_of else label


def written_in_full(name: str, names: list[str]) -> str:
    """An abbreviated name ("W. Sahara") as another of the area's names writes it in full.

    Each word cut with a full stop begins the other name's word in its place; the
    other words are the same.

    >>> written_in_full("W. Sahara", ["Morocco", "W. Sahara", "Western Sahara"])
    'Western Sahara'
    >>> written_in_full("Kuril Is.", ["Kuril Is.", "Kuril Islands", "Russia"])
    'Kuril Islands'
    >>> written_in_full("Crimea", ["Crimea"])
    'Crimea'
    """
    if "." not in name:
        return name
    words = name.split()
    for other in names:
        full = other.split()
        if "." in other or len(full) != len(words):
            continue
        if all(
            w == f or (w.endswith(".") and f.startswith(w[:-1]) and len(f) > len(w) - 1)
            for w, f in zip(words, full, strict=True)
        ):
            return other
    return name


def _written_out(value: object, names: list[str]) -> str | None:
    """A party's name as the label writes it: ``None`` for none, a cut name written out.

    A frame's missing value is NaN ("administered by nan" was shown); Natural Earth
    cuts some names in its notes ("Claimed by Azer."): an area's own name that begins
    with it, the only one, is the name ("Azerbaijan").

    >>> _written_out(float("nan"), []), _written_out("Azer", ["Artsakh", "Azerbaijan"])
    (None, 'Azerbaijan')
    """
    if not isinstance(value, str) or not value.strip():
        return None
    longer = [n for n in names if n != value and n.startswith(value)]
    return longer[0] if len(longer) == 1 else value


def prepare_areas(frame: gpd.GeoDataFrame | None) -> list[Area]:
    """The areas of a ``disputed_areas`` frame (``name``, ``names``, ``administered_by``...)."""
    if frame is None or len(frame) == 0:
        return []
    out = []
    for row in frame.to_dict("records"):
        geom = row.get("geometry")
        if geom is None or geom.is_empty:
            continue
        raw = row.get("names")
        names = [str(n) for n in raw] if raw is not None and not isinstance(raw, str) else []
        name = written_in_full(str(row.get("name") or ""), names)
        spelled = [name, *names]
        label = area_label(
            name,
            _written_out(row.get("administered_by"), spelled),
            _written_out(row.get("claimed_by"), spelled),
            _text(row.get("as_of")),
        )
        owners = row.get("owners")
        views = {str(k): str(v) for k, v in owners.items()} if isinstance(owners, dict) else {}
        keys = frozenset(n.casefold() for n in [name, *names] if n)
        out.append(Area(name, label, keys, geom, views, group=_text(row.get("group"))))
    return out


def _text(value: object) -> str | None:
    """A frame's text value, ``None`` for a missing one (NaN, empty)."""
    return value.strip() if isinstance(value, str) and value.strip() else None


def in_view(areas: list[Area], worldview: str, name_of: Callable[[str], str | None]) -> list[Area]:
    """The areas as ``worldview``'s government sees them: whose part each is, said in its label.

    >>> a = Area("Crimea", "Crimea — administered by Russia, claimed by Ukraine", frozenset(),
    ...          Point(34, 45), {"UA": "UA", "RU": "RU"})
    >>> in_view([a], "UA", {"UA": "Ukraine"}.get)[0].label
    'Crimea — administered by Russia, claimed by Ukraine; part of Ukraine in the view of Ukraine'
    """
    viewer = name_of(worldview) or worldview
    out = []
    for area in areas:
        owner = area.owners.get(worldview)
        if owner is None:
            out.append(area)
            continue
        label = f"{area.label}; part of {name_of(owner) or owner} in the view of {viewer}"
        out.append(replace(area, label=label, owner=owner))
    return out


def base_layers(
    basemap: gpd.GeoDataFrame | None, disputed: gpd.GeoDataFrame | None
) -> tuple[list[Area], PreparedBasemap]:
    """The disputed areas, and the basemap with them cut out, ready for the page.

    Prepared once per pair of frames (a gazetteer's ``basemap()`` and
    ``disputed_areas()`` return the same frames each time), so that a run can
    prepare them while its articles are parsed (:meth:`geomap.io.base.Writer.prepare`).
    The result is shared: callers must not change it.
    """
    key = (id(basemap), id(disputed))
    found = _PREPARED.get(key)
    if found is None or found[0] is not basemap or found[1] is not disputed:
        areas = prepare_areas(disputed)
        found = (basemap, disputed, areas, prepare_basemap(cut_out(basemap, areas)))
        if len(_PREPARED) >= 4:
            _PREPARED.clear()
        _PREPARED[key] = found
    return list(found[2]), found[3]


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
                    geom = polygonal(geom.difference(hole))
        geoms.append(geom)
    frame = frame.set_geometry(geoms)
    return frame


def polygonal(geom: BaseGeometry) -> BaseGeometry:
    """The polygons of a difference (which may add slivers of lines and points).

    Shared by the map's basemap (:func:`cut_out`) and the GeoPackage's ``areas``
    (:mod:`geomap.mapping.area_shapes`): India less Gilgit-Baltistan is polygons and
    three slivers of line, a GeometryCollection no layer of polygons takes.
    """
    if geom.geom_type in ("Polygon", "MultiPolygon") or geom.is_empty:
        return geom
    parts = [g for g in getattr(geom, "geoms", ()) if g.geom_type in ("Polygon", "MultiPolygon")]
    return unary_union(parts) if parts else geom


def area_of(name: str, ftype: str, lon_lat: tuple[float, float] | None, areas: list[Area]) -> int:
    """Index of the disputed area a place is, by name (its point inside it), or -1.

    A country's point must lie inside the area itself, not only near it: Natural Earth
    lists "Georgia" among South Ossetia's names (a point of view's name for it), and
    Georgia's point lies within half a degree of South Ossetia, but Georgia is the
    claimant, not the area ("Western Sahara", whose point lies in it, is the area).
    """
    if ftype not in AREA_TYPES or not areas:
        return -1
    key = name.casefold()
    margin = 0.0 if ftype == "country" else 0.5
    for i, area in enumerate(areas):
        if key in area.names and (
            lon_lat is None or area.geometry.buffer(margin).contains(Point(*lon_lat))
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
