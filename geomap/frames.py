"""Records to GeoDataFrames (EPSG:4326), so every geopandas writer works on the results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import geopandas as gpd
from shapely.geometry import Point

from geomap.records import Claim, Mention, Place

CRS = "EPSG:4326"
MENTION_COLUMNS = [
    "article",
    "start",
    "end",
    "text",
    "sentence",
    "sentence_start",
    "place_id",
    "name",
    "feature_type",
    "country_code",
    "confidence",
    "speaker",
    "role",
    "located_by",
]
PLACE_COLUMNS = [
    "place_id",
    "name",
    "feature_type",
    "country_code",
    "admin1",
    "mention_count",
    "articles",
    "claims",
    "members",
]


def _point(place: Place | None) -> Point | None:
    return Point(place.lon, place.lat) if place is not None else None


def mentions_frame(mentions: Sequence[Mention]) -> gpd.GeoDataFrame:
    """One row per mention; unresolved mentions have null place fields and geometry."""
    rows = [
        {
            "article": m.article_id,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "sentence": m.sentence,
            "sentence_start": m.sentence_start,
            "place_id": m.place.place_id if m.place else None,
            "name": m.place.name if m.place else None,
            "feature_type": m.place.feature_type if m.place else None,
            "country_code": m.place.country_code if m.place else None,
            "confidence": m.confidence,
            "speaker": m.speaker.text if m.speaker else None,
            "role": m.role,
            "located_by": m.located_by,
        }
        for m in mentions
    ]
    geometry = [_point(m.place) for m in mentions]
    return gpd.GeoDataFrame(rows, columns=MENTION_COLUMNS, geometry=geometry, crs=CRS)


def claim_dict(claim: Claim) -> dict[str, Any]:
    """A claim as it appears in ``places.geojson``."""
    return {
        "article": claim.article_id,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "speaker": claim.speaker.text if claim.speaker else None,
        "role": claim.role,
        "mention_start": claim.mention_start,
        "mention_end": claim.mention_end,
        "context_names": list(claim.context_names),
    }


def places_frame(mentions: Sequence[Mention], claims: Sequence[Claim]) -> gpd.GeoDataFrame:
    """One row per resolved place, with its articles and claims, in first-mention order."""
    places: dict[str, Place] = {}
    counts: dict[str, int] = {}
    articles: dict[str, list[str]] = {}
    for m in mentions:
        if m.place is None:
            continue
        pid = m.place.place_id
        places.setdefault(pid, m.place)
        counts[pid] = counts.get(pid, 0) + 1
        arts = articles.setdefault(pid, [])
        if m.article_id not in arts:
            arts.append(m.article_id)
    by_place: dict[str, list[dict[str, Any]]] = {pid: [] for pid in places}
    for claim in claims:
        if claim.place_id in by_place:
            by_place[claim.place_id].append(claim_dict(claim))
    rows = [
        {
            "place_id": pid,
            "name": p.name,
            "feature_type": p.feature_type,
            "country_code": p.country_code,
            "admin1": p.admin1,
            "mention_count": counts[pid],
            "articles": articles[pid],
            "claims": by_place[pid],
            "members": list(p.members),
        }
        for pid, p in places.items()
    ]
    geometry = [_point(p) for p in places.values()]
    return gpd.GeoDataFrame(rows, columns=PLACE_COLUMNS, geometry=geometry, crs=CRS)
