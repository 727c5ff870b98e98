"""A cluster on the map is named after its most-mentioned place (user58).

At zoom 8 a run's main city (100 mentions) sat in an unlabelled cluster "3" with two
towns beside it, while lesser places around had their names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from map_fixtures import basemap_frame

from geomap.mapping import write_map
from geomap.mapping.browser import offline_page

pytestmark = pytest.mark.browser

# name, mentions, lon, lat: a city with two towns a few km away, and a town apart
TOWNS = [
    ("Big City", 100, 36.23, 49.99),
    ("Suburb One", 3, 36.28, 50.02),
    ("Suburb Two", 2, 36.19, 49.95),
    ("Far Town", 5, 37.6, 49.7),
]


def test_a_cluster_is_labelled_with_its_most_mentioned_place(tmp_path: Path, browser: Any) -> None:
    import geopandas as gpd
    from shapely.geometry import Point

    rows = [
        {
            "place_id": f"p{i}",
            "name": name,
            "feature_type": "city",
            "country_code": "UA",
            "mention_count": n,
            "articles": ["a"],
            "claims": [],
            "members": [],
            "geometry": Point(lon, lat),
        }
        for i, (name, n, lon, lat) in enumerate(TOWNS)
    ]
    places = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    path = write_map(places, None, tmp_path / "map.html", basemap=basemap_frame(), cluster=True)
    with offline_page(path, browser=browser) as state:
        p = state.page
        p.evaluate("() => window.geomapApps[0].map.setView([49.9, 36.8], 8, {animate: false})")
        label = p.locator(".geomap-label-cluster")
        label.wait_for()
        assert label.inner_text() == "Big City +2"
        assert label.get_attribute("data-place-id") == "p0"
        cluster = p.locator(".geomap-cluster").first.get_attribute("aria-label") or ""
        assert "3 places close together" in cluster and "the most mentioned: Big City" in cluster
        # the town apart keeps its own label; the suburbs have none while clustered
        names = p.locator(".geomap-label:not(.geomap-label-cluster)").all_inner_texts()
        assert names == ["Far Town"]
        assert state.blocked == [] and state.console_errors == []
