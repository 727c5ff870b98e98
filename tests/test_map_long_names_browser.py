"""Names of 1,000 characters with no space (an outlet, a headline) stay inside the map's boxes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from map_fixtures import basemap_frame, shape_of
from outlet_fixtures import INFO, MENTIONS, POLAND

from geomap import frames
from geomap.claims.collect import claims_from_mentions
from geomap.mapping import write_map
from geomap.mapping.articles import article_label
from geomap.mapping.browser import offline_page

pytestmark = pytest.mark.browser

LONG = {
    **INFO,
    "r1": {**INFO["r1"], "outlet": "O" * 1000, "title": "A" * 1000},
    "t1": {**INFO["t1"], "outlet": "\u202e" + "T" * 1000},
}


def _overflow(page: Any, selector: str) -> int:
    """How far (px) the content of the first ``selector`` runs past its box."""
    return int(
        page.evaluate(
            "(s) => { const e = document.querySelector(s); return e.scrollWidth - e.clientWidth; }",
            selector,
        )
    )


def test_long_unbroken_names_wrap_in_the_popup_and_the_legend(tmp_path: Path, browser: Any) -> None:
    places = frames.places_frame(MENTIONS, claims_from_mentions(MENTIONS), LONG)
    path = write_map(
        places,
        frames.mentions_frame(MENTIONS, LONG),
        tmp_path / "map.html",
        basemap=basemap_frame(),
        shape_of=shape_of,
        article_info=LONG,
    )
    with offline_page(path, browser=browser) as state:
        page = state.page
        page.locator(".geomap-legend").wait_for()
        assert _overflow(page, ".geomap-legend") <= 1
        page.evaluate(
            """(pid) => { const app = window.geomapApps[0];
                app.focus(app.data.places.findIndex(p => p.id === pid)); }""",
            POLAND.place_id,
        )
        page.locator(".leaflet-popup-content .geomap-popup").wait_for()
        assert "OOOO" in page.locator(".leaflet-popup-content").inner_text()
        assert _overflow(page, ".leaflet-popup-content") <= 1
        assert state.console_errors == []


def test_an_article_is_labelled_with_its_outlet_cut_like_its_headline() -> None:
    label = article_label("r1", LONG["r1"])
    assert label == f"{'A' * 89}… · {'O' * 59}… · 2024-03-01"
