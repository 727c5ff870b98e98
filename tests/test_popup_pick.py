"""The popup's claims: every outlet named, in date order, bounded (user68a B3)."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import geopandas as gpd
from shapely.geometry import Point
from test_map_sources import _said

from geomap.io.base import Finished, WriteOptions
from geomap.io.map_html import MapHTML
from geomap.mapping.claim_pick import MAP_CLAIMS, pick_claims, pick_listed
from geomap.mapping.payload import build_payload
from geomap.result import Result
from geomap.runstore import RunStore
from geomap.settings import Settings


def _claim(article: str, n: int) -> dict[str, Any]:
    sentence = f"Claim {n} of {article} about Kyiv."
    return {
        "article": article,
        "sentence": sentence,
        "sentence_start": n * 100,
        "mention_start": n * 100 + sentence.index("Kyiv"),
        "mention_end": n * 100 + sentence.index("Kyiv") + 4,
        "speaker": "",
        "confidence": 0.9,
    }


#: A busy outlet's twelve articles first in the files, then two outlets' one each.
INFO = {
    **{f"big{i:02d}": {"outlet": "Big Wire", "published": f"2026-03-{10 + i}"} for i in range(12)},
    "late": {"outlet": "Late Post", "published": "2026-03-30"},
    "early": {"outlet": "Early Times", "published": "2026-03-01"},
    "nodate": {"outlet": "Undated Daily"},
}


def test_every_outlet_has_a_claim_in_date_order() -> None:
    claims = [_claim(a, n) for a in INFO for n in range(2)]
    picked = pick_listed(claims, INFO)
    assert len(picked.claims) == MAP_CLAIMS
    outlets = [INFO[c["article"]]["outlet"] for c in picked.claims]
    assert set(outlets) == {"Big Wire", "Late Post", "Early Times", "Undated Daily"}
    days = [INFO[c["article"]].get("published", "~") for c in picked.claims]
    assert days == sorted(days)  # by date, the undated last
    assert picked.claims[-1]["article"] == "nodate"
    more = dict(picked.more)
    assert more["Big Wire"] == 24 - outlets.count("Big Wire")
    assert more.get("Late Post", 0) == 2 - outlets.count("Late Post")


def test_more_outlets_than_the_budget_each_get_one_up_to_the_cap() -> None:
    arts = [(f"a{i}", f"Outlet {i}", f"2026-03-{1 + i % 28:02d}") for i in range(50)]
    counts = {a: 3 for a, _, _ in arts}
    three = lambda a, limit: [_claim(str(a), n) for n in range(3)][:limit]  # noqa: E731
    picked = pick_claims(arts, three, counts, budget=10, max_outlets=20)
    assert len(picked.claims) == 20  # bounded, whatever the outlets
    assert len({c["article"] for c in picked.claims}) == 20


def test_payload_popup_in_date_order_with_more_per_outlet() -> None:
    claims = [_claim(a, n) for a in INFO for n in range(2)]
    places = gpd.GeoDataFrame(
        [{"place_id": "k", "name": "Kyiv", "feature_type": "city", "country_code": "UA",
          "mention_count": len(claims), "articles": list(INFO), "claims": claims}],
        geometry=[Point(30.5, 50.45)], crs="EPSG:4326",
    )  # fmt: skip
    data = build_payload(places, None, basemap=None, article_info=INFO)
    (place,) = data["places"]
    shown = [data["articles"][g["article"]] for g in place["claims"]]
    assert shown[0] == "early" and shown[-1] == "nodate"
    assert "late" in shown and "big00" in shown
    assert dict(place["more"])["Big Wire"] > 0
    assert sum(len(g["items"]) for g in place["claims"]) == MAP_CLAIMS


def test_a_streamed_runs_popup_names_every_outlet_by_date(tmp_path: Path) -> None:
    """The store's first claims were all one outlet's: the popup shows the late one too."""
    with RunStore() as store:
        for n in range(MAP_CLAIMS + 4):
            result = _said(f"a{n}", "Ihor Terekhov")
            meta = {"title": f"a{n}", "outlet": "Big Wire", "published": f"2026-03-{10 + n}"}
            store.add(dataclasses.replace(result, metadata=meta))
        late = _said("b", "Oleh Syniehubov")
        meta = {"title": "b", "outlet": "Other Post", "published": "2026-03-02"}
        store.add(dataclasses.replace(late, metadata=meta))
        result = Result(statuses=(), settings=Settings(), timings={})
        MapHTML(tmp_path / "map.html", WriteOptions()).finish(
            Finished(result, store, None, {"map": "map.html"})
        )
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', html, re.S)
    assert m
    (kyiv,) = json.loads(m.group(1))["places"]
    arts = json.loads(m.group(1))["articles"]
    shown = [arts[g["article"]] for g in kyiv["claims"]]
    assert shown[0] == "b"  # the other outlet's, and the earliest: first
    assert len(shown) == MAP_CLAIMS and shown[1:] == [f"a{n}" for n in range(MAP_CLAIMS - 1)]
    assert kyiv["more"] == [["Big Wire", 5]]
