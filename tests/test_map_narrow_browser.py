"""The legend and the controls kept off the data, in headless Chromium: a phone, a
notebook cell, a low window, a desktop.

The panel, the legend and the layer control fold; the opening view keeps the places out
from under every control; labels overlap nothing; the legend steps aside while a tooltip
or a popup meets it (it lies above the map's panes and would cover them) and turns
see-through while markers lie under it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from outlet_fixtures import BERLIN, KYIV, MINSK, POLAND, write_outlets_map

from geomap.mapping.browser import OfflinePage, offline_page

pytestmark = pytest.mark.browser

PHONE = (390, 844)
NOTEBOOK = (700, 420)
FITTED = (POLAND, MINSK, BERLIN, KYIV)
Box = dict[str, float]


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_outlets_map(tmp_path_factory.mktemp("narrow") / "map.html")


@pytest.fixture
def phone(map_path: Path, browser: Any) -> Iterator[OfflinePage]:
    with offline_page(map_path, browser=browser, width=PHONE[0], height=PHONE[1]) as state:
        state.page.locator("path.geomap-marker").first.wait_for()
        yield state
        assert state.blocked == [] and state.console_errors == []


def _boxes(state: OfflinePage, selector: str, hidden: bool = False) -> list[dict[str, Any]]:
    """Screen boxes of the elements matching ``selector`` (only the visible ones unless
    ``hidden``), with their place id."""
    return list(
        state.page.eval_on_selector_all(
            selector,
            """(els, hidden) => els.filter(e => hidden ||
                    getComputedStyle(e).visibility !== 'hidden').map(e => {
                const r = e.getBoundingClientRect();
                const owner = e.closest('[data-place-id]');
                return {x1: r.left, y1: r.top, x2: r.right, y2: r.bottom,
                        id: owner ? owner.getAttribute('data-place-id') : null,
                        what: e.className.baseVal !== undefined ? e.className.baseVal
                              : e.className};
            }).filter(b => b.x2 > b.x1 && b.y2 > b.y1)""",
            hidden,
        )
    )


def _meet(a: Box, b: Box) -> bool:
    return a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"] and b["y1"] < a["y2"]


CONTROLS = ".leaflet-control, .geomap-legend, .geomap-timeline"


def _folded(state: OfflinePage) -> None:
    p = state.page
    assert p.evaluate("() => document.body.classList.contains('geomap-panel-collapsed')")
    p.wait_for_function(  # slid out of view (after its CSS transition)
        "() => { const e = document.getElementById('geomap-panel');"
        " return !e || e.getBoundingClientRect().right <= 1; }"
    )
    assert p.locator(".geomap-legend-details").get_attribute("open") is None
    # the layer control too (expanded on a desktop with four articles)
    assert p.locator(".leaflet-control-layers").count() == 1
    assert p.locator(".leaflet-control-layers-expanded").count() == 0


def _nothing_covers_the_data(state: OfflinePage, width: int, height: int) -> None:
    """Every fitted place on screen and clear of the controls; labels clear of all."""
    controls = _boxes(state, CONTROLS)
    assert any("geomap-legend" in c["what"] for c in controls)
    assert any("geomap-timeline" in c["what"] for c in controls)
    marks = _boxes(state, "path.geomap-marker, path.geomap-ring-arc, .geomap-badge")
    for place in FITTED:
        own = [m for m in marks if m["id"] == place.place_id]
        assert own, place.name
        for m in own:
            assert m["x1"] >= 0 and m["x2"] <= width and m["y1"] >= 0 and m["y2"] <= height
            hit = [c["what"] for c in controls if _meet(m, c)]
            assert not hit, (place.name, hit)
    labels = _boxes(state, ".geomap-label")
    assert labels  # the test has labels to check
    for i, a in enumerate(labels):
        assert not [b for b in labels[i + 1 :] if _meet(a, b)], a
        assert not [m for m in marks if m["id"] != a["id"] and _meet(a, m)], a
        assert not [c for c in controls if _meet(a, c)], a


def test_a_phone_folds_the_panel_legend_and_layers_and_covers_no_place(
    phone: OfflinePage,
) -> None:
    p = phone.page
    _folded(phone)
    legend = p.locator(".geomap-legend").bounding_box()
    assert legend is not None and legend["width"] * legend["height"] < 0.02 * PHONE[0] * PHONE[1]
    _nothing_covers_the_data(phone, *PHONE)
    p.locator(".geomap-legend-details > summary").click()  # the legend opens on demand
    assert p.locator(".geomap-legend-details").get_attribute("open") is not None
    p.locator(".leaflet-control-layers").hover()  # and so does the layer control
    p.wait_for_function("() => document.querySelector('.leaflet-control-layers-expanded')")


def test_a_notebook_cell_folds_the_panel_legend_and_layers(map_path: Path, browser: Any) -> None:
    with offline_page(map_path, browser=browser, width=NOTEBOOK[0], height=NOTEBOOK[1]) as state:
        state.page.locator("path.geomap-marker").first.wait_for()
        _folded(state)
        _nothing_covers_the_data(state, *NOTEBOOK)
        assert state.console_errors == []


def test_a_low_window_folds_the_legend_but_keeps_the_panel(map_path: Path, browser: Any) -> None:
    # wide enough for the panel; the open legend would cover over 15 % of the map
    with offline_page(map_path, browser=browser, width=1200, height=480) as state:
        p = state.page
        p.locator("path.geomap-marker").first.wait_for()
        assert not p.evaluate("() => document.body.classList.contains('geomap-panel-collapsed')")
        assert p.locator(".geomap-legend-details").get_attribute("open") is None
    with offline_page(map_path, browser=browser, width=1400, height=900) as state:
        state.page.locator("path.geomap-marker").first.wait_for()  # room: open
        assert state.page.locator(".geomap-legend-details").get_attribute("open") is not None


def _place_beside_legend(state: OfflinePage, place_id: str) -> Box:
    """Pan so the place's marker sits just left of the open legend's top; its disc's box."""
    p = state.page
    p.evaluate(
        """(pid) => { const app = window.geomapApps[0], map = app.map;
            const leg = document.querySelector('.geomap-legend').getBoundingClientRect();
            const box = map.getContainer().getBoundingClientRect();
            const p = app.data.places.find(q => q.id === pid);
            const at = map.latLngToContainerPoint(p.ll);
            map.panBy([at.x - (leg.left - box.left - 14), at.y - (leg.top - box.top + 40)],
                      {animate: false}); }""",
        place_id,
    )
    disc = p.locator(f'path.geomap-marker[data-place-id="{place_id}"]')
    disc.wait_for()
    box = disc.bounding_box()
    assert box is not None
    return {
        "x1": box["x"],
        "y1": box["y"],
        "x2": box["x"] + box["width"],
        "y2": box["y"] + box["height"],
    }


def _clear(state: OfflinePage, selector: str) -> bool:
    """Whether the element is whole on screen and no shown legend meets it (the legend
    lies above the map's panes: where they meet, it hides what is under it)."""
    box = _boxes(state, selector)[0]
    legends = _boxes(state, ".geomap-legend")
    width, height = state.page.viewport_size["width"], state.page.viewport_size["height"]
    inside = box["x1"] >= 0 and box["y1"] >= 0 and box["x2"] <= width and box["y2"] <= height
    return inside and not [g for g in legends if _meet(g, box)]


def _legend_shown(state: OfflinePage) -> bool:
    return bool(
        state.page.evaluate(
            "() => getComputedStyle(document.querySelector('.geomap-legend')).visibility"
            " === 'visible'"
        )
    )


def test_an_open_tooltip_is_never_under_the_legend(phone: OfflinePage) -> None:
    p = phone.page
    p.locator(".geomap-legend-details > summary").click()
    legend = _boxes(phone, ".geomap-legend")[0]
    disc = _place_beside_legend(phone, POLAND.place_id)
    p.mouse.move((disc["x1"] + disc["x2"]) / 2, (disc["y1"] + disc["y2"]) / 2)
    tip = p.locator(".leaflet-tooltip")
    tip.wait_for()
    assert "Poland" in tip.inner_text()
    assert _meet(_boxes(phone, ".leaflet-tooltip")[0], legend)  # where the legend lies
    assert not _legend_shown(phone)  # it stepped aside
    assert _clear(phone, ".leaflet-tooltip")
    p.mouse.move(5, 5)  # away: the tooltip closes, the legend is back
    tip.wait_for(state="detached")
    p.wait_for_function(
        "() => getComputedStyle(document.querySelector('.geomap-legend')).visibility === 'visible'"
    )


def test_a_popup_is_never_under_the_legend(phone: OfflinePage) -> None:
    p = phone.page
    p.locator(".geomap-legend-details > summary").click()
    assert _legend_shown(phone)
    disc = _place_beside_legend(phone, KYIV.place_id)
    p.mouse.click((disc["x1"] + disc["x2"]) / 2, (disc["y1"] + disc["y2"]) / 2)
    popup = p.locator(".leaflet-popup")
    popup.wait_for()
    p.wait_for_timeout(400)  # the popup's pan into view
    if _meet(_boxes(phone, ".leaflet-popup")[0], _boxes(phone, ".geomap-legend", True)[0]):
        assert not _legend_shown(phone)
    assert _clear(phone, ".leaflet-popup-content")
    p.locator(".leaflet-popup-close-button").click()
    popup.wait_for(state="detached")
    p.wait_for_function(
        "() => getComputedStyle(document.querySelector('.geomap-legend')).visibility === 'visible'"
    )


def test_the_open_legend_turns_see_through_over_markers(map_path: Path, browser: Any) -> None:
    with offline_page(map_path, browser=browser, width=1400, height=900) as state:
        p = state.page
        p.locator("path.geomap-marker").first.wait_for()
        opacity = "() => Number(getComputedStyle(document.querySelector('.geomap-legend')).opacity)"
        assert p.evaluate(opacity) == 1  # the opening view: nothing under it
        legend = _boxes(state, ".geomap-legend")[0]
        p.evaluate(  # Poland under the legend's middle
            """([pid, x, y]) => { const app = window.geomapApps[0], map = app.map;
                const p = app.data.places.find(q => q.id === pid);
                const at = map.latLngToContainerPoint(p.ll);
                map.panBy([at.x - x, at.y - y], {animate: false}); }""",
            [
                POLAND.place_id,
                (legend["x1"] + legend["x2"]) / 2,
                (legend["y1"] + legend["y2"]) / 2,
            ],
        )
        p.wait_for_function(f"() => ({opacity})() < 0.6")  # the marker shows through
        p.mouse.move((legend["x1"] + legend["x2"]) / 2, legend["y1"] + 10)
        p.wait_for_function(f"() => ({opacity})() === 1")  # read under the pointer
        p.mouse.move(700, 100)
        p.wait_for_function(f"() => ({opacity})() < 0.6")
        p.evaluate("() => window.geomapApps[0].map.panBy([-600, 0], {animate: false})")
        p.wait_for_function(f"() => ({opacity})() === 1")  # nothing under it any more
        assert state.console_errors == []


def test_a_phone_fits_places_on_both_sides_of_the_world(tmp_path: Path, browser: Any) -> None:
    """Victoria (Canada) and Melbourne on a phone: the opening view once cut both off (user66)."""
    from map_fixtures import basemap_frame
    from outlet_fixtures import INFO, _mention

    from geomap import frames
    from geomap.claims import claims_from_mentions
    from geomap.mapping import write_map
    from geomap.records import Place

    far = [
        Place("6174041", "Victoria", "city", "CA", None, 0, -123.37, 48.43, "test"),
        Place("2158177", "Melbourne", "city", "AU", None, 0, 144.96, -37.81, "test"),
        Place("3936456", "Lima", "city", "PE", None, 0, -77.03, -12.04, "test"),
        Place("281133", "Gaza", "city", "PS", None, 0, 34.47, 31.5, "test"),
    ]
    mentions = [_mention("r1", p) for p in far]
    path = write_map(
        frames.places_frame(mentions, claims_from_mentions(mentions), INFO),
        frames.mentions_frame(mentions, INFO),
        tmp_path / "map.html",
        basemap=basemap_frame(),
        article_info=INFO,
    )
    with offline_page(path, browser=browser, width=PHONE[0], height=PHONE[1]) as state:
        state.page.locator("path.geomap-marker").first.wait_for()
        marks = _boxes(state, "path.geomap-marker")
        for place in far:
            own = [m for m in marks if m["id"] == place.place_id]
            assert own, place.name
            for m in own:
                assert m["x1"] >= 0 and m["x2"] <= PHONE[0], place.name
                assert m["y1"] >= 0 and m["y2"] <= PHONE[1], place.name
        assert state.blocked == [] and state.console_errors == []
