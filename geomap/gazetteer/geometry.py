"""Shapes stored in the artifact: their encoding (zlib-compressed WKB) and their kinds.

A stored shape is an area (Polygon or MultiPolygon: countries, admin units,
regions, seas, lakes) or a line (MultiLineString: rivers).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import TypeGuard

import shapely
from shapely.geometry import LineString, MultiLineString
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union

#: Geometry types of the stored areas.
POLYGONAL = frozenset({"Polygon", "MultiPolygon"})
#: Geometry types of the stored lines.
LINEAL = frozenset({"LineString", "MultiLineString"})
#: Simplification tolerance (degrees, about 1 km) of stored lines.
LINE_TOLERANCE = 0.01


def is_polygonal(geom: BaseGeometry | None) -> TypeGuard[BaseGeometry]:
    """Whether ``geom`` is an area (Polygon or MultiPolygon)."""
    return geom is not None and geom.geom_type in POLYGONAL


def is_lineal(geom: BaseGeometry | None) -> TypeGuard[BaseGeometry]:
    """Whether ``geom`` is a line (LineString or MultiLineString)."""
    return geom is not None and geom.geom_type in LINEAL


def as_multiline(geom: BaseGeometry) -> MultiLineString:
    """A LineString or MultiLineString as a MultiLineString (one GIS geometry type)."""
    if isinstance(geom, MultiLineString):
        return geom
    if isinstance(geom, LineString):
        return MultiLineString([geom])
    raise TypeError(f"not a line: {geom.geom_type}")


def merge_lines(parts: Sequence[BaseGeometry], tolerance: float = LINE_TOLERANCE) -> BaseGeometry:
    """The parts of one river as one simplified MultiLineString.

    Parts that meet end to end are joined (``linemerge``), then each line is
    simplified by ``tolerance`` degrees (its ends kept).

    Parameters
    ----------
    parts
        LineStrings or MultiLineStrings, EPSG:4326 (lon, lat).
    tolerance
        Simplification tolerance in degrees (0 keeps every vertex).

    Returns
    -------
    shapely.geometry.MultiLineString
        The merged line.

    Examples
    --------
    >>> from shapely.geometry import LineString
    >>> merge_lines([LineString([(0, 0), (1, 0)]), LineString([(1, 0), (2, 0.001)])]).geom_type
    'MultiLineString'
    """
    lines = [g for p in parts for g in as_multiline(p).geoms if not g.is_empty]
    merged = linemerge(unary_union(lines)) if len(lines) > 1 else MultiLineString(lines)
    if merged.geom_type not in LINEAL:  # GeometryCollection of nothing
        merged = MultiLineString(lines)
    simple = merged.simplify(tolerance, preserve_topology=False) if tolerance else merged
    return as_multiline(simple if not simple.is_empty else merged)


def encode_shape(geom: BaseGeometry, precision: float = 1e-4) -> bytes:
    """Encode a geometry as compressed WKB, rounded to ``precision`` degrees.

    Parameters
    ----------
    geom
        Geometry in EPSG:4326.
    precision
        Grid size in degrees (1e-4 is about 10 m).

    Returns
    -------
    bytes
        The stored blob.
    """
    snapped = shapely.set_precision(geom, precision) if precision else geom
    if snapped.is_empty:
        snapped = geom
    return zlib.compress(shapely.to_wkb(snapped), 9)


def decode_shape(blob: bytes) -> BaseGeometry:
    """Decode a blob written by :func:`encode_shape`.

    Raises
    ------
    geomap.errors.GazetteerCorruptError
        If the blob is damaged (not zlib data, or not WKB).
    """
    from geomap.errors import GazetteerCorruptError
    from geomap.gazetteer.paths import REBUILD_HINT

    try:
        return shapely.from_wkb(zlib.decompress(blob))
    except (zlib.error, shapely.errors.GEOSException, ValueError, TypeError) as exc:
        raise GazetteerCorruptError(
            f"Gazetteer artifact is corrupt: a stored shape cannot be decoded ({exc}). "
            f"{REBUILD_HINT}"
        ) from exc
