"""Encoding of shapes stored in the artifact (zlib-compressed WKB)."""

from __future__ import annotations

import zlib

import shapely
from shapely.geometry.base import BaseGeometry


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
