"""Tiny places/mentions/basemap frames for the map tests (no gazetteer, no model)."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from geomap import frames
from geomap.claims.collect import claims_from_mentions
from geomap.records import Mention, Place, Speaker
from geomap.serialize import mention_record

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


def mention_records() -> list[Mention]:
    """The fixture articles' mentions as records (one per surface occurrence)."""
    out: list[Mention] = []
    info = {p[0]: p for p in PLACES}
    for art, text in TEXTS.items():
        sents = _sentences(text)
        found = []
        for pid, surfaces in SURFACES.items():
            for surface in surfaces:
                pos = text.find(surface)
                while pos >= 0:
                    found.append((pos, pid, surface))
                    pos = text.find(surface, pos + 1)
        for pos, pid, surface in sorted(found):
            s0, s1 = next(s for s in sents if s[0] <= pos < s[1])
            _, name, ftype, cc, lon, lat, members = info[pid]
            place = Place(pid, name, ftype, cc, None, 0, lon, lat, "test", members=members)
            speaker = Speaker(SPEAKERS[art], 0, len(SPEAKERS[art]))
            out.append(
                Mention(art, pos, pos + len(surface), surface, text[s0:s1], s0, place, 0.9,
                        speaker=speaker)
            )  # fmt: skip
    return out


def _mentions() -> list[dict[str, Any]]:
    return [mention_record(m) for m in mention_records()]


def mentions_frame() -> gpd.GeoDataFrame:
    """Mentions of the fixture articles, EPSG:4326 (through geomap's own serialiser)."""
    return frames.mentions_frame(mention_records())


def places_frame() -> gpd.GeoDataFrame:
    """Places of the fixture articles with claims, EPSG:4326 (through geomap's own serialiser)."""
    records = mention_records()
    return frames.places_frame(records, claims_from_mentions(records))


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
                    "evidence": {
                        "article_similarity": 0.3,
                        "shared_names": ["NATO", "Moscow"],
                        "shared_figures": [],
                        "days_apart": None,
                    },
                    "claim_a": first(ART_A),
                    "claim_b": first(ART_B),
                },
                {
                    "a": ART_A,
                    "b": HOSTILE_ID,
                    "similarity": 0.12,
                    "evidence": {"shared_names": ["<img src='x'>"], "days_apart": 1},
                    "claim_a": first(ART_A),
                    "claim_b": first(HOSTILE_ID),
                },
                {  # an older file's claims in two languages, by position: not shown
                    "a": ART_B,
                    "b": HOSTILE_ID,
                    "similarity": None,
                    "evidence": None,
                    "claim_a": "A claim matched by its position only.",
                    "claim_b": first(HOSTILE_ID),
                },
            ],
            "other_languages": [  # articles in two languages: listed apart, not paired
                {
                    "a": ART_B,
                    "b": HOSTILE_ID,
                    "language_a": "en",
                    "language_b": "ru",
                    "days_apart": 0,
                    "shared_places": ["Kyiv", "<img src='y' onerror='window.__pwned=2'>"],
                    "shared_figures": [20.0],
                }
            ],
            "only_in": None,
        }
    }


def map_payload(html: str) -> dict[str, Any]:
    """The JSON payload embedded in a written map.html (``<script type="application/json">``)."""
    import json

    blob = html.split('type="application/json"', 1)[1].split(">", 1)[1].split("</script>", 1)[0]
    return dict(json.loads(blob))
