"""Two towns a few kilometres apart at zoom 6: their count badges never overlap (user68a B7).

The more-mentioned place keeps its badge; the other's, which would lie on it, is hidden.
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

BIG = Place("t-big", "Bigtown", "city", "UA", None, 0, 38.0, 48.6, "test")
NEAR = Place("t-near", "Neartown", "city", "UA", None, 0, 37.85, 48.58, "test")
FAR = Place("t-far", "Fartown", "city", "UA", None, 0, 30.5, 50.4, "test")


def test_close_badges_do_not_overlap(tmp_path: Path, browser: Any) -> None:
    mentions = [
        *(_mention(a, BIG) for a in ("r1", "r2", "t1", "k1")),
        *(_mention(a, NEAR) for a in ("r1", "t1")),
        *(_mention(a, FAR) for a in ("r1", "k1")),
    ]
    path = write_map(
        frames.places_frame(mentions, claims_from_mentions(mentions), INFO),
        frames.mentions_frame(mentions, INFO),
        tmp_path / "map.html",
        basemap=basemap_frame(),
        article_info=INFO,
        cluster=False,
    )
    with offline_page(path, browser=browser, width=1200, height=800) as state:
        p = state.page
        p.locator("path.geomap-marker").first.wait_for()
        p.evaluate("() => window.geomapApps[0].map.setView([48.6, 37.9], 6, {animate: false})")
        p.wait_for_function("() => document.querySelectorAll('.geomap-badge-hidden').length === 1")
        shown = p.eval_on_selector_all(
            ".geomap-badge",
            """els => els.filter(e => getComputedStyle(e).visibility !== 'hidden').map(e => {
                const r = e.getBoundingClientRect();
                return {id: e.closest('[data-place-id]').getAttribute('data-place-id'),
                        x1: r.left, y1: r.top, x2: r.right, y2: r.bottom}; })""",
        )
        assert {b["id"] for b in shown} == {"t-big", "t-far"}  # the bigger keeps its badge
        for i, a in enumerate(shown):
            for b in shown[i + 1 :]:
                assert not (a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"]
                            and b["y1"] < a["y2"]), (a, b)  # fmt: skip
        # zoomed in, the two lie apart: both badges show
        p.evaluate("() => window.geomapApps[0].map.setView([48.6, 37.9], 11, {animate: false})")
        p.wait_for_function("() => document.querySelectorAll('.geomap-badge-hidden').length === 0")
        assert state.console_errors == []
