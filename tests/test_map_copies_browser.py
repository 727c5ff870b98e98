"""The map's outlet list says how many of an outlet's articles are copies (user70a B13).

"Le Monde (2 articles)" counted a zip's copy of a loose page as a second article of
its own; ``geomap claims --by outlet`` counted one ``own``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from map_fixtures import basemap_frame, shape_of
from outlet_fixtures import KYIV, MINSK, _mention

from geomap import frames
from geomap.claims.collect import claims_from_mentions
from geomap.mapping import write_map
from geomap.mapping.browser import offline_page

pytestmark = pytest.mark.browser


def test_the_outlet_filter_counts_an_outlets_copies(tmp_path: Path, browser: Any) -> None:
    info = {
        "m1": {"title": "Cables cut", "outlet": "Le Monde"},
        "m2": {"title": "Cables cut", "outlet": "Le Monde", "copy_of": "m1"},
        "w1": {"title": "Drones", "outlet": "Wire"},
        "w2": {"title": "Drones again", "outlet": "Wire", "copy_of": "m1"},
        "w3": {"title": "Drones too", "outlet": "Wire", "copy_of": "m1"},
        "t1": {"title": "Other", "outlet": "TASS"},
    }
    mentions = [_mention(a, KYIV) for a in info] + [_mention("t1", MINSK)]
    path = write_map(
        frames.places_frame(mentions, claims_from_mentions(mentions), info),
        frames.mentions_frame(mentions, info),
        tmp_path / "map.html",
        basemap=basemap_frame(),
        shape_of=shape_of,
        article_info=info,
    )
    with offline_page(path, browser=browser) as state:
        select = state.page.locator("#geomap-outlet-filter")
        select.wait_for(state="attached")
        texts = select.locator("option").all_inner_texts()
        assert state.blocked == [] and state.console_errors == []
    assert "Le Monde (2 articles, 1 copy)" in texts
    assert "Wire (3 articles, 2 copies)" in texts and "TASS (1 article)" in texts
