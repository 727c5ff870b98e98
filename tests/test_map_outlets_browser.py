"""A three-outlet map in headless Chromium: colours by outlet, headlines, confidence, fit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from outlet_fixtures import AFRICA, BERLIN, KYIV, MINSK, POLAND, write_outlets_map

from geomap.mapping.browser import OfflinePage, offline_page
from geomap.mapping.style import GROUP_COLORS, SEVERAL_COLOR
from geomap.records import Place

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    aliases = {POLAND.place_id: ["polska"], BERLIN.place_id: ["berlin city"]}
    return write_outlets_map(tmp_path_factory.mktemp("outlets") / "map.html", aliases=aliases)


@pytest.fixture
def page(map_path: Path, browser: Any) -> Iterator[OfflinePage]:
    with offline_page(map_path, browser=browser) as state:
        yield state
        assert state.blocked == [] and state.console_errors == []


def _fill(state: OfflinePage, place_id: str) -> str:
    loc = state.page.locator(f'path.geomap-marker[data-place-id="{place_id}"]')
    loc.wait_for()
    return str(loc.get_attribute("fill")).lower()


def test_markers_are_coloured_by_outlet_and_several_outlets_differ(page: OfflinePage) -> None:
    reuters = GROUP_COLORS[0].lower()  # the outlet with most articles comes first
    assert _fill(page, MINSK.place_id) == reuters
    assert _fill(page, POLAND.place_id) == SEVERAL_COLOR.lower()
    legend = page.page.locator(".geomap-legend").inner_text()
    for name in ("Reuters", "TASS", "Kyiv Independent", "several outlets", "low confidence"):
        assert name in legend


def test_a_marker_opens_its_popup_from_the_keyboard(page: OfflinePage) -> None:
    icon = page.page.locator(f'.geomap-pin[data-place-id="{MINSK.place_id}"]')
    icon.focus()
    page.page.keyboard.press("Enter")
    popup = page.page.locator(".leaflet-popup-content .geomap-popup")
    popup.wait_for()
    assert popup.get_attribute("data-place-id") == MINSK.place_id


def test_low_confidence_is_drawn_dashed_and_said_in_the_popup(page: OfflinePage) -> None:
    marker = page.page.locator(f'path.geomap-marker[data-place-id="{BERLIN.place_id}"]')
    marker.wait_for()
    assert "geomap-marker-low" in str(marker.get_attribute("class"))
    assert marker.get_attribute("stroke-dasharray")
    box = marker.bounding_box()
    assert box is not None
    page.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    popup = page.page.locator(".leaflet-popup-content .geomap-popup")
    popup.wait_for()
    text = popup.inner_text()
    assert "confidence 0.30 (low)" in text
    # the article by headline, outlet and date, not by its id
    assert "Kyiv warns · Kyiv Independent · 2024-03-03" in text


def test_opening_view_fits_the_places_not_the_continent(page: OfflinePage) -> None:
    page.page.locator("path.geomap-marker").first.wait_for()
    zoom = page.page.evaluate("() => window.geomapApps[0].map.getZoom()")
    bounds = page.page.evaluate(
        "() => { var b = window.geomapApps[0].map.getBounds();"
        " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"
    )
    south, west, north, east = bounds
    assert zoom >= 3
    for place in (POLAND, MINSK, BERLIN):
        assert south < place.lat < north and west < place.lon < east
    assert not south < AFRICA.lat < north  # Africa's point is outside the opening view


def test_min_confidence_leaves_places_out(tmp_path: Path, browser: Any) -> None:
    path = write_outlets_map(tmp_path / "map.html", min_confidence=0.5)
    with offline_page(path, browser=browser) as state:
        state.page.locator("path.geomap-marker").first.wait_for()
        ids = state.page.evaluate(
            "() => window.geomapApps[0].data.places.map(function (p) { return p.id; })"
        )
        assert BERLIN.place_id not in ids and POLAND.place_id in ids
        assert "1 place(s) below confidence 0.5 left out" in state.page.content()


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("Polska", POLAND),  # an alias
        ("minsk", MINSK),  # the name, folded
        ("Mińsk", MINSK),  # the form an article used
        ("Jan Nowak", KYIV),  # a speaker (in t1; of its places Kyiv has most mentions)
        ("Troops mass near", POLAND),  # a headline (of r1: Poland and Minsk)
    ],
)
def test_search_covers_aliases_forms_speakers_and_headlines(
    page: OfflinePage, query: str, place: Place
) -> None:
    page.page.fill("#geomap-search", query)
    rows = page.page.locator("#geomap-table tbody tr")
    assert rows.first.get_attribute("data-place-id") == place.place_id


def _marker_ids(state: OfflinePage) -> set[str]:
    ids = state.page.eval_on_selector_all(
        "path.geomap-marker", "els => els.map(e => e.getAttribute('data-place-id'))"
    )
    return set(ids)


def test_labels_name_the_biggest_places_without_overlapping(page: OfflinePage) -> None:
    labels = page.page.locator(".geomap-label")
    labels.first.wait_for()
    names = labels.all_inner_texts()
    assert "Poland" in names  # the most-mentioned place is always labelled
    boxes = page.page.eval_on_selector_all(
        ".geomap-label",
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })",
    )
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_timeline_filters_markers_to_the_days_chosen(page: OfflinePage) -> None:
    page.page.locator(".geomap-timeline").wait_for()
    assert {POLAND.place_id, MINSK.place_id, BERLIN.place_id} <= _marker_ids(page)
    page.page.fill(".geomap-timeline-from", "2")  # the last day: 2024-03-03, Kyiv Independent
    page.page.dispatch_event(".geomap-timeline-from", "input")
    page.page.wait_for_function(
        "() => !document.querySelector('path.geomap-marker[data-place-id=\"625144\"]')"
    )
    assert _marker_ids(page) == {BERLIN.place_id, KYIV.place_id}
    assert "2024-03-03 – 2024-03-03" in page.page.locator(".geomap-timeline-label").inner_text()


def test_outlet_filter_shows_one_outlet(page: OfflinePage) -> None:
    select = page.page.locator("#geomap-outlet-filter")
    select.wait_for(state="attached")
    tass = next(
        o.get_attribute("value")
        for o in select.locator("option").all()
        if o.inner_text().startswith("TASS")
    )
    select.select_option(str(tass))
    page.page.wait_for_function(
        "() => !document.querySelector('path.geomap-marker[data-place-id=\"625144\"]')"
    )
    assert _marker_ids(page) == {POLAND.place_id, AFRICA.place_id, KYIV.place_id}


def test_language_filter_shows_one_language(page: OfflinePage) -> None:
    select = page.page.locator("#geomap-language-filter")
    select.wait_for(state="attached")
    options = select.locator("option").all_inner_texts()
    assert options[0] == "All languages" and any(
        o.startswith("Russian (1 article") for o in options
    )
    # the view follows the places of the language chosen (user65: it stayed on all)
    page.page.evaluate(
        "() => { var app = window.geomapApps[0], fit = app.fit; app.fits = 0;"
        " app.fit = function () { app.fits += 1; var shown = Array.from(document.querySelectorAll("
        "'path.geomap-marker')).map(function (m) { return m.getAttribute('data-place-id'); });"
        " app.fitOver = shown; return fit.apply(this, arguments); }; }"
    )
    select.select_option("ru")
    page.page.wait_for_function(
        "() => !document.querySelector('path.geomap-marker[data-place-id=\"625144\"]')"
    )
    # TASS's places only
    assert _marker_ids(page) == {POLAND.place_id, AFRICA.place_id, KYIV.place_id}
    fitted = page.page.evaluate("() => [window.geomapApps[0].fits, window.geomapApps[0].fitOver]")
    assert fitted[0] == 1 and set(fitted[1]) == _marker_ids(page)  # fitted after the refresh
    select.select_option("")


def _rows(state: OfflinePage) -> dict[str, list[str]]:
    """The place table: place id -> its cells' texts."""
    found = state.page.eval_on_selector_all(
        "#geomap-table tbody tr",
        "els => els.map(e => [e.getAttribute('data-place-id'),"
        " Array.from(e.cells).map(c => c.innerText)])",
    )
    return {pid: cells for pid, cells in found}


def test_every_count_follows_the_filters_chosen(page: OfflinePage) -> None:
    p = page.page
    p.locator(".geomap-timeline").wait_for()
    assert "4 dated articles" in p.locator(".geomap-timeline-label").inner_text()
    p.locator("#geomap-language-filter").select_option("ru")  # TASS's t1 only
    p.wait_for_function(
        "() => document.querySelector('.geomap-timeline-label').textContent"
        ".indexOf('1 dated article') >= 0"
    )
    # the places no Russian article names leave the table, and a note says so
    rows = _rows(page)
    assert set(rows) == {POLAND.place_id, AFRICA.place_id, KYIV.place_id}
    assert rows[KYIV.place_id][1:] == ["1", "1"]  # mentions, articles: t1's, not 4 and 3
    assert "2 places named only in articles the filters hide" in p.inner_text("#geomap-more")
    # the panel's counts say what is shown of how many (user65: they stayed the run's)
    assert p.inner_text("#geomap-summary") == "3 of 5 places · 1 of 4 articles"
    # the other filters count what the language filter lets through
    outlets = p.locator("#geomap-outlet-filter option").all_inner_texts()
    assert "TASS (1 article)" in outlets and "Reuters (0 articles)" in outlets
    languages = p.locator("#geomap-language-filter option").all_inner_texts()
    assert "Russian (1 article)" in languages  # its own choices: not counted over itself
    assert p.inner_text("#geomap-source-count") == "1 in the articles shown"
    hidden = p.eval_on_selector_all(
        "#geomap-article-list li.geomap-row-hidden input",
        "els => els.map(e => e.getAttribute('data-article'))",
    )
    assert sorted(hidden) == ["k1", "r1", "r2"]  # on, but filtered out: greyed
    # a popup counts over the articles shown, the whole run's figures after them
    p.fill("#geomap-search", "Kyiv")
    p.locator("#geomap-search").press("Enter")
    popup = p.locator(".leaflet-popup-content .geomap-popup")
    popup.wait_for()
    assert "1 mention in 1 of the 1 article shown (4 mentions in 3 of 4 articles in all)" in (
        popup.locator(".geomap-popup-count").inner_text()
    )
    # then all languages and one outlet: each count follows it
    p.fill("#geomap-search", "")
    p.locator("#geomap-language-filter").select_option("")
    reuters = next(
        o.get_attribute("value")
        for o in p.locator("#geomap-outlet-filter option").all()
        if o.inner_text().startswith("Reuters")
    )
    p.locator("#geomap-outlet-filter").select_option(str(reuters))
    p.wait_for_function(
        "() => document.querySelector('.geomap-timeline-label').textContent"
        ".indexOf('2 dated articles') >= 0"
    )
    assert set(_rows(page)) == {POLAND.place_id, MINSK.place_id, KYIV.place_id}
    assert p.inner_text("#geomap-summary") == "3 of 5 places · 2 of 4 articles"
    languages = p.locator("#geomap-language-filter option").all_inner_texts()
    assert "Russian (0 articles)" in languages and "English (1 article)" in languages
    assert p.inner_text("#geomap-source-count") == "0 in the articles shown"
    bars = p.eval_on_selector_all(".geomap-timeline-bar", "els => els.map(e => e.title)")
    assert bars == ["2024-03-01: 1 article", "2024-03-02: 1 article", "2024-03-03: 0 articles"]
