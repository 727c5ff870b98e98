"""Whether a map's markers would cover each other in its opening view.

Markers are clustered above :data:`~geomap.mapping.payload.CLUSTER_THRESHOLD` of them;
below it, a run whose places crowd one region (139 places, 70 of them in Europe, in a
view fitted to the world) opened as one blot of overlapping circles.  This estimates the
opening view as the page fits it (Leaflet's ``fitBounds`` over the places, padded by
15 %, whole zoom levels up to 6, in the map area a laptop screen leaves beside the panel
and the legend) and counts the markers that lie mostly over another.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: The map area of the opening view, in pixels: a 1400 x 900 window less the side panel,
#: the legend and the margins the page keeps (``geomap.js``: ``fitBounds`` paddings).
VIEW_PX = (800.0, 560.0)
#: The page's padding of the places' bounds and its highest opening zoom.
FIT_PAD, FIT_MAX_ZOOM = 0.15, 6
#: Fewer markers than this are never clustered: rings, badges and labels read better.
MIN_MARKERS = 40
#: Clustered when at least this share of the markers lie mostly over another.
CROWDED_SHARE = 0.5
#: Two markers overlap when their centres are closer than this share of their radii's sum.
OVERLAP = 0.75


def _pixel(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """Web Mercator pixel coordinates of a point at ``zoom`` (256-pixel tiles)."""
    size = 256.0 * 2**zoom
    lat = max(min(lat, 85.0511), -85.0511)
    rad = math.radians(lat)
    y = (1 - math.log(math.tan(rad) + 1 / math.cos(rad)) / math.pi) / 2
    return size * (lon + 180) / 360, size * y


def opening_zoom(points: Sequence[tuple[float, float]]) -> int:
    """The highest whole zoom at which the padded bounds of ``points`` (lat, lon) fit the view."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    dlat, dlon = max(lats) - min(lats), max(lons) - min(lons)
    south, north = min(lats) - dlat * FIT_PAD, max(lats) + dlat * FIT_PAD
    west, east = min(lons) - dlon * FIT_PAD, max(lons) + dlon * FIT_PAD
    for zoom in range(FIT_MAX_ZOOM, 0, -1):
        x0, y0 = _pixel(north, west, zoom)
        x1, y1 = _pixel(south, east, zoom)
        if x1 - x0 <= VIEW_PX[0] and y1 - y0 <= VIEW_PX[1]:
            return zoom
    return 0


def crowded(points: Sequence[tuple[float, float]], radii: Sequence[float]) -> bool:
    """Whether most markers (at ``points``, lat/lon, with these pixel radii) would overlap.

    >>> crowded([(50.0 + i / 100, 30.0) for i in range(40)] + [(-30.0, -60.0)], [12.0] * 41)
    True
    >>> crowded([(50.0 + i / 100, 30.0) for i in range(10)], [12.0] * 10)
    False
    """
    if len(points) < MIN_MARKERS:
        return False
    zoom = opening_zoom(points)
    at = [_pixel(lat, lon, zoom) for lat, lon in points]
    over = 0
    for i, ((x, y), r) in enumerate(zip(at, radii, strict=True)):
        over += any(
            j != i and math.hypot(x - x2, y - y2) < (r + r2) * OVERLAP
            for j, ((x2, y2), r2) in enumerate(zip(at, radii, strict=True))
        )
    return over >= CROWDED_SHARE * len(points)
