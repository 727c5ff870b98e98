"""Records to GeoDataFrames (EPSG:4326), so every geopandas writer works on the results."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geopandas as gpd
from shapely.geometry import Point

from geomap.metadata import COPY_FIELD, OUTPUT_FIELDS
from geomap.records import Claim, Mention, Place, confidence_rank
from geomap.sanitize import json_inert
from geomap.serialize import claim_record, mention_record, place_fields, place_summary

if TYPE_CHECKING:
    from geomap.runstore import RunStore

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
    "geonameid",
    "source",
    "confidence",
    "speaker",
    "speaker_role",
    "speaker_kind",
    "speaker_entity",
    "verb",
    "verb_lemma",
    "role",
    "located_by",
    "reason",
    *OUTPUT_FIELDS,
]
PLACE_COLUMNS = [
    "place_id",
    "name",
    "feature_type",
    "country_code",
    "geonameid",
    "source",
    "feature_code",
    "admin1",
    "members",
    "mention_count",
    "claim_count",
    "article_count",
    "original_article_count",
    "confidence",
    "articles",
    "lon",
    "lat",
    "claims",
]


def _frame(rows: list[dict[str, Any]], columns: list[str], geometry: list[Any]) -> gpd.GeoDataFrame:
    """The rows as a frame of ``columns``, EPSG:4326; ``geonameid`` an integer column with nulls."""
    frame = gpd.GeoDataFrame(rows, columns=columns, geometry=geometry, crs=CRS)
    if "geonameid" in frame.columns:
        frame["geonameid"] = frame["geonameid"].astype("Int64")
    return frame


def _point(place: Place | None) -> Point | None:
    return Point(place.lon, place.lat) if place is not None else None


#: Article id -> the article's metadata (title, outlet, published...).
ArticleInfo = Mapping[str, Mapping[str, str]]


def mentions_frame(
    mentions: Sequence[Mention], articles: ArticleInfo | None = None
) -> gpd.GeoDataFrame:
    """One row per mention; unresolved mentions have null place fields and geometry.

    ``articles`` gives each article's metadata, carried as columns (title, outlet...).
    """
    info = articles or {}
    rows = [mention_record(m, info.get(m.article_id)) for m in mentions]
    geometry = [_point(m.place) for m in mentions]
    return _frame(rows, MENTION_COLUMNS, geometry)


def places_frame(
    mentions: Sequence[Mention], claims: Sequence[Claim], articles: ArticleInfo | None = None
) -> gpd.GeoDataFrame:
    """One row per resolved place, with its articles and claims, in first-mention order.

    Each claim carries its article's metadata from ``articles``.
    """
    info = articles or {}
    places: dict[str, Place] = {}
    counts: dict[str, int] = {}
    best: dict[str, tuple[bool, float]] = {}
    arts_of: dict[str, list[str]] = {}
    for m in mentions:
        if m.place is None:
            continue
        pid = m.place.place_id
        places.setdefault(pid, m.place)
        counts[pid] = counts.get(pid, 0) + 1
        best[pid] = max(best.get(pid, (False, 0.0)), confidence_rank(m))
        arts = arts_of.setdefault(pid, [])
        if m.article_id not in arts:
            arts.append(m.article_id)
    by_place: dict[str, list[dict[str, Any]]] = {pid: [] for pid in places}
    for claim in claims:
        if claim.place_id in by_place:
            by_place[claim.place_id].append(claim_record(claim, info.get(claim.article_id)))
    rows = [
        {
            **place_summary(
                p,
                mentions=counts[pid],
                claims=len(by_place[pid]),
                articles=arts_of[pid],
                confidence=best[pid][1],
                originals=sum(not (info.get(a) or {}).get(COPY_FIELD) for a in arts_of[pid]),
            ),
            "claims": by_place[pid],
        }
        for pid, p in places.items()
    ]
    geometry = [_point(p) for p in places.values()]
    return _frame(rows, PLACE_COLUMNS, geometry)


def claims_frame(
    mentions: Sequence[Mention], claims: Sequence[Claim], articles: ArticleInfo | None = None
) -> gpd.GeoDataFrame:
    """One row per claim, with the columns of ``claims.csv`` and its place's point.

    The cells are not neutralised for spreadsheets, and lists stay lists
    (``context_names``).
    """
    from geomap.io.claims_csv import CLAIM_COLUMNS

    info = articles or {}
    places = {m.place.place_id: m.place for m in mentions if m.place is not None}
    rows, geometry = [], []
    for claim in claims:
        place = places.get(claim.place_id)
        row = {**place_fields(place), **claim_record(claim, info.get(claim.article_id))}
        row["place_id"] = claim.place_id
        row["lon"], row["lat"] = (None, None) if place is None else (place.lon, place.lat)
        rows.append(row)
        geometry.append(_point(place))
    return _frame(rows, list(CLAIM_COLUMNS), geometry)


def store_places_frame(
    store: RunStore,
    max_claims: int,
    claims_for: Callable[[str], Iterable[dict[str, Any]]] | None = None,
) -> gpd.GeoDataFrame:
    """The places of a streamed run, each with its first ``max_claims`` claims.

    ``claims_for`` (place id -> claims) chooses them instead (the map's
    :func:`~geomap.mapping.claim_pick.pick_claims`).  Memory is bounded per place;
    ``claim_count`` gives the full number.
    """
    rows = [
        {
            **store.summary_of(pid),
            "claims": list(
                claims_for(pid) if claims_for else store.claims_of(pid, limit=max_claims)
            ),
        }
        for pid in store.places
    ]
    geometry = [_point(t.place) for t in store.places.values()]
    return _frame(rows, PLACE_COLUMNS, geometry)


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """Write a GeoDataFrame as an RFC 7946 FeatureCollection.

    geopandas' own serialiser keeps list and object properties (``articles``,
    ``claims``) as JSON arrays, which the GDAL writer would flatten to strings.
    The frame must be in EPSG:4326 (RFC 7946 has no ``crs`` member).
    """
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        raise ValueError(f"GeoJSON output must be EPSG:4326, got {frame.crs}")
    data = json.loads(frame.to_json(drop_id=True, na="null", to_wgs84=False))
    data.pop("crs", None)
    text = json_inert(json.dumps(data, ensure_ascii=False, indent=1))  # controls escaped
    path.write_text(text + "\n", encoding="utf-8")
    return path
