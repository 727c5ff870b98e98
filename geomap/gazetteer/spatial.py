"""Grid search for the nearest populated place (``Gazetteer.reverse``).

Populated places carry a grid ``cell`` (see :func:`geomap.gazetteer.schema.cell_of`),
indexed in SQLite.  The search reads windows of cells around the query point,
growing them until the nearest place found is closer than any unsearched cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from geomap.gazetteer.schema import CELL_DEG, COORD_SCALE
from geomap.geo import haversine_km

#: Runs one SQL query and returns its rows.
QueryFn = Callable[[str, Sequence[Any]], list[Any]]

_N_CELLS_LON = int(360 / CELL_DEG)
_N_CELLS_LAT = int(180 / CELL_DEG)
_RANGES_PER_QUERY = 100


def _search_window(lat: float, row0: int, ring: int) -> tuple[range, int]:
    """Rows and longitude half-width (cells) searched at ``ring``: about ``ring`` cells in km."""
    rows = range(max(0, row0 - ring), min(_N_CELLS_LAT, row0 + ring + 1))
    edge = max(abs(rows.start * CELL_DEG - 90.0), abs(rows.stop * CELL_DEG - 90.0))
    cos = math.cos(math.radians(min(edge, 90.0)))
    half = _N_CELLS_LON // 2 if cos < 1e-9 else min(_N_CELLS_LON // 2, math.ceil(ring / cos))
    return rows, half


def _cell_ranges(row: int, lo: int, hi: int) -> list[int]:
    """Cell-id bounds ``[start, end, ...]`` of columns ``lo..hi`` (wrapping) of one grid row."""
    if hi < lo:
        return []
    base = row * _N_CELLS_LON
    if hi - lo + 1 >= _N_CELLS_LON:
        return [base, base + _N_CELLS_LON - 1]
    a, b = lo % _N_CELLS_LON, hi % _N_CELLS_LON
    if a <= b:
        return [base + a, base + b]
    return [base + a, base + _N_CELLS_LON - 1, base, base + b]


def _outside_km(lat: float, lon: float, row0: int, col0: int, rows: range, half: int) -> float:
    """Lower bound (km) of the distance from a point to any cell outside the searched window."""
    south = rows.start * CELL_DEG - 90.0
    north = rows.stop * CELL_DEG - 90.0
    d_lat = min(
        lat - south if rows.start > 0 else math.inf,
        north - lat if rows.stop < _N_CELLS_LAT else math.inf,
    )
    if 2 * half + 1 >= _N_CELLS_LON:
        d_lon_km = math.inf
    else:
        west = (col0 - half) * CELL_DEG - 180.0
        east = (col0 + half + 1) * CELL_DEG - 180.0
        dlon = min(lon - west, east - lon)
        edge = max(abs(south), abs(north))
        c = math.cos(math.radians(min(edge, 90.0))) * math.sin(math.radians(min(dlon, 90.0)))
        d_lon_km = math.asin(min(1.0, c)) * 6371.0
    return min(d_lat * 111.19, d_lon_km)


def nearest_row_id(query: QueryFn, lon: float, lat: float) -> int | None:
    """Return the row id of the populated place nearest to ``(lon, lat)``.

    Parameters
    ----------
    query
        Runs a SQL query against the gazetteer database.
    lon, lat
        Query point, GeoJSON order.

    Returns
    -------
    int or None
        ``places.id`` of the nearest place (ties: lowest id), ``None`` if there is none.
    """
    row0 = min(math.floor((lat + 90.0) / CELL_DEG), _N_CELLS_LAT - 1)
    col0 = math.floor((lon + 180.0) / CELL_DEG) % _N_CELLS_LON
    best: tuple[float, int] | None = None
    searched: dict[int, tuple[int, int]] = {}  # row -> searched column interval
    ring = 0
    while ring <= _N_CELLS_LAT:
        rows, half = _search_window(lat, row0, ring)
        ranges: list[int] = []
        for r in rows:
            lo, hi = col0 - half, col0 + half
            prev = searched.get(r)
            if prev is None:
                segments = [(lo, hi)]
            elif prev[1] - prev[0] + 1 >= _N_CELLS_LON:
                segments = []
            else:
                segments = [(lo, prev[0] - 1), (prev[1] + 1, hi)]
            searched[r] = (lo, hi)
            for a, b in segments:
                ranges.extend(_cell_ranges(r, a, b))
        for i in range(0, len(ranges), 2 * _RANGES_PER_QUERY):
            batch = ranges[i : i + 2 * _RANGES_PER_QUERY]
            where = " OR ".join(["cell BETWEEN ? AND ?"] * (len(batch) // 2))
            sql = f"SELECT id, lon, lat FROM places WHERE cell IS NOT NULL AND ({where})"
            for rid, x, y in query(sql, batch):
                d = haversine_km(lon, lat, x / COORD_SCALE, y / COORD_SCALE)
                if best is None or (d, rid) < (best[0], best[1]):
                    best = (d, rid)
        bound = _outside_km(lat, lon, row0, col0, rows, half)
        if best is not None and best[0] <= bound:
            break
        if math.isinf(bound):
            break
        # With a candidate at distance d, jump to the ring whose window covers d.
        jump = math.ceil(best[0] / (CELL_DEG * 111.19)) if best is not None else 0
        ring = max(ring + 1, jump)
    return best[1] if best is not None else None
