"""The timeline's histogram fits its panel, in headless Chromium, at any window width.

Six months of daily articles (a bulk run: 160 publication days) once drew one 2-px bar
per day, 480 px of bars in a 260-px panel: they ran over the map.  Runs of consecutive
days now share a bar when the days do not fit, and the bars are binned again when the
window narrows.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from map_fixtures import basemap_frame, shape_of
from outlet_fixtures import INFO, MENTIONS

from geomap import frames
from geomap.claims.collect import claims_from_mentions
from geomap.mapping import write_map
from geomap.mapping.browser import OfflinePage, offline_page

pytestmark = pytest.mark.browser

DAYS = 160


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    start = date(2024, 1, 1)
    info: dict[str, dict[str, str]] = {**INFO}
    for i in range(DAYS):  # one article a day, two on every fifth day, none mapped
        for j in range(1 + (i % 5 == 0)):
            info[f"d{i}-{j}"] = {"outlet": "Wire", "published": str(start + timedelta(days=i))}
    places = frames.places_frame(MENTIONS, claims_from_mentions(MENTIONS), INFO)
    return write_map(
        places,
        frames.mentions_frame(MENTIONS, INFO),
        tmp_path_factory.mktemp("timeline") / "map.html",
        basemap=basemap_frame(),
        shape_of=shape_of,
        articles=list(info),
        article_info=info,
    )


def _histogram(state: OfflinePage) -> dict[str, Any]:
    """The panel's inner right edge, the bars' right edges, their titles and the label."""
    result: dict[str, Any] = state.page.evaluate(
        """() => {
            const box = document.querySelector('.geomap-timeline');
            const r = box.getBoundingClientRect();
            const pad = parseFloat(getComputedStyle(box).paddingRight);
            const bars = Array.from(box.querySelectorAll('.geomap-timeline-bar'));
            return {inner: r.right - pad, view: window.innerWidth,
                    rights: bars.map(b => b.getBoundingClientRect().right),
                    widths: bars.map(b => b.getBoundingClientRect().width),
                    off: bars.map(b => b.classList.contains('geomap-timeline-off')),
                    titles: bars.map(b => b.title)};
        }"""
    )
    return result


def _fits(h: dict[str, Any]) -> None:
    assert h["rights"], "no bars drawn"
    assert max(h["rights"]) <= h["inner"] + 0.5, (max(h["rights"]), h["inner"])
    assert min(h["widths"]) >= 1.5  # each bar still visible


@pytest.mark.parametrize("width", [1400, 420])
def test_the_histogram_stays_inside_its_panel(map_path: Path, browser: Any, width: int) -> None:
    with offline_page(map_path, browser=browser, width=width, height=800) as state:
        state.page.locator(".geomap-timeline-bar").first.wait_for()
        h = _histogram(state)
        _fits(h)
        assert h["inner"] <= width  # the panel itself in the window
        assert len(h["rights"]) < DAYS  # days share bars: they did not fit one each
        # every day is in exactly one bar: the first and last days head and end the run
        assert h["titles"][0].startswith("2024-01-01") and "2024-06-08" in h["titles"][-1]
        counts = [int(t.split(": ")[1].split()[0]) for t in h["titles"]]
        assert sum(counts) == len(INFO) + DAYS + DAYS // 5
        state.page.fill(".geomap-timeline-from", str(DAYS - 1))  # the last day only
        state.page.dispatch_event(".geomap-timeline-from", "input")
        off = _histogram(state)["off"]
        assert off[-1] is False and all(off[:-1])
        assert state.blocked == [] and state.console_errors == []


def test_a_narrower_window_bins_the_days_again(map_path: Path, browser: Any) -> None:
    with offline_page(map_path, browser=browser, width=1400, height=800) as state:
        state.page.locator(".geomap-timeline-bar").first.wait_for()
        wide = len(_histogram(state)["rights"])
        state.page.set_viewport_size({"width": 420, "height": 800})  # the 180-px timeline
        state.page.wait_for_function(
            f"() => document.querySelectorAll('.geomap-timeline-bar').length < {wide}"
        )
        _fits(_histogram(state))
        assert state.console_errors == []


def test_the_bars_lie_on_a_calendar_axis(tmp_path: Path, browser: Any) -> None:
    """An 18-day gap is 18 days of axis, not one bar's step (user68a B6)."""
    info: dict[str, dict[str, str]] = {
        **INFO,
        "late": {"outlet": "Wire", "published": "2024-03-21"},
    }
    path = write_map(
        frames.places_frame(MENTIONS, claims_from_mentions(MENTIONS), INFO),
        frames.mentions_frame(MENTIONS, INFO),
        tmp_path / "map.html",
        basemap=basemap_frame(),
        articles=list(info),
        article_info=info,
    )
    with offline_page(path, browser=browser, width=1400, height=800) as state:
        p = state.page
        p.locator(".geomap-timeline-bar").first.wait_for()
        h = _histogram(state)
        _fits(h)
        assert len(h["titles"]) == 21  # 2024-03-01 to 03-21, a bar a day
        assert h["titles"][10] == "2024-03-11: 0 articles"
        heights = p.eval_on_selector_all(
            ".geomap-timeline-bar", "els => els.map(e => e.getBoundingClientRect().height)"
        )
        assert heights[0] > 0 and heights[3] == 0 and heights[-1] > 0  # the gap shows
        assert p.get_attribute(".geomap-timeline-to", "max") == "20"  # a step a day
        p.fill(".geomap-timeline-from", "3")  # 2024-03-04: a day without articles
        p.dispatch_event(".geomap-timeline-from", "input")
        label = p.locator(".geomap-timeline-label").inner_text()
        assert label.startswith("2024-03-04 – 2024-03-21 · 1 dated article")
        assert state.console_errors == []
