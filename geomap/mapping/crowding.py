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


#: The opening view holds the places within twice the distance of this share of the
#: mentions from their weighted median, and at least :data:`STORY_REACH_KM` around it.
STORY_SHARE, STORY_REACH_KM = 0.9, 1000.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _weighted_median(values: Sequence[float], weights: Sequence[float]) -> float:
    """The lowest value at which the running weight reaches half the total."""
    order = sorted(range(len(values)), key=values.__getitem__)
    total, run = sum(weights), 0.0
    for i in order:
        run += weights[i]
        if run * 2 >= total:
            return values[i]
    return values[order[-1]]


def story_points(
    points: Sequence[tuple[float, float]], weights: Sequence[float]
) -> list[tuple[float, float]]:
    """The points (lat, lon) the opening view is fitted to, given their mentions.

    A European story naming Washington once opened on the whole world (user72a): places
    farther from the mentions' weighted median than twice the distance within which
    :data:`STORY_SHARE` of the mentions lie (and than :data:`STORY_REACH_KM`) are left
    out of the view, not off the map.  ``geomap.js``'s ``storyPoints`` does the same on
    the page, over the places the filters show.

    >>> europe = [(52.2, 21.0), (50.45, 30.5), (54.7, 20.5), (56.9, 24.1)]
    >>> story_points([*europe, (38.9, -77.0)], [5, 6, 4, 5, 1]) == europe
    True
    >>> len(story_points([*europe, (38.9, -77.0)], [1, 1, 1, 1, 3]))
    5
    """
    if len(points) < 3:
        return list(points)
    centre = (
        _weighted_median([p[0] for p in points], weights),
        _weighted_median([p[1] for p in points], weights),
    )
    far = [_km(centre, p) for p in points]
    total, run, r90 = sum(weights), 0.0, 0.0
    for i in sorted(range(len(points)), key=far.__getitem__):
        run += weights[i]
        r90 = far[i]
        if run >= STORY_SHARE * total:
            break
    reach = max(2 * r90, STORY_REACH_KM)
    return [p for p, d in zip(points, far, strict=True) if d <= reach] or list(points)


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


def crowded(
    points: Sequence[tuple[float, float]],
    radii: Sequence[float],
    weights: Sequence[float] | None = None,
) -> bool:
    """Whether most markers (at ``points``, lat/lon, with these pixel radii) would overlap.

    ``weights``: the places' mentions, for the opening view (:func:`story_points`; all
    the points when not given).

    >>> crowded([(50.0 + i / 100, 30.0) for i in range(40)] + [(-30.0, -60.0)], [12.0] * 41)
    True
    >>> crowded([(50.0 + i / 100, 30.0) for i in range(10)], [12.0] * 10)
    False
    """
    if len(points) < MIN_MARKERS:
        return False
    zoom = opening_zoom(story_points(points, weights) if weights else points)
    at = [_pixel(lat, lon, zoom) for lat, lon in points]
    over = 0
    for i, ((x, y), r) in enumerate(zip(at, radii, strict=True)):
        over += any(
            j != i and math.hypot(x - x2, y - y2) < (r + r2) * OVERLAP
            for j, ((x2, y2), r2) in enumerate(zip(at, radii, strict=True))
        )
    return over >= CROWDED_SHARE * len(points)
