"""The real seed map (pipeline output) in headless Chromium with all network blocked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from map_fixtures import map_payload

from geomap.mapping.browser import offline_page

pytestmark = [pytest.mark.browser, pytest.mark.model]

A000 = "000_d9f3dbef9bd81b5d"
A001 = "001_4d4e7cd0329d1a24"
HOSTILE = (
    'Troops left Kyiv. <img src=x onerror="window.__pwned=1"> '
    "</script><script>window.__pwned=2</script> Ukraine said so."
)


def test_seed_map_offline_poland_popup(seed_outputs: dict[str, Path], browser: Any) -> None:
    html = seed_outputs["map"].read_text(encoding="utf-8")
    assert "unpkg" not in html and "cdn.jsdelivr" not in html and "cdnjs" not in html
    assert seed_outputs["map"].stat().st_size < 3 * 1024 * 1024
    with offline_page(seed_outputs["map"], browser=browser) as state:
        p = state.page
        assert p.locator("path.geomap-marker").count() >= 10
        assert p.locator(".leaflet-geomap-basemap-pane path").count() > 100
        assert p.locator(".leaflet-geomap-shapes-pane path.geomap-shape").count() >= 5
        marker = p.locator('path.geomap-marker[data-place-id="798544"]')  # Poland
        marker.wait_for()
        box = marker.bounding_box()
        assert box is not None
        p.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        popup = p.locator(".leaflet-popup-content .geomap-popup")
        popup.wait_for()
        text = popup.inner_text()
        assert A000 in text and A001 in text
        assert "according to the source" in text and "particularly in Poland" in text
        # what only one article says is shown with its text, not just the article's name
        assert "Said in one article only" in text and "exclave bordering Poland" in text
        assert state.blocked == [] and state.dialogs == [] and state.console_errors == []


def test_seed_map_opens_with_no_marker_under_the_legend(
    seed_outputs: dict[str, Path], browser: Any
) -> None:
    # the seeds name the United States and China too: the widest opening view
    with offline_page(seed_outputs["map"], browser=browser) as state:
        p = state.page
        p.locator("path.geomap-marker").first.wait_for()
        legend = p.locator(".geomap-legend").bounding_box()
        assert legend is not None
        boxes = p.eval_on_selector_all(
            ".geomap-pin",
            "els => els.map(e => { const r = e.querySelector('path.geomap-marker')"
            ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })",
        )
        assert len(boxes) >= 10
        left, top = legend["x"], legend["y"]
        right, bottom = left + legend["width"], top + legend["height"]
        for x1, y1, x2, y2 in boxes:
            assert x1 >= 0 and y1 >= 0 and x2 <= 1400 and y2 <= 900
            assert not (x1 < right and left < x2 and y1 < bottom and top < y2)
        assert state.console_errors == []


def test_hostile_article_through_the_cli(tmp_path: Path, browser: Any) -> None:
    from typer.testing import CliRunner

    from geomap.cli import _register, app

    _register()
    src = tmp_path / "in"
    src.mkdir()
    (src / '<img src=x onerror="window.__pwned=3">.txt').write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["map", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    with offline_page(out / "map.html", browser=browser) as state:
        p = state.page
        p.locator("path.geomap-marker").first.wait_for()
        p.locator("#geomap-table tbody tr").first.click()
        p.locator(".leaflet-popup-content .geomap-popup").wait_for()
        assert p.evaluate("() => window.__pwned === undefined")
        assert p.locator("img[src='x']").count() == 0
        assert state.dialogs == [] and state.blocked == []


def test_crimea_is_drawn_apart_and_says_who_holds_and_claims_it(
    seed_outputs: dict[str, Path], browser: Any
) -> None:
    html = seed_outputs["map"].read_text(encoding="utf-8")
    data = map_payload(html)
    crimea = next(p for p in data["places"] if p["name"] == "Crimea")
    assert crimea["disputed"] == (
        "Crimea — administered by Russia, claimed by Ukraine"
        " (status as of Natural Earth 5.1.1, May 2022)"
    )
    index = data["places"].index(crimea)
    (shape,) = [s for s in data["shapes"] if s["p"] == index]
    assert shape["kind"] == "disputed"
    # Russia's outline no longer holds Crimea: hovering Crimea cannot say "Russia"
    from shapely.geometry import Point
    from shapely.geometry import shape as to_shape

    russia = next(f for f in data["basemap"] if f["properties"]["iso"] == "RU")
    assert not to_shape(russia["geometry"]).contains(Point(34.1, 45.3))
    with offline_page(seed_outputs["map"], browser=browser) as state:
        p = state.page
        p.locator(".geomap-disputed").first.wait_for(state="attached")
        assert p.locator(".geomap-shape-disputed").count() == 1
        assert state.console_errors == []
