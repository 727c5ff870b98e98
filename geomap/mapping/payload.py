"""Turn the places/mentions frames into the one JSON payload the map page reads.

Everything the page shows about places and articles goes through here; the
runtime JavaScript only ever puts these strings into the page with
``textContent``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from geomap.geo import latlon
from geomap.mapping.basemap import geometry_json, prepare_basemap
from geomap.mapping.style import (
    ARTICLE_COLORS,
    CATEGORY_COLORS,
    LAND_BORDER,
    LAND_COLOR,
    SHADE_RAMP,
    marker_radius,
)

#: Feature types drawn as shaded shapes (when a shape is known).
SHAPE_TYPES = frozenset({"country", "region", "admin1", "admin2", "water", "landform"})
#: Zoom level the page uses when it jumps to a place of this type.
FOCUS_ZOOM = {"continent": 3, "region": 4, "country": 5, "water": 5, "admin1": 6, "landform": 6}
DEFAULT_FOCUS_ZOOM = 8
#: More markers than this are clustered.
CLUSTER_THRESHOLD = 150

ShapeOf = Callable[[str], "BaseGeometry | None"]


def as_list(value: Any) -> list[Any]:
    """Return ``value`` as a list: lists, tuples, arrays, JSON text or null."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        try:
            parsed = json.loads(text)
        except ValueError:
            return [value]
        return parsed if isinstance(parsed, list) else [parsed]
    if isinstance(value, float) and math.isnan(value):
        return []
    if isinstance(value, (list, tuple, np.ndarray, pd.Series)):
        return list(value)
    return [value]


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _int(value: Any, default: int = 0) -> int:
    try:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return default
        return int(value)
    except (TypeError, ValueError):
        return default


def article_order(places: pd.DataFrame, mentions: pd.DataFrame | None) -> list[str]:
    """Return article ids in first-seen order (mentions first, then places)."""
    seen: dict[str, None] = {}
    if mentions is not None and "article" in mentions:
        for art in mentions["article"]:
            if _text(art):
                seen.setdefault(_text(art), None)
    for arts in places.get("articles", pd.Series(dtype=object)):
        for art in as_list(arts):
            seen.setdefault(_text(art), None)
    return list(seen)


def category(n_articles: int, total: int) -> str:
    """Return ``"all"``, ``"several"`` or ``"one"`` for a place's article count."""
    if total >= 2 and n_articles >= total:
        return "all"
    return "several" if n_articles >= 2 else "one"


def highlight(sentence: str, claim: Mapping[str, Any], name: str) -> list[int] | None:
    """Return ``[start, end]`` of the place mention inside ``sentence``.

    Uses the claim's article offsets (``mention_start - start``); falls back to
    a case-insensitive search for ``name`` when the offsets do not fit.
    """
    s0 = _int(claim.get("start"), -1)
    ms, me = _int(claim.get("mention_start"), -1), _int(claim.get("mention_end"), -1)
    if s0 >= 0 and 0 <= ms < me:
        a, b = ms - s0, me - s0
        if 0 <= a < b <= len(sentence):
            return [a, b]
    if name:
        i = sentence.lower().find(name.lower())
        if i >= 0:
            return [i, i + len(name)]
    return None


def group_claims(claims: Iterable[Any], name: str, art_index: Mapping[str, int]) -> list[Any]:
    """Group a place's claims into ``[[article_index, [[sentence, marks, speaker]...]]...]``.

    Claims of one article that share a sentence are merged (all marks kept).
    """
    per_article: dict[int, dict[tuple[int, str], list[Any]]] = {}
    for claim in claims:
        if not isinstance(claim, Mapping):
            continue
        art = _text(claim.get("article"))
        if art not in art_index:
            continue
        sentence = _text(claim.get("sentence"))
        key = (_int(claim.get("start"), -1), sentence)
        entry = per_article.setdefault(art_index[art], {}).setdefault(
            key, [sentence, [], _text(claim.get("speaker"))]
        )
        mark = highlight(sentence, claim, name)
        if mark and mark not in entry[1]:
            entry[1].append(mark)
            entry[1].sort()
        if not entry[2] and _text(claim.get("speaker")):
            entry[2] = _text(claim.get("speaker"))
    return [
        [idx, [v for _, v in sorted(per_article[idx].items(), key=lambda kv: kv[0][0])]]
        for idx in sorted(per_article)
    ]


def _claim_text(value: Any) -> str:
    if isinstance(value, Mapping):
        return _text(value.get("sentence"))
    return _text(value)


def normalise_comparison(comparison: Mapping[str, Any] | None) -> dict[str, Any]:
    """Return ``place_id -> entry`` from either comparison form.

    Accepts the map form (``Comparison.by_place()``: ``place_id -> {"articles",
    "pairs", "only_in"}``) and the ``comparison.json`` form (``Comparison.to_dict()``:
    ``{"articles", "places": [{"place_id", "pairs", "unpaired", ...}], ...}``).
    """
    if not comparison:
        return {}
    places = comparison.get("places")
    if isinstance(places, list) and all(isinstance(p, Mapping) for p in places):
        out: dict[str, Any] = {}
        for place in places:
            unpaired = [c for c in as_list(place.get("unpaired")) if isinstance(c, Mapping)]
            out[_text(place.get("place_id"))] = {
                "articles": as_list(place.get("articles")),
                "pairs": as_list(place.get("pairs")),
                "only_in": list(dict.fromkeys(_text(c.get("article")) for c in unpaired)),
            }
        return out
    return dict(comparison)


def _comparison(entry: Any, art_index: Mapping[str, int]) -> dict[str, Any] | None:
    if not isinstance(entry, Mapping):
        return None
    pairs = []
    for pair in as_list(entry.get("pairs")):
        if not isinstance(pair, Mapping):
            continue
        sim = pair.get("similarity")
        try:
            simf = float(sim) if sim is not None else None
        except (TypeError, ValueError):
            simf = None
        pairs.append(
            {
                "a": _text(pair.get("a")),
                "b": _text(pair.get("b")),
                "sim": None if simf is None or math.isnan(simf) else round(simf, 3),
                "ca": _claim_text(pair.get("claim_a")),
                "cb": _claim_text(pair.get("claim_b")),
            }
        )
    only = [_text(a) for a in as_list(entry.get("only_in")) if _text(a)]
    arts = [_text(a) for a in as_list(entry.get("articles")) if _text(a)]
    if not pairs and not only and not arts:
        return None
    return {"articles": arts, "pairs": pairs, "only_in": only}


def _mention_counts(mentions: pd.DataFrame | None) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    if mentions is None or len(mentions) == 0 or "place_id" not in mentions:
        return counts
    for pid, art in zip(mentions["place_id"], mentions["article"], strict=False):
        if _text(pid):
            per = counts.setdefault(_text(pid), {})
            per[_text(art)] = per.get(_text(art), 0) + 1
    return counts


def build_payload(
    places: gpd.GeoDataFrame,
    mentions: gpd.GeoDataFrame | None,
    *,
    basemap: gpd.GeoDataFrame | None,
    shape_of: ShapeOf | None = None,
    title: str = "geomap",
    comparison: Mapping[str, Any] | None = None,
    cluster: bool | None = None,
) -> dict[str, Any]:
    """Build the JSON payload of a map page.

    Parameters
    ----------
    places, mentions
        The geoparse frames (see ``docs/DESIGN.md``, output contract).
    basemap
        Country polygons (``iso_a2``, ``name``, geometry) or ``None``.
    shape_of
        ``place_id -> geometry | None`` for places not in ``basemap``.
    title
        Page title.
    comparison
        Optional ``place_id -> {"articles", "pairs", "only_in"}``.
    cluster
        Force clustering on/off; ``None`` clusters above :data:`CLUSTER_THRESHOLD` markers.

    Returns
    -------
    dict
        ``{"title", "articles", "places", "basemap", "shapes", "cluster", ...}``.
    """
    articles = article_order(places, mentions)
    art_index = {a: i for i, a in enumerate(articles)}
    base = prepare_basemap(basemap)
    iso_row = {iso: i for i, iso in enumerate(base.iso) if iso}
    per_place_counts = _mention_counts(mentions)
    comparison = normalise_comparison(comparison)

    out_places: list[dict[str, Any]] = []
    shapes: list[dict[str, Any]] = []
    n_markers = 0
    for rec in places.to_dict("records"):
        pid = _text(rec.get("place_id"))
        name = _text(rec.get("name")) or pid
        ftype = _text(rec.get("feature_type")) or "other"
        cc = _text(rec.get("country_code")).upper()
        arts = [
            art_index[a]
            for a in dict.fromkeys(map(_text, as_list(rec.get("articles"))))
            if a in art_index
        ]
        counts = per_place_counts.get(pid, {})
        for a in counts:
            if a in art_index and art_index[a] not in arts:
                arts.append(art_index[a])
        arts.sort()
        n = _int(rec.get("mention_count"), sum(counts.values()))
        geom = rec.get("geometry")
        ll = None
        if isinstance(geom, BaseGeometry) and not geom.is_empty:
            pt = geom if geom.geom_type == "Point" else geom.representative_point()
            lat, lon = latlon(pt.x, pt.y)
            if math.isfinite(lat) and math.isfinite(lon):
                ll = [round(lat, 5), round(lon, 5)]
                n_markers += 1
        idx = len(out_places)
        members = [_text(m).upper() for m in as_list(rec.get("members")) if _text(m)]
        out_places.append(
            {
                "id": pid,
                "name": name,
                "type": ftype,
                "cc": cc,
                "country": base.name_of(cc) if cc else "",
                "n": n,
                "r": marker_radius(n),
                "arts": arts,
                "per": [counts.get(articles[a], 0) for a in arts],
                "cat": category(len(arts), len(articles)),
                "ll": ll,
                "zoom": FOCUS_ZOOM.get(ftype, DEFAULT_FOCUS_ZOOM),
                "members": [[m, base.name_of(m) or m] for m in members],
                "claims": group_claims(as_list(rec.get("claims")), name, art_index),
                "cmp": _comparison(comparison.get(pid), art_index),
            }
        )
        if ftype in SHAPE_TYPES:
            shapes.extend(_shapes_for(idx, pid, ftype, cc, members, iso_row, shape_of))

    if cluster is None:
        cluster = n_markers > CLUSTER_THRESHOLD
    return {
        "title": title,
        "articles": articles,
        "article_colors": [ARTICLE_COLORS[i % len(ARTICLE_COLORS)] for i in range(len(articles))],
        "colors": CATEGORY_COLORS,
        "style": {"ramp": list(SHADE_RAMP), "land": LAND_COLOR, "border": LAND_BORDER},
        "places": out_places,
        "basemap": base.features,
        "shapes": shapes,
        "max_n": max((out_places[s["p"]]["n"] for s in shapes), default=0),
        "cluster": bool(cluster),
    }


def _shapes_for(
    idx: int,
    pid: str,
    ftype: str,
    cc: str,
    members: list[str],
    iso_row: Mapping[str, int],
    shape_of: ShapeOf | None,
) -> list[dict[str, Any]]:
    """Shapes of one place: basemap rows (by ISO2) where possible, else ``shape_of``."""
    if ftype == "country" and cc in iso_row:
        return [{"p": idx, "kind": "country", "base": iso_row[cc]}]
    if ftype == "region" and members:
        rows = [
            {"p": idx, "kind": "member", "base": iso_row[m], "iso": m}
            for m in members
            if m in iso_row
        ]
        if rows:
            return rows
    if shape_of is None:
        return []
    geom = shape_of(pid)
    if geom is None or geom.is_empty or geom.geom_type not in {"Polygon", "MultiPolygon"}:
        return []
    gj = geometry_json(geom)
    if gj is None:
        return []
    kind = "member" if ftype == "region" else ("country" if ftype == "country" else "area")
    return [{"p": idx, "kind": kind, "geom": gj}]
