"""Offline gazetteer: GeoNames + Natural Earth names and points in one SQLite file.

Examples
--------
>>> from geomap.gazetteer import Gazetteer
>>> gz = Gazetteer.open()  # doctest: +SKIP
>>> [p.country_code for p in gz.lookup("Georgia")][:2]  # doctest: +SKIP
['GE', 'US']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.paths import default_path
from geomap.gazetteer.store import Gazetteer

if TYPE_CHECKING:
    from geomap.gazetteer.geocoder import GazetteerGeocoder

__all__ = ["Gazetteer", "GazetteerGeocoder", "default_path", "normalize_name"]


def __getattr__(name: str) -> Any:
    """Import the geopy geocoder on first use (keeps ``import geomap.gazetteer`` light)."""
    if name == "GazetteerGeocoder":
        from geomap.gazetteer.geocoder import GazetteerGeocoder

        return GazetteerGeocoder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
