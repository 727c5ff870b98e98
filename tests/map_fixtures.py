"""Tiny places/mentions/basemap frames for the map tests (no gazetteer, no model)."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry

ART_A = "000_d9f3dbef9bd81b5d"
ART_B = "001_4d4e7cd0329d1a24"
HOSTILE_ID = 'evil"><img src=x onerror="window.__pwned=1">.txt'
PAYLOAD_SCRIPT = "</script><script>window.__pwned=1;alert(1)</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'

TEXTS: dict[str, str] = {
    ART_A: (
        "Earlier, an expert stated that NATO nuclear forces were amassing near Russia's borders. "
        "These movements include missile defense systems in countries such as Poland and the "
        "Baltic states. NATO has bases in Eastern Europe, the expert said."
    ),
    ART_B: (
        "A retired general cited a buildup of U.S. and NATO assets in Eastern Europe, "
        "particularly in Poland and the Baltic states. Moscow would take all necessary measures, "
        "a spokesperson said."
    ),
    HOSTILE_ID: (
        f"Officials in Poland denied it {PAYLOAD_SCRIPT} and {PAYLOAD_IMG} loudly. "
        "Berlin stayed quiet."
    ),
}

# place_id, name, feature_type, country_code, lon, lat, members
PLACES: list[tuple[str, str, str, str | None, float, float, tuple[str, ...]]] = [
    ("798544", "Poland", "country", "PL", 19.4, 52.1, ()),
    ("2017370", "Russia", "country", "RU", 37.6, 56.0, ()),
    ("curated:baltic-states", "Baltic States", "region", None, 24.5, 57.0, ("EE", "LV", "LT")),
    ("curated:eastern-europe", "Eastern Europe", "region", None, 27.0, 50.0,
     ("PL", "BY", "UA", "RU")),
    ("524901", "Moscow", "city", "RU", 37.62, 55.75, ()),
    ("2950159", "Berlin", "city", "DE", 13.41, 52.52, ()),
]  # fmt: skip

SURFACES: dict[str, list[str]] = {
    "798544": ["Poland"],
    "2017370": ["Russia"],
    "curated:baltic-states": ["Baltic states"],
    "curated:eastern-europe": ["Eastern Europe"],
    "524901": ["Moscow"],
    "2950159": ["Berlin"],
}

SPEAKERS = {ART_A: "the expert", ART_B: "a spokesperson", HOSTILE_ID: PAYLOAD_IMG}


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append((start, i + 1))
            start = i + 2
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _mentions() -> list[dict[str, Any]]:
    rows = []
    info = {p[0]: p for p in PLACES}
    for art, text in TEXTS.items():
        sents = _sentences(text)
        for pid, surfaces in SURFACES.items():
            for surface in surfaces:
                pos = text.find(surface)
                while pos >= 0:
                    s0, s1 = next(s for s in sents if s[0] <= pos < s[1])
                    _, name, ftype, cc, lon, lat, _m = info[pid]
                    rows.append(
                        {
                            "article": art,
                            "start": pos,
                            "end": pos + len(surface),
                            "text": surface,
                            "sentence": text[s0:s1],
                            "sentence_start": s0,
                            "place_id": pid,
                            "name": name,
                            "feature_type": ftype,
                            "country_code": cc,
                            "confidence": 0.9,
                            "speaker": SPEAKERS[art],
                            "role": "literal",
                            "geometry": Point(lon, lat),
                        }
                    )
                    pos = text.find(surface, pos + 1)
    return rows


def mentions_frame() -> gpd.GeoDataFrame:
    """Mentions of the fixture articles, EPSG:4326."""
    return gpd.GeoDataFrame(_mentions(), geometry="geometry", crs=4326)


def places_frame() -> gpd.GeoDataFrame:
    """Places of the fixture articles with claims, EPSG:4326."""
    ments = _mentions()
    rows = []
    for pid, name, ftype, cc, lon, lat, members in PLACES:
        mine = [m for m in ments if m["place_id"] == pid]
        if not mine:
            continue
        claims = [
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
        ]
        rows.append(
            {
                "place_id": pid,
                "name": name,
                "feature_type": ftype,
                "country_code": cc,
                "mention_count": len(mine),
                "articles": list(dict.fromkeys(m["article"] for m in mine)),
                "claims": claims,
                "members": list(members),
                "geometry": Point(lon, lat),
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)


# iso_a2, name, (minx, miny, maxx, maxy): rough boxes, good enough to draw.
COUNTRY_BOXES = [
    ("PL", "Poland", (14.1, 49.0, 24.1, 54.8)),
    ("DE", "Germany", (5.9, 47.3, 14.1, 55.0)),
    ("EE", "Estonia", (21.8, 57.5, 28.2, 59.7)),
    ("LV", "Latvia", (21.0, 55.7, 28.2, 57.5)),
    ("LT", "Lithuania", (21.0, 53.9, 26.8, 55.7)),
    ("BY", "Belarus", (24.1, 51.3, 32.7, 55.7)),
    ("UA", "Ukraine", (22.1, 44.4, 40.2, 51.3)),
    ("RU", "Russia", (28.2, 51.3, 60.0, 70.0)),
]


def basemap_frame() -> gpd.GeoDataFrame:
    """A tiny basemap of box-shaped countries (iso_a2, name, geometry)."""
    return gpd.GeoDataFrame(
        [{"iso_a2": iso, "name": name, "geometry": box(*b)} for iso, name, b in COUNTRY_BOXES],
        geometry="geometry",
        crs=4326,
    )


def shape_of(place_id: str) -> BaseGeometry | None:
    """A stand-in for ``gazetteer.shape``: boxes for the fixture countries/regions."""
    by_iso = {iso: box(*b) for iso, _n, b in COUNTRY_BOXES}
    if place_id == "798544":
        return by_iso["PL"]
    if place_id == "curated:baltic-states":
        return by_iso["EE"].union(by_iso["LV"]).union(by_iso["LT"])
    return None


def comparison() -> dict[str, Any]:
    """A comparison entry for Poland, as ``geomap.claims`` would produce."""
    ments = _mentions()

    def first(art: str) -> str:
        return next(m["sentence"] for m in ments if m["article"] == art and m["text"] == "Poland")

    return {
        "798544": {
            "articles": [ART_A, ART_B, HOSTILE_ID],
            "pairs": [
                {
                    "a": ART_A,
                    "b": ART_B,
                    "similarity": 0.71,
                    "claim_a": first(ART_A),
                    "claim_b": first(ART_B),
                },
                {
                    "a": ART_A,
                    "b": HOSTILE_ID,
                    "similarity": 0.12,
                    "claim_a": first(ART_A),
                    "claim_b": first(HOSTILE_ID),
                },
            ],
            "only_in": None,
        }
    }
