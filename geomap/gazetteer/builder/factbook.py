"""Country "geographic coordinates" of the CIA World Factbook, via the countryinfo package.

The Factbook (a US-government work in the public domain) gives each country a
conventional centre point; GeoNames uses it for most of its country points. The
``countryinfo`` package (MIT) ships it as ``latlng`` in one JSON file per country.
It is read at build time only.
"""

from __future__ import annotations

import json
import logging
from importlib import resources

log = logging.getLogger(__name__)


def factbook_points() -> dict[str, tuple[float, float]]:
    """Return ISO alpha-2 -> ``(lon, lat)``; empty (with a warning) if countryinfo is absent."""
    try:
        root = resources.files("countryinfo") / "data"
    except ModuleNotFoundError:
        log.warning("countryinfo is not installed: country points fall back to Natural Earth")
        return {}
    points: dict[str, tuple[float, float]] = {}
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        data = json.loads(item.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng")
        if isinstance(iso, str) and isinstance(latlng, list) and len(latlng) == 2:
            points[iso.upper()] = (float(latlng[1]), float(latlng[0]))
    return points
