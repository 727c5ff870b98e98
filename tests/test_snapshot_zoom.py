"""``scripts/screenshot_map.py --place`` opens a region fitted to it, not at a city's zoom.

user69b B7: ``--place 703883`` (Crimea) opened at a 20 km scale, Crimea filling the
screen with no context: its marker sat in a cluster with the Crimean cities', and the
cluster zoomed in to it (a click on its row keeps at least the view's zoom, up to 9).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from map_fixtures import map_payload
from typer.testing import CliRunner

from geomap.mapping.browser import offline_page
from geomap.mapping.snapshot import _OPEN_PLACE

pytestmark = [pytest.mark.browser, pytest.mark.model]

STORY = (
    "Explosions were heard in Crimea overnight. Residents of Simferopol, Sevastopol, "
    "Yevpatoria, Feodosia and Kerch reported air raid sirens, officials in Kyiv said. "
    "Trains from Lviv and Odesa were delayed, and flights from Warsaw and Berlin too."
)
_FOCUS = """(pid) => { const app = window.geomapApps[0];
    app.focus(app.data.places.findIndex(p => p.id === pid)); }"""


def test_a_regions_popup_opens_at_a_view_fitted_to_its_outline(
    tmp_path: Path, browser: Any
) -> None:
    from geomap.cli import _register, app

    _register()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["map", str(folder), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    html = out / "map.html"
    crimea = next(
        p for p in map_payload(html.read_text("utf-8"))["places"] if p["name"] == "Crimea"
    )
    zooms, views = [], []
    for script in (_FOCUS, _OPEN_PLACE):  # a click on its row; the script's view
        with offline_page(html, browser=browser) as state:
            page = state.page
            # a view already close (a --view, a cluster zoomed into: 20 km in user69b's map)
            page.evaluate("() => window.geomapApps[0].map.setView([44.95, 34.1], 11)")
            page.evaluate(script, crimea["id"])
            page.wait_for_timeout(300)
            zooms.append(page.evaluate("() => window.geomapApps[0].map.getZoom()"))
            views.append(
                page.evaluate(
                    "() => { const b = window.geomapApps[0].map.getBounds();"
                    " return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }"
                )
            )
            assert page.locator(".leaflet-popup").count() == 1
            assert state.console_errors == []
    assert zooms[0] >= 9  # the row's click keeps a city's zoom
    assert zooms[1] <= 7  # the script: a region's view
    west, south, east, north = views[1]
    assert west < 33.0 and east > 36.5 and south < 44.4 and north > 46.0  # all of Crimea
