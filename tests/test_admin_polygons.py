"""An admin-1 polygon that holds none of its unit's towns is not the unit's shape."""

from __future__ import annotations

from shapely.geometry import box

from geomap.gazetteer.builder.admins import misplaced_polygon
from geomap.gazetteer.builder.model import Entry


def _town(lon: float, lat: float) -> Entry:
    return Entry(place_id=f"{lon},{lat}", name="t", feature_type="city", country_code="RU",
                 lon=lon, lat=lat, source="geonames")  # fmt: skip


def test_a_polygon_off_its_towns_is_dropped() -> None:
    towns = [_town(33.0 + i * 0.2, 62.0 + i * 0.3) for i in range(6)]  # Karelia's towns
    island = box(35.5, 65.0, 35.9, 65.2)  # Natural Earth's 50 m "Karelia"
    assert misplaced_polygon(island, towns)
    assert not misplaced_polygon(box(30.0, 60.0, 37.0, 67.0), towns)
    # too few towns to judge by
    assert not misplaced_polygon(island, towns[:3])
