"""A place's marker in headless Chromium: the ring of outlet arcs and the article badge.

The three-outlet corpus of ``outlet_fixtures``: what each marker should show is worked
out from the mentions (articles per outlet, in range) and compared with what the page
drew, for every marker, as the timeline, the outlet and the language filters narrow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from outlet_fixtures import (
    AFRICA,
    BERLIN,
    DAYS,
    INFO,
    KYIV,
    MENTIONS,
    MINSK,
    POLAND,
    articles_per_outlet,
    write_outlets_map,
)

from geomap.mapping.browser import OfflinePage, offline_page
from geomap.mapping.style import GROUP_COLORS, SEVERAL_COLOR

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_outlets_map(tmp_path_factory.mktemp("rings") / "map.html")


@pytest.fixture
def page(map_path: Path, browser: Any) -> Iterator[OfflinePage]:
    with offline_page(map_path, browser=browser) as state:
        state.page.locator("path.geomap-marker").first.wait_for()
        yield state
        assert state.blocked == [] and state.console_errors == []


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


def _drawn(state: OfflinePage) -> dict[str, dict[str, Any]]:
    """Every marker on the page: its disc's fill, its arcs (group, articles, colour), badge."""
    pins = state.page.evaluate(
        """() => Array.from(document.querySelectorAll('.geomap-pin[data-place-id]')).map(i => {
            const badge = i.querySelector('.geomap-badge');
            return {
                id: i.getAttribute('data-place-id'),
                fill: i.querySelector('path.geomap-marker').getAttribute('fill').toLowerCase(),
                arcs: Array.from(i.querySelectorAll('path.geomap-ring-arc')).map(a => [
                    Number(a.getAttribute('data-group')), Number(a.getAttribute('data-articles')),
                    a.getAttribute('stroke').toLowerCase()]),
                badge: badge ? badge.textContent : null,
            };
        })"""
    )
    return {p["id"]: p for p in pins}


def _expected(state: OfflinePage, shown: Callable[[str], bool]) -> dict[str, dict[str, Any]]:
    """What every marker should show, from the mentions: the places with an article in
    range, each ringed by its outlets in the legend's order (arcs by articles) when it
    has two or more, and a badge with its number of articles from two."""
    groups = state.page.evaluate("() => window.geomapApps[0].data.groups.items")
    index = {g["name"]: k for k, g in enumerate(groups)}
    color = {g["name"]: g["color"].lower() for g in groups}
    in_range = {a for a in INFO if shown(a)}
    out = {}
    for pid, outlets in articles_per_outlet(shown).items():
        if pid not in _marked(state) or not set(_articles_of(pid)) & in_range:
            continue  # drawn as a shape, or hidden by the filters
        names = sorted(outlets, key=index.__getitem__)
        n = sum(outlets.values())
        out[pid] = {
            "id": pid,
            "fill": color[names[0]] if len(names) == 1 else SEVERAL_COLOR.lower(),
            "arcs": [[index[o], outlets[o], color[o]] for o in names] if len(names) > 1 else [],
            "badge": str(n) if n > 1 else None,
        }
    return out


def _articles_of(place_id: str) -> list[str]:
    return [m.article_id for m in MENTIONS if m.place is not None and m.place.place_id == place_id]


def _marked(state: OfflinePage) -> set[str]:
    return set(
        state.page.evaluate(
            "() => window.geomapApps[0].data.places.filter(p => p.ll).map(p => p.id)"
        )
    )


def _settled(state: OfflinePage) -> None:
    """Past the page's refresh (a timeout) and the redraw it triggers."""
    state.page.evaluate(
        "() => new Promise(r => setTimeout(() => requestAnimationFrame(() => r(true)), 30))"
    )


def _set_days(state: OfflinePage, first: int, last: int) -> None:
    state.page.fill(".geomap-timeline-from", str(first))
    state.page.fill(".geomap-timeline-to", str(last))
    state.page.dispatch_event(".geomap-timeline-to", "input")
    _settled(state)


def test_every_ring_and_badge_match_the_articles_in_range(page: OfflinePage) -> None:
    def day(a: str) -> int:
        return DAYS.index(str(INFO[a]["published"]))

    assert _drawn(page) == _expected(page, lambda a: True)
    assert len(_drawn(page)[KYIV.place_id]["arcs"]) == 3  # the test has rings to check
    for first, last in [(1, 1), (1, 2), (0, 0), (2, 2), (0, 2)]:
        _set_days(page, first, last)
        assert _drawn(page) == _expected(page, lambda a, f=first, t=last: f <= day(a) <= t), (
            first,
            last,
        )
    select = page.page.locator("#geomap-outlet-filter")
    for k, outlet in enumerate(["Reuters", "TASS", "Kyiv Independent"]):
        select.select_option(
            label=next(
                o for o in select.locator("option").all_inner_texts() if o.startswith(outlet)
            )
        )
        _settled(page)
        assert _drawn(page) == _expected(page, lambda a, o=outlet: INFO[a]["outlet"] == o), k
    select.select_option("-1")
    _set_days(page, 1, 2)  # two filters at once: 03-02..03-03 and Russian (t1)
    page.page.locator("#geomap-language-filter").select_option("ru")
    _settled(page)
    expect = _expected(page, lambda a: INFO[a].get("language") == "ru" and day(a) >= 1)
    assert _drawn(page) == expect and set(expect) == {
        POLAND.place_id,
        KYIV.place_id,
        AFRICA.place_id,
    }


def test_the_legend_explains_the_ring_and_the_badge_in_the_outlets_colours(
    page: OfflinePage,
) -> None:
    legend = page.page.locator(".geomap-legend")
    assert legend.is_visible()
    sample = legend.locator(".geomap-legend-ring", has_text="several outlets")
    colors = sample.locator("path.geomap-legend-arc").evaluate_all(
        "els => els.map(e => e.getAttribute('stroke').toLowerCase())"
    )
    groups = page.page.evaluate("() => window.geomapApps[0].data.groups.items")
    assert colors == [g["color"].lower() for g in groups][:3] and len(colors) == 3
    assert "longer arc: more articles" in sample.inner_text()
    badge = legend.locator(".geomap-legend-badge")
    assert badge.locator(".geomap-legend-pill").inner_text().isdigit()
    assert "number of articles" in badge.inner_text()
    # the drawn ring uses the legend's colours and nothing else
    drawn = {arc[2] for pin in _drawn(page).values() for arc in pin["arcs"]}
    assert drawn and drawn <= set(colors)


def test_a_badge_counts_articles_not_mentions(page: OfflinePage) -> None:
    kyiv = _drawn(page)[KYIV.place_id]  # four mentions in three articles
    assert kyiv["badge"] == "3"
    data = page.page.evaluate(
        "(pid) => window.geomapApps[0].data.places.find(p => p.id === pid)", KYIV.place_id
    )
    assert data["n"] == 4 and len(data["arts"]) == 3
    assert _drawn(page)[MINSK.place_id]["badge"] == "2"
    assert _drawn(page)[BERLIN.place_id]["badge"] is None
