"""The Sources panel follows the article filters, as the place table does (user58)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from map_fixtures import basemap_frame, shape_of
from outlet_fixtures import INFO, MENTIONS

from geomap import frames
from geomap.claims.collect import claims_from_mentions
from geomap.mapping import write_map
from geomap.mapping.browser import OfflinePage, offline_page
from geomap.records import Speaker

pytestmark = pytest.mark.browser

#: Every article of the three-outlet corpus has its own speaker.
WHO = {"r1": "Anna Kowalska", "r2": "Anna Kowalska", "t1": "Jan Nowak", "k1": "Olha Koval"}
MENTIONS_SAID = [
    dataclasses.replace(m, speaker=Speaker(WHO[m.article_id], 0, 5, kind="person"))
    for m in MENTIONS
]
CLAIMS = claims_from_mentions(MENTIONS_SAID)


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    places = frames.places_frame(MENTIONS_SAID, CLAIMS, INFO)
    return write_map(
        places,
        frames.mentions_frame(MENTIONS_SAID, INFO),
        tmp_path_factory.mktemp("sources") / "map.html",
        basemap=basemap_frame(),
        shape_of=shape_of,
        article_info=INFO,
    )


@pytest.fixture
def page(map_path: Path, browser: Any) -> Iterator[OfflinePage]:
    with offline_page(map_path, browser=browser) as state:
        yield state
        assert state.blocked == [] and state.console_errors == []


def _listed(state: OfflinePage) -> dict[str, str]:
    """Each listed source's name -> its "kind · N claims" line."""
    items = state.page.locator("#geomap-source-list li:not(.geomap-more)").all()
    return {
        i.locator(".geomap-source-name").inner_text(): i.locator(".geomap-art-extra").inner_text()
        for i in items
    }


def _expected(outlet: str | None = None) -> dict[str, str]:
    n = Counter(WHO[c.article_id] for c in CLAIMS if outlet in (None, INFO[c.article_id]["outlet"]))
    return {who: f"person · {k} claim{'' if k == 1 else 's'}" for who, k in n.items()}


def _choose_outlet(state: OfflinePage, outlet: str) -> Any:
    """Choose ``outlet`` in the map's "Show one outlet" list; the list's locator."""
    select = state.page.locator("#geomap-outlet-filter")
    value = next(
        o.get_attribute("value")
        for o in select.locator("option").all()
        if o.inner_text().startswith(outlet)
    )
    select.select_option(str(value))
    return select


def test_sources_count_the_claims_of_the_outlet_shown(page: OfflinePage) -> None:
    p = page.page
    p.locator("#geomap-sources summary").click()
    # who is quoted, not the outlets: "Speakers", as a media researcher reads it (user68a B7)
    assert p.locator("#geomap-sources summary").inner_text().startswith("Speakers (")
    assert _listed(page) == _expected()
    assert p.locator("#geomap-source-count").inner_text() == "3"
    select = _choose_outlet(page, "Kyiv Independent")
    p.wait_for_function(
        "() => document.querySelectorAll('#geomap-source-list .geomap-source-name').length === 1"
    )
    assert _listed(page) == _expected("Kyiv Independent")
    assert p.locator("#geomap-source-count").inner_text() == "1 in the articles shown"
    # the places a source talks about are those of the articles shown
    places = p.locator("#geomap-source-list .geomap-source-place").all_inner_texts()
    assert sorted(places) == ["Berlin", "Kyiv"]
    select.select_option("-1")
    p.wait_for_function(
        "() => document.querySelectorAll('#geomap-source-list .geomap-source-name').length === 3"
    )
    assert _listed(page) == _expected()


def _mentions_listed(state: OfflinePage) -> dict[str, int]:
    """Each place row's name -> its "Ment." cell."""
    rows = state.page.locator("#geomap-table tbody tr:not(.geomap-row-hidden)").all()
    return {
        r.locator(".geomap-row-name").inner_text(): int(r.locator("td").nth(1).inner_text())
        for r in rows
    }


def test_the_place_tables_mentions_follow_the_outlet_shown(page: OfflinePage) -> None:
    # user59: with one language (or outlet) chosen, "Art." was recounted, "Ment." was not
    p = page.page
    every = Counter(m.place.name for m in MENTIONS_SAID if m.place is not None)
    assert _mentions_listed(page) == dict(every)
    _choose_outlet(page, "Kyiv Independent")
    # the places no article shown names leave the table (they were greyed, with the counts
    # of the hidden articles): a note says how many
    p.wait_for_function(
        "() => /named only in articles the filters hide/"
        ".test(document.getElementById('geomap-more').textContent)"
    )
    assert p.locator("#geomap-table tbody tr.geomap-row-hidden").count() == 0
    kept = Counter(
        m.place.name
        for m in MENTIONS_SAID
        if m.place is not None and INFO[m.article_id]["outlet"] == "Kyiv Independent"
    )
    assert _mentions_listed(page) == dict(kept)


def test_the_screenshot_script_opens_the_speakers_list(page: OfflinePage) -> None:
    """user71b B1: ``scripts/screenshot_map.py`` could not show the Speakers view."""
    from geomap.mapping.snapshot import OPEN_SPEAKERS

    box = page.page.locator("#geomap-sources")
    assert box.get_attribute("open") is None  # closed as the map opens
    page.page.evaluate(OPEN_SPEAKERS)
    assert box.get_attribute("open") is not None
    assert set(_listed(page)) == set(WHO.values())


#: The two Wire articles quote "officials" (anonymous: one source per article).
ANON = {"r1": ("officials", "anonymous"), "r2": ("officials", "anonymous")}


@pytest.fixture(scope="module")
def anon_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    said = [
        dataclasses.replace(
            m,
            speaker=Speaker(
                ANON.get(m.article_id, (WHO[m.article_id],))[0],
                0,
                5,
                kind=ANON.get(m.article_id, ("", "person"))[1],
            ),
        )
        for m in MENTIONS
    ]
    claims = claims_from_mentions(said)
    return write_map(
        frames.places_frame(said, claims, INFO),
        frames.mentions_frame(said, INFO),
        tmp_path_factory.mktemp("anon") / "map.html",
        basemap=basemap_frame(),
        shape_of=shape_of,
        article_info=INFO,
    )


def test_the_speaker_count_says_which_are_one_per_article(anon_map: Path, browser: Any) -> None:
    # user73a B6: "Speakers (1152)" beside 35 speaker_entity values in claims.csv
    with offline_page(anon_map, browser=browser) as state:
        count = state.page.locator("#geomap-source-count").inner_text()
        assert count == "4: 2 named, 2 unnamed, one per article"
        assert state.blocked == [] and state.console_errors == []
