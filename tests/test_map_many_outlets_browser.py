"""A map of many outlets in headless Chromium: every outlet can be chosen, found by typing.

The colours stop at the palette (the rest one grey "other outlets"); the outlet filter
listed those groups, so outlets of many articles could not be chosen (user67).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from map_fixtures import basemap_frame, shape_of
from outlet_fixtures import KYIV, MINSK, POLAND, _mention

from geomap import frames
from geomap.claims.collect import claims_from_mentions
from geomap.mapping import write_map
from geomap.mapping.browser import OfflinePage, offline_page
from geomap.mapping.style import GROUP_COLORS

pytestmark = pytest.mark.browser
N_OUTLETS = len(GROUP_COLORS) + 7  # past the palette, and past the search box's threshold


@pytest.fixture(scope="module")
def map_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    info = {f"a{k}": {"title": f"Story {k}", "outlet": f"Outlet {k:02d}"} for k in range(N_OUTLETS)}
    info["b"] = {"title": "Another", "outlet": f"Outlet {N_OUTLETS - 1:02d}"}  # two articles
    mentions = [_mention(a, KYIV) for a in info]
    mentions += [_mention(f"a{N_OUTLETS - 1}", MINSK), _mention("a0", POLAND)]
    places = frames.places_frame(mentions, claims_from_mentions(mentions), info)
    return write_map(
        places,
        frames.mentions_frame(mentions, info),
        tmp_path_factory.mktemp("many") / "map.html",
        basemap=basemap_frame(),
        shape_of=shape_of,
        article_info=info,
    )


@pytest.fixture
def page(map_path: Path, browser: Any) -> Iterator[OfflinePage]:
    with offline_page(map_path, browser=browser) as state:
        yield state
        assert state.blocked == [] and state.console_errors == []


def test_every_outlet_can_be_found_and_chosen(page: OfflinePage) -> None:
    p = page.page
    select = p.locator("#geomap-outlet-filter")
    select.wait_for(state="attached")
    texts = select.locator("option").all_inner_texts()
    assert len(texts) == 1 + N_OUTLETS and not any("other" in t for t in texts)
    last = f"Outlet {N_OUTLETS - 1:02d}"
    assert texts[1] == f"{last} (2 articles)"  # most articles first
    # typing narrows the list to the outlets it names
    p.fill("#geomap-outlet-search", last.lower())
    p.dispatch_event("#geomap-outlet-search", "input")
    shown = p.evaluate(
        "() => Array.from(document.querySelectorAll('#geomap-outlet-filter option'))"
        ".filter(o => !o.hidden).map(o => o.textContent)"
    )
    assert shown == ["All outlets", f"{last} (2 articles)"]
    # an outlet past the palette's colours, chosen: only its places
    select.select_option(label=f"{last} (2 articles)")
    p.wait_for_function(
        "() => !document.querySelector('path.geomap-marker[data-place-id=\"798544\"]')"
    )
    ids = {m.get_attribute("data-place-id") for m in p.locator("path.geomap-marker").all()}
    assert ids == {KYIV.place_id, MINSK.place_id}
