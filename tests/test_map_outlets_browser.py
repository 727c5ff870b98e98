"""A three-outlet map in headless Chromium: colours by outlet, headlines, confidence, fit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from map_fixtures import basemap_frame, shape_of

from geomap import frames
from geomap.claims.collect import claims_from_mentions
from geomap.mapping import write_map
from geomap.mapping.browser import OfflinePage, offline_page
from geomap.mapping.style import GROUP_COLORS, SEVERAL_COLOR
from geomap.records import Mention, Place, Speaker

pytestmark = pytest.mark.browser

INFO = {
    "r1": {
        "title": "Troops mass near border",
        "outlet": "Reuters",
        "published": "2024-03-01",
        "language": "en",
    },
    "r2": {"title": "Drills continue", "outlet": "Reuters", "published": "2024-03-02"},
    "t1": {
        "title": "Exercises are routine",
        "outlet": "TASS",
        "published": "2024-03-02",
        "language": "ru",
    },
    "k1": {"title": "Kyiv warns", "outlet": "Kyiv Independent", "published": "2024-03-03"},
}
POLAND = Place("798544", "Poland", "country", "PL", None, 0, 19.4, 52.1, "test")
MINSK = Place("625144", "Minsk", "city", "BY", None, 0, 27.57, 53.9, "test")
BERLIN = Place("2950159", "Berlin", "city", "DE", None, 0, 13.41, 52.52, "test")
AFRICA = Place("6255146", "Africa", "continent", None, None, 0, 21.1, 7.2, "test", "CONT")


def _mention(
    article: str, place: Place, confidence: float = 0.95, form: str | None = None
) -> Mention:
    form = form or place.name
    sentence = f"Officials spoke about {form} on Monday."
    start = sentence.index(form)
    speaker = Speaker("Jan Nowak", 0, 9) if article == "t1" else None
    return Mention(
        article, start, start + len(form), form, sentence, 0, place, confidence, speaker=speaker
    )


MENTIONS = [
    _mention("r1", POLAND),
    _mention("r2", POLAND),
    _mention("t1", POLAND),  # two outlets: drawn in the "several" colour
    _mention("r1", MINSK),
    _mention("r2", MINSK, form="Mińsk"),  # Reuters only: Reuters' colour
    _mention("k1", BERLIN, confidence=0.3),  # low confidence
    _mention("t1", AFRICA),  # a continent: left out of the opening view
]


def _write(path: Path, **kwargs: Any) -> Path:
    places = frames.places_frame(MENTIONS, claims_from_mentions(MENTIONS), INFO)
    return write_map(
        places,
        frames.mentions_frame(MENTIONS, INFO),
        path,
        basemap=basemap_frame(),
        shape_of=shape_of,
        article_info=INFO,
        **kwargs,
    )


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    aliases = {POLAND.place_id: ["polska"], BERLIN.place_id: ["berlin city"]}
    return _write(tmp_path_factory.mktemp("outlets") / "map.html", aliases=aliases)


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


def _pin(state: OfflinePage, place_id: str) -> dict[str, Any]:
    """What a place's marker shows: disc fill, ring arcs, badge, aria-label."""
    state.page.locator(f'path.geomap-marker[data-place-id="{place_id}"]').wait_for()
    return dict(
        state.page.evaluate(
            """(pid) => {
                const icon = document.querySelector(`.geomap-pin[data-place-id="${pid}"]`);
                const arcs = Array.from(icon.querySelectorAll("path.geomap-ring-arc"));
                const badge = icon.querySelector(".geomap-badge");
                return {
                    fill: icon.querySelector("path.geomap-marker").getAttribute("fill"),
                    arcs: arcs.map(a => ({color: a.getAttribute("stroke").toLowerCase(),
                                          articles: Number(a.getAttribute("data-articles")),
                                          length: a.getTotalLength()})),
                    badge: badge ? badge.textContent : null,
                    label: icon.getAttribute("aria-label"),
                };
            }""",
            place_id,
        )
    )


def _wait_pin(state: OfflinePage, place_id: str, arcs: int) -> None:
    state.page.wait_for_function(
        '([pid, n]) => { const i = document.querySelector(`.geomap-pin[data-place-id="${pid}"]`);'
        " return i && i.querySelectorAll('path.geomap-ring-arc').length === n; }",
        arg=[place_id, arcs],
    )


REUTERS, TASS = GROUP_COLORS[0].lower(), GROUP_COLORS[1].lower()


def test_the_ring_has_one_arc_per_outlet_and_the_badge_counts_articles(
    page: OfflinePage,
) -> None:
    poland = _pin(page, POLAND.place_id)  # Reuters twice, TASS once
    assert [a["color"] for a in poland["arcs"]] == [REUTERS, TASS]
    assert [a["articles"] for a in poland["arcs"]] == [2, 1]
    reuters, tass = poland["arcs"]
    assert reuters["length"] > 1.5 * tass["length"]  # arcs by articles
    assert poland["badge"] == "3"
    assert "named by 2 outlets: Reuters (2 articles), TASS (1 article)" in poland["label"]
    minsk = _pin(page, MINSK.place_id)  # one outlet: its colour, no ring
    assert minsk["arcs"] == [] and minsk["fill"].lower() == REUTERS and minsk["badge"] == "2"
    assert "named by Reuters (2 articles)" in minsk["label"]
    berlin = _pin(page, BERLIN.place_id)  # one article: no badge; low confidence said
    assert berlin["arcs"] == [] and berlin["badge"] is None
    assert "confidence 0.30 (low)" in berlin["label"]
    # no colour has two meanings: the ring's colours are outlets' legend colours only
    legend = page.page.locator(".geomap-legend")
    assert "ringed by their colours" in legend.inner_text()
    assert "number of articles" in legend.inner_text()
    # the tooltip says the outlets in words too
    page.page.locator(f'path.geomap-marker[data-place-id="{POLAND.place_id}"]').hover()
    tip = page.page.locator(".leaflet-tooltip").inner_text()
    assert "3 articles" in tip and "Reuters (2 articles), TASS (1 article)" in tip


def test_the_timeline_updates_the_ring_and_badge(page: OfflinePage) -> None:
    page.page.locator(".geomap-timeline").wait_for()
    page.page.fill(".geomap-timeline-from", "1")  # 2024-03-02 only: r2 (Reuters), t1 (TASS)
    page.page.fill(".geomap-timeline-to", "1")
    page.page.dispatch_event(".geomap-timeline-to", "input")
    page.page.wait_for_function(
        "() => { const b = document.querySelector("
        "'.geomap-pin[data-place-id=\"798544\"] .geomap-badge');"
        " return b && b.textContent === '2'; }"
    )
    poland = _pin(page, POLAND.place_id)
    assert [(a["color"], a["articles"]) for a in poland["arcs"]] == [(REUTERS, 1), (TASS, 1)]
    assert abs(poland["arcs"][0]["length"] - poland["arcs"][1]["length"]) < 0.5
    page.page.fill(".geomap-timeline-from", "0")  # 2024-03-01 only: r1, Reuters
    page.page.fill(".geomap-timeline-to", "0")
    page.page.dispatch_event(".geomap-timeline-to", "input")
    _wait_pin(page, POLAND.place_id, 0)
    poland = _pin(page, POLAND.place_id)
    assert poland["fill"].lower() == REUTERS and poland["badge"] is None
    assert "in 1 article, named by Reuters (1 article)" in poland["label"]
    row = page.page.locator(f'#geomap-table tbody tr[data-place-id="{POLAND.place_id}"]')
    assert row.locator("td.geomap-num").nth(1).inner_text() == "1"  # the panel agrees


def test_the_outlet_filter_leaves_one_colour_on_the_marker(page: OfflinePage) -> None:
    assert len(_pin(page, POLAND.place_id)["arcs"]) == 2
    page.page.locator("#geomap-outlet-filter").select_option(label="TASS (1 article)")
    _wait_pin(page, POLAND.place_id, 0)
    poland = _pin(page, POLAND.place_id)
    assert poland["fill"].lower() == TASS and poland["badge"] is None
    assert "named by TASS (1 article)" in poland["label"]
    page.page.locator("#geomap-outlet-filter").select_option("-1")
    _wait_pin(page, POLAND.place_id, 2)
    assert _pin(page, POLAND.place_id)["badge"] == "3"


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
    path = _write(tmp_path / "map.html", min_confidence=0.5)
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
        ("Jan Nowak", POLAND),  # a speaker
        ("Kyiv warns", BERLIN),  # a headline
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
    assert _marker_ids(page) == {BERLIN.place_id}
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
    assert _marker_ids(page) == {POLAND.place_id, AFRICA.place_id}


def test_language_filter_shows_one_language(page: OfflinePage) -> None:
    select = page.page.locator("#geomap-language-filter")
    select.wait_for(state="attached")
    options = select.locator("option").all_inner_texts()
    assert options[0] == "All languages" and any(
        o.startswith("Russian (1 article") for o in options
    )
    select.select_option("ru")
    page.page.wait_for_function(
        "() => !document.querySelector('path.geomap-marker[data-place-id=\"625144\"]')"
    )
    assert _marker_ids(page) == {POLAND.place_id, AFRICA.place_id}  # TASS's places only
    select.select_option("")


def test_a_phone_sized_window_folds_the_panel_and_legend(map_path: Path, browser: Any) -> None:
    with offline_page(map_path, browser=browser, width=390, height=800) as state:
        p = state.page
        p.locator("path.geomap-marker").first.wait_for()
        assert p.evaluate("() => document.body.classList.contains('geomap-panel-collapsed')")
        assert p.locator(".geomap-legend-details").get_attribute("open") is None
        legend = p.locator(".geomap-legend").bounding_box()
        assert legend is not None and legend["width"] * legend["height"] < 0.1 * 390 * 800
        # slid out of view (after its CSS transition)
        p.wait_for_function(
            "() => { const e = document.getElementById('geomap-panel');"
            " return !e || e.getBoundingClientRect().right <= 1; }"
        )
        # every fitted place is on screen and not under the legend
        for place in (POLAND, MINSK, BERLIN):
            box = p.locator(f'path.geomap-marker[data-place-id="{place.place_id}"]').bounding_box()
            assert box is not None and 0 <= box["x"] <= 390 and 0 <= box["y"] <= 800
        # the layer control is folded too (expanded on a desktop with four articles)
        p.wait_for_function("() => !document.querySelector('.leaflet-control-layers-expanded')")
        p.locator(".geomap-legend-details > summary").click()  # the legend opens on demand
        assert p.locator(".geomap-legend-details").get_attribute("open") is not None
