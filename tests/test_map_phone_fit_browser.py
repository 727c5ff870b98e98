"""A phone's opening view is fitted to the places, not to a continent around them (user68b 12).

Places all in one country (Lviv to Kharkiv) once filled a third of a phone's width, the
rest the Black Sea, Turkey and Egypt: the fit kept 40 px and 15 % margins and snapped
down a whole zoom step.
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

ONE_COUNTRY = [
    Place("t-lviv", "Lviv", "city", "UA", None, 0, 24.03, 49.84, "test"),
    Place("t-kharkiv", "Kharkiv", "city", "UA", None, 0, 36.23, 49.99, "test"),
    Place("t-odesa", "Odesa", "city", "UA", None, 0, 30.73, 46.48, "test"),
    Place("t-kramatorsk", "Kramatorsk", "city", "UA", None, 0, 37.56, 48.72, "test"),
]


@pytest.mark.parametrize("size", [(390, 844), (1280, 800)])
def test_the_opening_view_fills_the_screen_with_the_places(
    tmp_path: Path, browser: Any, size: tuple[int, int]
) -> None:
    mentions = [_mention(a, p) for a in ("r1", "t1") for p in ONE_COUNTRY]
    path = write_map(
        frames.places_frame(mentions, claims_from_mentions(mentions), INFO),
        frames.mentions_frame(mentions, INFO),
        tmp_path / "map.html",
        basemap=basemap_frame(),
        article_info=INFO,
    )
    width, height = size
    with offline_page(path, browser=browser, width=width, height=height) as state:
        state.page.locator("path.geomap-marker").first.wait_for()
        centres = state.page.evaluate(
            """() => { const app = window.geomapApps[0];
                 return app.map.getContainer().parentNode && Object.values(app.markers)
                   .filter(m => m && m.getLatLng)
                   .map(m => app.map.latLngToContainerPoint(m.getLatLng()))
                   .map(p => [p.x, p.y]); }"""
        )
        assert len(centres) == len(ONE_COUNTRY)
        xs = [x for x, _ in centres]
        assert all(0 <= x <= width for x in xs) and all(0 <= y <= height for _, y in centres)
        covered = state.page.evaluate(
            """() => { const p = document.getElementById('geomap-panel');
                 const c = window.geomapApps[0].coveredEdges();
                 const panel = document.body.classList.contains('geomap-panel-collapsed')
                   || !p ? 0 : p.offsetWidth;
                 return Math.max(panel, c.left) + c.right; }"""
        )
        # the places span most of the width the panel and the controls leave
        assert max(xs) - min(xs) >= 0.5 * (width - covered), (centres, covered)
        assert state.blocked == [] and state.console_errors == []
