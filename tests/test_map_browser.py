"""The written map.html in headless Chromium with every network request blocked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from map_fixtures import (
    ART_A,
    ART_B,
    HOSTILE_ID,
    basemap_frame,
    comparison,
    mentions_frame,
    places_frame,
    shape_of,
)

from geomap.mapping import write_map
from geomap.mapping.browser import OfflinePage, offline_page

pytestmark = pytest.mark.browser

POLAND = "798544"


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "map.html"
    return write_map(
        places_frame(),
        mentions_frame(),
        out,
        basemap=basemap_frame(),
        shape_of=shape_of,
        title="Seed <img src=x onerror=alert(1)> map",
        comparison=comparison(),
    )


@pytest.fixture
def page(map_path: Path, browser: Any) -> Iterator[OfflinePage]:
    with offline_page(map_path, browser=browser) as state:
        yield state
        # after every test: nothing left the machine, nothing ran, nothing broke
        assert state.blocked == [], f"requests went out: {state.blocked}"
        assert state.dialogs == [], f"dialogs fired: {state.dialogs}"
        assert state.page.evaluate("() => window.__pwned === undefined")
        assert state.console_errors == [], state.console_errors


def _click_marker(state: OfflinePage, place_id: str) -> None:
    loc = state.page.locator(f'path.geomap-marker[data-place-id="{place_id}"]')
    loc.wait_for()
    box = loc.bounding_box()
    assert box is not None
    state.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    state.page.locator(".leaflet-popup-content .geomap-popup").wait_for()


def test_page_loads_offline_and_draws(page: OfflinePage) -> None:
    p = page.page
    assert p.title() == "Seed <img src=x onerror=alert(1)> map"
    n_places = len(places_frame())
    data = p.evaluate("() => window.geomapApps[0].data")
    # regions are drawn as their shapes, named by a label, without a marker
    areas = [q for q in data["places"] if q["type"] == "region"]
    assert areas and all(q["ll"] is None and q["at"] for q in areas)
    assert p.locator("path.geomap-marker").count() == n_places - len(areas)
    labels = p.locator(".geomap-label-area").all_inner_texts()
    assert "Baltic States" in labels or "Eastern Europe" in labels
    # basemap countries + shaded shapes are SVG paths too
    basemap = p.locator(".leaflet-geomap-basemap-pane path").count()
    assert basemap == len(basemap_frame())
    shapes = p.locator(".leaflet-geomap-shapes-pane path.geomap-shape").count()
    assert shapes >= 1 + 3 + 4  # Poland; Baltic members EE/LV/LT; Eastern Europe members
    assert p.locator(".leaflet-control-layers").count() == 1
    assert p.locator(".geomap-legend").is_visible()
    assert p.locator("#geomap-table tbody tr").count() == n_places


def test_poland_popup_has_claims_of_both_articles(page: OfflinePage) -> None:
    _click_marker(page, POLAND)
    popup = page.page.locator(".leaflet-popup-content .geomap-popup")
    text = popup.inner_text()
    assert "Poland" in text
    assert ART_A in text and ART_B in text
    assert "missile defense systems" in text  # article A's sentence
    assert "particularly in Poland" in text  # article B's sentence
    marks = popup.locator("mark")
    assert marks.count() >= 2
    assert {marks.nth(i).inner_text() for i in range(marks.count())} == {"Poland"}
    assert "the expert" in popup.locator(".geomap-speaker").all_inner_texts()
    assert "Same story in other articles" in text and "both name NATO, Moscow" in text
    # articles in two languages share only the place: under their own heading, after the
    # same-story pairs, never presented as the same story, no claim set beside another
    titles = popup.locator(".geomap-compare-title").all_inner_texts()
    assert titles[:2] == ["Same story in other articles", "This place in other languages"]
    assert "listed by place and date only, not compared by what they say" in text
    other = popup.locator(".geomap-other-language").inner_text()
    assert "the same day · both name Kyiv, <img src='y' onerror='window.__pwned=2'>" in other
    assert "both give 20" in other
    assert "matched by its position only" not in text  # an older file's positional pair


def test_the_popups_comparison_follows_the_articles_shown(page: OfflinePage) -> None:
    p = page.page
    p.locator("path.geomap-marker").first.wait_for()
    # article A toggled off: both same-story pairs involve it, the other-language one not
    p.evaluate(
        "() => { var app = window.geomapApps[0];"
        f" app.map.removeLayer(app.articleLayers[app.data.articles.indexOf({ART_A!r})]);"
        " app.refreshNow(); }"
    )
    _click_marker(page, POLAND)
    popup = p.locator(".leaflet-popup-content .geomap-popup")
    titles = popup.locator(".geomap-compare-title").all_inner_texts()
    assert "Same story in other articles" not in titles  # no heading over no pair
    assert "This place in other languages" in titles
    assert "missile defense systems" not in popup.inner_text()  # A's claim is hidden too
    assert "in 2 of the 2 articles shown (" in popup.locator(".geomap-popup-count").inner_text()


def test_hostile_article_executes_nothing(page: OfflinePage) -> None:
    _click_marker(page, POLAND)
    popup = page.page.locator(".leaflet-popup-content .geomap-popup")
    # the payload is shown as text, not parsed as markup
    assert "</script><script>window.__pwned=1" in popup.inner_text()
    assert popup.locator("img, script").count() == 0
    assert page.page.locator("img[src='x']").count() == 0
    # hostile article id in the layer control is text too
    page.page.locator(".leaflet-control-layers").hover()
    labels = page.page.locator(".leaflet-control-layers-overlays").inner_text()
    assert HOSTILE_ID in labels
    page.page.wait_for_timeout(300)


def test_search_finds_and_opens_place(page: OfflinePage) -> None:
    p = page.page
    p.fill("#geomap-search", "balt")
    rows = p.locator("#geomap-table tbody tr")
    # the place named so first; then places whose claims say "Baltic"
    assert rows.first.get_attribute("data-place-id") == "curated:baltic-states"
    assert rows.count() < p.locator("path.geomap-marker").count()
    p.press("#geomap-search", "Enter")
    popup = p.locator(".leaflet-popup-content .geomap-popup")
    popup.wait_for()
    assert popup.get_attribute("data-place-id") == "curated:baltic-states"
    assert "members: Estonia, Latvia, Lithuania" in popup.inner_text()


def test_row_click_opens_place(page: OfflinePage) -> None:
    p = page.page
    p.locator('#geomap-table tbody tr[data-place-id="524901"]').click()
    popup = p.locator(".leaflet-popup-content .geomap-popup")
    popup.wait_for()
    assert "Moscow" in popup.inner_text()


def test_sources_list_opens_a_place(page: OfflinePage) -> None:
    p = page.page
    p.locator("#geomap-sources summary").click()
    source = p.locator("#geomap-source-list li", has_text="the expert").first
    source.locator("button.geomap-source-place", has_text="Poland").click()
    popup = p.locator(".leaflet-popup-content .geomap-popup")
    popup.wait_for()
    assert popup.get_attribute("data-place-id") == "798544"


def test_article_toggle_hides_its_places(page: OfflinePage) -> None:
    p = page.page
    # Moscow is only in article B: unticking B (panel list) hides Moscow, Poland stays
    p.locator(f'#geomap-article-list input[data-article="{ART_B}"]').uncheck()
    p.wait_for_timeout(50)
    assert p.locator('path.geomap-marker[data-place-id="524901"]').count() == 0
    assert p.locator(f'path.geomap-marker[data-place-id="{POLAND}"]').count() == 1
    # the layer control's checkbox for B follows
    p.locator(".leaflet-control-layers").hover()
    boxes = p.locator(".leaflet-control-layers-overlays input")
    assert [boxes.nth(i).is_checked() for i in range(boxes.count())] == [True, True, False, True]
    p.click("#geomap-all-articles")
    p.wait_for_timeout(50)
    assert p.locator('path.geomap-marker[data-place-id="524901"]').count() == 1
    assert p.locator(f'#geomap-article-list input[data-article="{ART_B}"]').is_checked()


def _ring(state: OfflinePage, place_id: str) -> list[str]:
    return list(
        state.page.eval_on_selector_all(
            f'.geomap-pin[data-place-id="{place_id}"] path.geomap-ring-arc',
            "els => els.map(e => e.getAttribute('stroke'))",
        )
    )


def test_one_outlet_rings_a_place_by_article_and_follows_the_toggles(page: OfflinePage) -> None:
    p = page.page
    p.locator(f'path.geomap-marker[data-place-id="{POLAND}"]').wait_for()
    colors = p.evaluate("() => window.geomapApps[0].data.article_colors")
    assert _ring(page, POLAND) == colors  # all three articles name Poland, one arc each
    label = p.locator(f'.geomap-pin[data-place-id="{POLAND}"]').get_attribute("aria-label")
    assert label is not None and "named by 3 articles: " + ART_A in label
    assert HOSTILE_ID in label  # an attribute value: text, not markup
    assert p.locator(f'.geomap-pin[data-place-id="{POLAND}"] .geomap-badge').text_content() == "3"
    p.locator(f'#geomap-article-list input[data-article="{ART_B}"]').uncheck()
    p.wait_for_function(
        f"""() => document.querySelectorAll(
            '.geomap-pin[data-place-id="{POLAND}"] path.geomap-ring-arc').length === 2"""
    )
    assert _ring(page, POLAND) == [colors[0], colors[2]]
    assert p.locator(f'.geomap-pin[data-place-id="{POLAND}"] .geomap-badge').text_content() == "2"
    # a place named by one article: that article's colour, no ring, no badge
    russia = '.geomap-pin[data-place-id="2017370"]'
    assert _ring(page, "2017370") == [] and p.locator(f"{russia} .geomap-badge").count() == 0
    assert p.locator(f"{russia} path.geomap-marker").get_attribute("fill") == colors[0]


def test_a_region_drawn_as_its_shape_names_its_articles_on_hover(page: OfflinePage) -> None:
    p = page.page
    p.locator(".leaflet-geomap-shapes-pane path.geomap-shape").first.wait_for()
    tip = p.evaluate(
        """() => { const app = window.geomapApps[0];
            const i = app.data.places.findIndex(q => q.id === 'curated:baltic-states');
            const sh = app.shapes.find(x => x.p === i);
            sh.layer.openTooltip(sh.layer.getBounds().getCenter());
            return document.querySelector('.leaflet-tooltip').textContent; }"""
    )
    assert " — part of Baltic States (2 mentions) · " in tip
    assert ART_A in tip and ART_B in tip


def test_clustered_map_search_opens_place_inside_cluster(tmp_path: Path, browser: Any) -> None:
    import geopandas as gpd
    from shapely.geometry import Point

    rows = [
        {
            "place_id": f"p{i}",
            "name": f"Town {i:03d}",
            "feature_type": "city",
            "country_code": "PL",
            "mention_count": 1 + i % 5,
            "articles": [f"art{i % 3}"],
            "claims": [
                {
                    "article": f"art{i % 3}",
                    "sentence": f"Troops arrived in Town {i:03d}.",
                    "start": 0,
                    "end": 30,
                    "speaker": None,
                    "mention_start": 18,
                    "mention_end": 26,
                }
            ],
            "members": [],
            "geometry": Point(14 + (i % 20) * 0.5, 49 + (i // 20) * 0.5),
        }
        for i in range(200)
    ]
    places = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    path = write_map(places, None, tmp_path / "map.html", basemap=basemap_frame())
    with offline_page(path, browser=browser) as state:
        p = state.page
        p.locator(".geomap-cluster").first.wait_for()
        assert p.locator(".geomap-cluster").count() > 0
        # clusters are ringed by the articles of their places, and say so in words
        colors = p.evaluate("() => window.geomapApps[0].data.article_colors")
        strokes = "els => els.map(e => e.getAttribute('stroke'))"
        ring = p.eval_on_selector_all(".geomap-cluster path.geomap-ring-arc", strokes)
        assert set(ring) == set(colors)
        label = p.locator(".geomap-cluster").first.get_attribute("aria-label") or ""
        assert "places close together, named in" in label and "art0" in label
        p.locator('#geomap-article-list input[data-article="art1"]').uncheck()
        p.wait_for_function(
            f"""() => !Array.from(document.querySelectorAll(
                '.geomap-cluster path.geomap-ring-arc')).some(
                e => e.getAttribute('stroke') === '{colors[1]}')"""
        )
        ring = p.eval_on_selector_all(".geomap-cluster path.geomap-ring-arc", strokes)
        assert set(ring) == {colors[0], colors[2]}
        p.locator('#geomap-article-list input[data-article="art1"]').check()
        p.fill("#geomap-search", "Town 123")
        p.press("#geomap-search", "Enter")
        popup = p.locator(".leaflet-popup-content .geomap-popup")
        popup.wait_for(timeout=10000)
        assert popup.get_attribute("data-place-id") == "p123"
        assert popup.locator("mark").inner_text() == "Town 123"
        assert state.blocked == [] and state.console_errors == [] and state.dialogs == []


def test_a_river_draws_its_line(tmp_path: Path, browser: Any) -> None:
    import geopandas as gpd
    from shapely.geometry import MultiLineString, Point

    line = MultiLineString([[(18.0, 49.0), (20.0, 50.0)], [(20.0, 50.0), (23.0, 50.5)]])
    places = gpd.GeoDataFrame(
        [
            {
                "place_id": "ne:river:zed",
                "name": "Zed <img src=x onerror=alert(1)>",
                "feature_type": "water",
                "feature_code": "river",
                "country_code": None,
                "mention_count": 2,
                "articles": ["a"],
                "claims": [],
                "members": [],
                "geometry": Point(20.0, 50.0),
            }
        ],
        geometry="geometry",
        crs=4326,
    )
    out = write_map(
        places,
        None,
        tmp_path / "map.html",
        basemap=basemap_frame(),
        shape_of=lambda pid: line if pid == "ne:river:zed" else None,
    )
    with offline_page(out, browser=browser) as state:
        river = state.page.locator(".leaflet-geomap-shapes-pane path.geomap-shape-line")
        river.first.wait_for()
        assert river.count() == 1  # one path for both parts
        assert river.get_attribute("fill") == "none"
        assert river.get_attribute("data-place-id") == "ne:river:zed"
        assert state.page.locator("path.geomap-marker").count() == 0  # a label, no marker
        label = state.page.locator(".geomap-label-area").all_inner_texts()
        assert len(label) == 1 and label[0].startswith("Zed <img src=x")  # as text
        assert state.blocked == [] and state.dialogs == [] and state.console_errors == []
        assert state.page.evaluate("() => window.__pwned === undefined")
