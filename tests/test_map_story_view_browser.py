"""The opening view holds the story, not one far place named once (user72a).

A European story that named Washington once opened on the whole world, its places two
clusters.  The far place stays on the map, outside the opening view; a place holding
more than a tenth of the mentions is never left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from map_fixtures import basemap_frame
from outlet_fixtures import INFO, _mention

from geomap import frames
from geomap.claims import claims_from_mentions
from geomap.mapping import write_map
from geomap.mapping.browser import offline_page
from geomap.records import Place

pytestmark = pytest.mark.browser

BALTIC = [
    Place("t-vilnius", "Vilnius", "city", "LT", None, 0, 25.28, 54.69, "test"),
    Place("t-riga", "Riga", "city", "LV", None, 0, 24.11, 56.95, "test"),
    Place("t-tallinn", "Tallinn", "city", "EE", None, 0, 24.75, 59.44, "test"),
    Place("t-warsaw", "Warsaw", "city", "PL", None, 0, 21.01, 52.23, "test"),
]
FAR = Place("t-washington", "Washington", "city", "US", None, 0, -77.04, 38.9, "test")


def _view(path: Path, browser: Any) -> tuple[float, float, float, float, list[str]]:
    with offline_page(path, browser=browser) as state:
        state.page.locator("path.geomap-marker").first.wait_for()
        south, west, north, east, ids = state.page.evaluate(
            """() => { const app = window.geomapApps[0], b = app.map.getBounds();
                 return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast(),
                         app.data.places.map(p => p.id)]; }"""
        )
    return south, west, north, east, ids


def _map(tmp_path: Path, far_articles: tuple[str, ...]) -> Path:
    mentions = [_mention(a, p) for a in ("r1", "t1") for p in BALTIC for _ in range(2)]
    mentions += [_mention(a, FAR) for a in far_articles]
    return write_map(
        frames.places_frame(mentions, claims_from_mentions(mentions), INFO),
        frames.mentions_frame(mentions, INFO),
        tmp_path / "map.html",
        basemap=basemap_frame(),
        article_info=INFO,
    )


def test_a_place_named_once_far_away_stays_outside_the_opening_view(
    tmp_path: Path, browser: Any
) -> None:
    south, west, north, east, ids = _view(_map(tmp_path, ("t1",)), browser)
    assert FAR.place_id in ids  # on the map
    assert not west < FAR.lon < east  # not in the opening view
    for place in BALTIC:
        assert south < place.lat < north and west < place.lon < east
    assert east - west < 60  # the Baltic, not the Atlantic between


def test_a_far_place_with_a_share_of_the_story_is_in_the_view(tmp_path: Path, browser: Any) -> None:
    south, west, north, east, _ = _view(_map(tmp_path, ("r1", "t1", "r1", "t1")), browser)
    for place in [*BALTIC, FAR]:
        assert south < place.lat < north and west < place.lon < east


def test_story_points_leave_out_a_far_place_of_few_mentions() -> None:
    from geomap.mapping.crowding import story_points

    pts = [(p.lat, p.lon) for p in BALTIC]
    far = (FAR.lat, FAR.lon)
    assert story_points([*pts, far], [4, 4, 4, 4, 1]) == pts
    assert story_points([*pts, far], [4, 4, 4, 4, 4]) == [*pts, far]
    # two places only: both are the story
    assert story_points([pts[0], far], [9, 1]) == [pts[0], far]
    # a world story (places on every continent, alike in mentions) keeps them all
    world = [(51.5, -0.1), (40.7, -74.0), (-33.9, 151.2), (35.7, 139.7), (-23.5, -46.6)]
    assert story_points(world, [1] * 5) == world
