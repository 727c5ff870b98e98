"""Records to GeoDataFrames (EPSG:4326), so every geopandas writer works on the results."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geopandas as gpd
from shapely.geometry import Point

from geomap.layer_rows import claim_layer_row, mention_layer_row, typed_frame
from geomap.metadata import COPY_FIELD, OUTPUT_FIELDS
from geomap.records import Claim, Mention, Place, confidence_rank
from geomap.sanitize import json_inert
from geomap.serialize import claim_record, pair_record, place_summary

if TYPE_CHECKING:
    import pandas as pd

    from geomap.claims.compare import Comparison
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
    # the rest of :func:`geomap.mention_rows.mention_row`: the GeoPackage's mentions layer
    "sentence_index",
    "label",
    "speaker_start",
    "speaker_end",
    "verb_start",
    "verb_end",
    "speaker_phrase",
    "admin1",
    "population",
    "lon",
    "lat",
    "feature_code",
    "admin1_code",
    "members",
    "has_shape",
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
#: The places frame's: the GeoPackage's places layer, and each place's claims.
PLACE_FRAME_COLUMNS = [*PLACE_COLUMNS[:-1], "disputed", "claims"]


def _frame(rows: list[dict[str, Any]], columns: list[str], geometry: list[Any]) -> gpd.GeoDataFrame:
    """The rows as a frame of ``columns``, EPSG:4326, typed as the GeoPackage's layers.

    Nullable integer columns (``geonameid``, ``speaker_start``...) are ``Int64`` and
    ``published_date`` is added beside ``published`` (:func:`geomap.layer_rows.typed_frame`).
    """
    frame = gpd.GeoDataFrame(rows, columns=columns, geometry=geometry, crs=CRS)
    return typed_frame(frame)


def _point(place: Place | None) -> Point | None:
    return Point(place.lon, place.lat) if place is not None else None


#: Article id -> the article's metadata (title, outlet, published...).
ArticleInfo = Mapping[str, Mapping[str, str]]


def mentions_frame(
    mentions: Sequence[Mention], articles: ArticleInfo | None = None
) -> gpd.GeoDataFrame:
    """One row per mention; unresolved mentions have null place fields and geometry.

    ``articles`` gives each article's metadata, carried as columns (title, outlet...).
    The columns are the GeoPackage's mentions layer's (the same row,
    :func:`geomap.layer_rows.mention_layer_row`).
    """
    info = articles or {}
    rows = [mention_layer_row(m, info.get(m.article_id)) for m in mentions]
    geometry = [_point(m.place) for m in mentions]
    return _frame(rows, MENTION_COLUMNS, geometry)


def places_frame(
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    articles: ArticleInfo | None = None,
    disputed: Callable[[Place], str | None] | None = None,
) -> gpd.GeoDataFrame:
    """One row per resolved place, with its articles and claims, in first-mention order.

    Each claim carries its article's metadata from ``articles``; ``disputed`` gives a
    place's dispute note, as the GeoPackage's places layer has it (``None`` without).
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
            "disputed": None if disputed is None else disputed(p),
            "claims": by_place[pid],
        }
        for pid, p in places.items()
    ]
    geometry = [_point(p) for p in places.values()]
    return _frame(rows, PLACE_FRAME_COLUMNS, geometry)


def claims_frame(
    mentions: Sequence[Mention], claims: Sequence[Claim], articles: ArticleInfo | None = None
) -> gpd.GeoDataFrame:
    """One row per claim, with the columns of the GeoPackage's claims layer and its point.

    The row is the layer's (:func:`geomap.layer_rows.claim_layer_row`): the columns
    of ``claims.csv`` with ``lon``/``lat`` after the article's metadata, and
    ``published_date``.  The cells are not neutralised for spreadsheets, and lists
    stay lists (``context_names``).
    """
    info = articles or {}
    places = {m.place.place_id: m.place for m in mentions if m.place is not None}
    rows, geometry = [], []
    for claim in claims:
        place = places.get(claim.place_id)
        record = claim_record(claim, info.get(claim.article_id))
        rows.append(claim_layer_row(place, record, claim.place_id))
        geometry.append(_point(place))
    return _frame(rows, CLAIM_FRAME_COLUMNS, geometry)


def _claim_columns() -> list[str]:
    from geomap.io.claims_csv import CLAIM_COLUMNS

    ends = ("lon", "lat")
    return [*(c for c in CLAIM_COLUMNS if c not in ends), *ends]


#: The claims frame's: the GeoPackage's claims layer (``published_date`` added after).
CLAIM_FRAME_COLUMNS = _claim_columns()


#: Columns of :func:`pairs_frame`.
PAIR_COLUMNS = [
    "place_id",
    "name",
    "a",
    "b",
    "similarity",
    "evidence",
    "claim_a",
    "claim_b",
    "sentence_a",
    "sentence_b",
]


def pairs_frame(comparison: Comparison, articles: ArticleInfo | None = None) -> pd.DataFrame:
    """One row per pair of claims that tell the same event (``comparison.json``'s ``pairs``).

    Each row is :func:`geomap.serialize.pair_record` (``a``, ``b``, ``similarity``,
    ``evidence``) with the place's id and name; ``claim_a`` and ``claim_b`` are the two
    claims as ``comparison.json`` writes each (:func:`geomap.serialize.claim_record`,
    with the article's metadata), not positions, and ``sentence_a``/``sentence_b``
    their sentences.
    """
    import pandas as pd

    info = articles or {}
    rows = []
    for place in comparison.places:
        for pair in place.pairs:
            ca = claim_record(pair.claim_a, info.get(pair.claim_a.article_id))
            cb = claim_record(pair.claim_b, info.get(pair.claim_b.article_id))
            evidence = None if pair.evidence is None else pair.evidence.to_dict()
            record = pair_record(pair.a, pair.b, pair.similarity, ca, cb, evidence)
            rows.append(
                {
                    "place_id": place.place_id,
                    "name": place.name,
                    **record,
                    "sentence_a": pair.claim_a.sentence,
                    "sentence_b": pair.claim_b.sentence,
                }
            )
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


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
