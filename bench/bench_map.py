"""Map benchmark: a synthetic 1,000-article map, its size and load time in headless Chromium.

Builds places/mentions frames for N synthetic articles (default 1,000) over real
country outlines from the gazetteer basemap (or a few boxes if the gazetteer is
missing), writes map.html with geomap.mapping.write_map, opens it from file:// in
headless Chromium with every network request blocked, and measures load time and a
few interactions. Writes bench/results/map.json.

    .venv/bin/python bench/bench_map.py                 # 1,000 articles
    .venv/bin/python bench/bench_map.py --articles 50   # quick run (map-50.json)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import geopandas as gpd
from shapely.geometry import Point

from geomap.mapping import write_map
from geomap.mapping.browser import browser_missing_reason, offline_page

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"

WORDS = (
    "officials said the forces were moving near the border while analysts warned that talks",
    "on security would resume next week amid reports of new deployments and sanctions",
)
WORDS = tuple(w for line in WORDS for w in line.split(" "))


def load_basemap() -> tuple[gpd.GeoDataFrame, str]:
    try:
        from geomap.gazetteer import Gazetteer

        return Gazetteer.open().basemap(), "gazetteer.basemap()"
    except Exception as exc:  # the bench still runs without the data artifact
        from shapely.geometry import box

        rows = [
            {
                "country_code": f"X{i}",
                "name": f"Land {i}",
                "geometry": box(-170 + i * 17, -40, -160 + i * 17, 50),
            }
            for i in range(20)
        ]
        return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326), f"boxes ({exc})"


def sentence(rng: random.Random, name: str) -> tuple[str, int]:
    words = rng.sample(WORDS, 12)
    cut = rng.randrange(2, 10)
    before = " ".join(words[:cut]).capitalize() + " in "
    return before + name + " " + " ".join(words[cut:]) + ".", len(before)


def synthetic(n_articles: int, seed: int = 7) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, Any]:
    rng = random.Random(seed)
    basemap, source = load_basemap()
    cc_col = "country_code" if "country_code" in basemap else "iso_a2"
    countries = [
        (str(r[cc_col]), str(r["name"]), r.geometry)
        for _, r in basemap.iterrows()
        if r.geometry is not None and not r.geometry.is_empty and len(str(r[cc_col])) == 2
    ]
    places: list[dict[str, Any]] = []
    for cc, name, geom in countries:
        pt = geom.representative_point()
        places.append(
            {
                "place_id": f"c:{cc}",
                "name": name,
                "feature_type": "country",
                "country_code": cc,
                "geometry": Point(pt.x, pt.y),
                "members": [],
            }
        )
    big = [c for c in countries if c[2].area > 5]
    for i in range(1500):
        cc, cname, geom = rng.choice(big)
        minx, miny, maxx, maxy = geom.bounds
        for _ in range(50):
            p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
            if geom.contains(p):
                break
        places.append(
            {
                "place_id": f"p:{i}",
                "name": f"{cname} City {i}",
                "feature_type": "city",
                "country_code": cc,
                "geometry": p,
                "members": [],
            }
        )
    places.append(
        {
            "place_id": "r:baltic",
            "name": "Baltic States",
            "feature_type": "region",
            "country_code": None,
            "geometry": Point(24.5, 57.0),
            "members": ["EE", "LV", "LT"],
        }
    )
    weights = [1.0 / (k + 1) ** 0.9 for k in range(len(places))]
    order = list(range(len(places)))
    rng.shuffle(order)
    mentions: list[dict[str, Any]] = []
    for a in range(n_articles):
        art = f"article_{a:04d}_{rng.getrandbits(32):08x}"
        picks = set(rng.choices(order, weights=weights, k=rng.randint(4, 14)))
        offset = 0
        for pi in picks:
            pl = places[pi]
            text, at = sentence(rng, pl["name"])
            mentions.append(
                {
                    "article": art,
                    "start": offset + at,
                    "end": offset + at + len(pl["name"]),
                    "text": pl["name"],
                    "sentence": text,
                    "sentence_start": offset,
                    "place_id": pl["place_id"],
                    "name": pl["name"],
                    "feature_type": pl["feature_type"],
                    "country_code": pl["country_code"],
                    "confidence": 0.9,
                    "speaker": rng.choice([None, "a spokesperson", "the minister"]),
                    "role": "literal",
                    "geometry": pl["geometry"],
                }
            )
            offset += len(text) + 1
    ments = gpd.GeoDataFrame(mentions, geometry="geometry", crs=4326)
    rows = []
    for pl in places:
        mine = [m for m in mentions if m["place_id"] == pl["place_id"]]
        if not mine:
            continue
        rows.append(
            {
                **pl,
                "mention_count": len(mine),
                "articles": list(dict.fromkeys(m["article"] for m in mine)),
                "claims": [
                    {
                        "article": m["article"],
                        "sentence": m["sentence"],
                        "start": m["sentence_start"],
                        "end": m["sentence_start"] + len(m["sentence"]),
                        "speaker": m["speaker"],
                        "mention_start": m["start"],
                        "mention_end": m["end"],
                    }
                    for m in mine
                ],
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326), ments, (basemap, source)


def measure(html: Path, query: str = "City 1") -> dict[str, Any]:
    reason = browser_missing_reason()
    if reason:
        return {"skipped": reason}
    t0 = time.perf_counter()
    with offline_page(html, timeout_ms=120000) as state:
        page = state.page
        ready = time.perf_counter() - t0
        timing = page.evaluate(
            """() => { const n = performance.getEntriesByType('navigation')[0];
                return {dom_content_loaded_ms: n.domContentLoadedEventEnd,
                        load_event_ms: n.loadEventEnd}; }"""
        )
        page.wait_for_timeout(300)
        drawn = page.evaluate(
            """() => ({markers: document.querySelectorAll('path.geomap-marker').length,
                       clusters: document.querySelectorAll('.geomap-cluster').length,
                       shapes: document.querySelectorAll('path.geomap-shape').length,
                       rows: document.querySelectorAll('#geomap-table tbody tr').length})"""
        )
        page.evaluate("() => { document.getElementById('geomap-articles').open = true; }")
        t = time.perf_counter()
        page.click("#geomap-no-articles")
        page.wait_for_function(
            "() => document.querySelectorAll('path.geomap-marker').length === 0"
            " && document.querySelectorAll('.geomap-cluster').length === 0"
        )
        page.click("#geomap-all-articles")
        page.wait_for_function(
            "() => document.querySelectorAll('.geomap-cluster').length > 0"
            " || document.querySelectorAll('path.geomap-marker').length > 0"
        )
        toggle_s = time.perf_counter() - t
        t = time.perf_counter()
        page.fill("#geomap-search", query)
        page.press("#geomap-search", "Enter")
        page.locator(".leaflet-popup-content .geomap-popup").wait_for()
        search_s = time.perf_counter() - t
        return {
            "ready_s": round(ready, 3),
            **{k: round(v, 1) for k, v in timing.items()},
            "drawn_after_load": drawn,
            "hide_show_all_articles_s": round(toggle_s, 3),
            "search_and_open_popup_s": round(search_s, 3),
            "blocked_requests": len(state.blocked),
            "console_errors": state.console_errors[:5],
        }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--keep", type=Path, default=None, help="also copy map.html here")
    ns = ap.parse_args()
    t = time.perf_counter()
    places, mentions, (basemap, source) = synthetic(ns.articles)
    synth_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.html"
        t = time.perf_counter()
        write_map(places, mentions, out, basemap=basemap, title=f"{ns.articles} articles")
        write_s = time.perf_counter() - t
        size = out.stat().st_size
        browser = measure(out)
        if ns.keep:
            ns.keep.write_bytes(out.read_bytes())
    result = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": platform.platform(),
        "articles": ns.articles,
        "places": len(places),
        "mentions": len(mentions),
        "basemap": source,
        "basemap_countries": len(basemap),
        "synthesis_s": round(synth_s, 2),
        "write_map_s": round(write_s, 2),
        "html_bytes": size,
        "html_mb": round(size / 1e6, 2),
        "browser": browser,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "map.json" if ns.articles == 1000 else f"map-{ns.articles}.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
