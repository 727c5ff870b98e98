"""Coordinate order helpers.

geomap stores and passes coordinates in GeoJSON order ``(lon, lat)``.
:func:`latlon` is the single place where the order is flipped, for the
libraries that demand ``(lat, lon)`` (folium/Leaflet, geopy).
"""

from __future__ import annotations

import math
from typing import Protocol

EARTH_RADIUS_KM = 6371.0088


def latlon(lon: float, lat: float) -> tuple[float, float]:
    """Return ``(lat, lon)`` for a point given in GeoJSON order ``(lon, lat)``."""
    return (lat, lon)


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in kilometres between two ``(lon, lat)`` points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class Located(Protocol):
    """Anything with a point in GeoJSON order: a :class:`~geomap.records.Place`."""

    @property
    def lon(self) -> float:
        """Longitude, degrees east."""
        ...

    @property
    def lat(self) -> float:
        """Latitude, degrees north."""
        ...


def km_between(a: Located, b: Located) -> float:
    """Great-circle distance in kilometres between two places' points.

    >>> from types import SimpleNamespace as P
    >>> round(km_between(P(lon=30.52, lat=50.45), P(lon=36.23, lat=49.99)))
    409
    """
    return haversine_km(a.lon, a.lat, b.lon, b.lat)
