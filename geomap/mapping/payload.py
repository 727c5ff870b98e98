"""Turn the places/mentions frames into the one JSON payload the map page reads.

Everything the page shows about places and articles goes through here; the
runtime JavaScript only ever puts these strings into the page with
``textContent``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry.base import BaseGeometry

from geomap.geo import latlon
from geomap.mapping.articles import article_order, labelled_articles, language_names
from geomap.mapping.claim_pick import date_key, pick_listed
from geomap.mapping.crowding import crowded
from geomap.mapping.disputed import area_of, areas_payload, base_layers, in_view
from geomap.mapping.groups import colour_groups, outlet_list
from geomap.mapping.place_shapes import UNSHADED, ShapeOf, place_shapes
from geomap.mapping.popup import (
    as_list,
    comparison_entry,
    group_claims,
    int_of,
    normalise_comparison,
    text_of,
)
from geomap.mapping.sources import sources_payload
from geomap.mapping.style import (
    LAND_BORDER,
    LAND_COLOR,
    LOW_CONFIDENCE,
    RIVER_COLOR,
    SEVERAL_COLOR,
    SHADE_RAMP,
    log_sizes,
    marker_radius,
)
from geomap.outlet_names import one_outlet_form

#: Feature types drawn as shaded shapes (when a shape is known).
SHAPE_TYPES = frozenset({"country", "region", "continent", "admin1", "admin2", "water", "landform"})
#: Places drawn as their shape only, with a label but no marker: a dot at the centroid
#: of Eastern Europe or the Indian Ocean would look like a place.
AREA_ONLY_TYPES = frozenset({"region", "continent", "water"})
#: Zoom level the page uses when it jumps to a place of this type.
FOCUS_ZOOM = {"continent": 3, "region": 4, "country": 5, "water": 5, "admin1": 6, "landform": 6}
DEFAULT_FOCUS_ZOOM = 8
#: More markers than this are clustered (fewer too when they crowd the opening view:
#: :func:`geomap.mapping.crowding.crowded`).
CLUSTER_THRESHOLD = 150
#: Places the opening view is not fitted to: continents and oceans would zoom a
#: story about Eastern Europe out to the whole world.
UNFITTED_TYPES = frozenset({"continent"})
UNFITTED_CODES = frozenset({"OCN", "ocean"})


def _also_known_as(name: str, aliases: Sequence[str], claims: Any) -> list[str]:
    """Other names of a place for the search box: aliases, then the articles' own forms."""
    seen = {name.casefold()}
    out: list[str] = []
    forms = [text_of(c.get("mention")) for c in as_list(claims) if isinstance(c, Mapping)]
    for form in [*aliases, *forms]:
        if form and form.casefold() not in seen:
            seen.add(form.casefold())
            out.append(form)
    return out[:20]


def _confidence(value: Any, claims: Sequence[Mapping[str, Any]]) -> float:
    """A place's confidence: its own column, else the best of its claims (2 decimals)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        number = max((item["confidence"] for g in claims for item in g["items"]), default=0.0)
    return round(number, 2)


def _mention_counts(mentions: pd.DataFrame | None) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    if mentions is None or len(mentions) == 0 or "place_id" not in mentions:
        return counts
    for pid, art in zip(mentions["place_id"], mentions["article"], strict=False):
        if text_of(pid):
            per = counts.setdefault(text_of(pid), {})
            per[text_of(art)] = per.get(text_of(art), 0) + 1
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
    articles: Sequence[str] | None = None,
    counts: Mapping[str, Mapping[str, int]] | None = None,
    article_info: Mapping[str, Mapping[str, str]] | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
    disputed: gpd.GeoDataFrame | None = None,
    worldview: str | None = None,
    claims_of: Callable[[str], Iterable[Mapping[str, Any]]] | None = None,
    more_of: Mapping[str, Sequence[tuple[str, int]]] | None = None,
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
        Force clustering on/off; ``None`` clusters above :data:`CLUSTER_THRESHOLD` markers,
        or when most markers would overlap in the opening view.
    articles
        Every article of the run, in order (default: those of ``mentions`` and ``places``).
    counts
        ``place_id -> {article: mentions}`` (default: counted from ``mentions``).
        A streamed run passes ``articles`` and ``counts`` and no ``mentions``; its
        places carry only their first claims and a ``claim_count``.
    article_info
        Article id -> metadata; gives each article's label and its
        ``[title, outlet, published, url, language]``; with several languages
        each label ends with its language code ("… · RU").
    aliases
        Place id -> other names readers search for ("usa", "kiev"); the names
        the articles used are added from the claims.
    disputed
        Disputed and breakaway areas (:mod:`geomap.mapping.disputed`): cut out
        of the countries, drawn apart, and the shape of a place of their name.
    worldview
        A country (ISO2) whose view of the disputed areas is shown too: each
        is also part of the shape of the country it holds it belongs to.
    claims_of
        Place id -> every claim of the place, for the sources view's counts (a
        streamed run's places carry only their first claims); default: the places'
        ``claims``.
    more_of
        Place id -> ``(outlet, claims not shown)`` of a streamed run, whose places
        carry the popups' pick already (:class:`geomap.io.map_html.PopupPicks`); without
        it each place's claims are picked here (:func:`~geomap.mapping.claim_pick.pick_listed`).

    Returns
    -------
    dict
        ``{"title", "articles", "places", "basemap", "shapes", "cluster", ...}``.
    """
    order = article_order(places, mentions)
    if articles is not None:
        order = list(dict.fromkeys([*articles, *order]))
    articles = order
    info = one_outlet_form(article_info or {})  # "The Kyiv Independent" is "Kyiv Independent"
    labels, shown = labelled_articles(articles, info)
    groups = colour_groups(articles, info, labels)
    outlets = outlet_list(articles, info)
    art_index = {a: i for i, a in enumerate(articles)}
    by_date = [date_key((info.get(a) or {}).get("published"), i) for i, a in enumerate(articles)]
    areas, base = base_layers(basemap, disputed)
    if worldview:
        areas = in_view(areas, worldview, base.name_of)
    iso_row = {iso: i for i, iso in enumerate(base.iso) if iso}
    per_place_counts = counts if counts is not None else _mention_counts(mentions)
    comparison = normalise_comparison(comparison)

    out_places: list[dict[str, Any]] = []
    place_claims: list[tuple[int, str, Any]] = []
    shapes: list[dict[str, Any]] = []
    outlines_missing = 0
    n_markers = 0
    for rec in places.to_dict("records"):
        pid = text_of(rec.get("place_id"))
        name = text_of(rec.get("name")) or pid
        ftype = text_of(rec.get("feature_type")) or "other"
        cc = text_of(rec.get("country_code")).upper()
        arts = [
            art_index[a]
            for a in dict.fromkeys(map(text_of, as_list(rec.get("articles"))))
            if a in art_index
        ]
        place_counts = per_place_counts.get(pid, {})
        for a in place_counts:
            if a in art_index and art_index[a] not in arts:
                arts.append(art_index[a])
        arts.sort()
        n = int_of(rec.get("mention_count"), sum(place_counts.values()))
        geom = rec.get("geometry")
        ll = None
        if isinstance(geom, BaseGeometry) and not geom.is_empty:
            pt = geom if geom.geom_type == "Point" else geom.representative_point()
            lat, lon = latlon(pt.x, pt.y)
            if math.isfinite(lat) and math.isfinite(lon):
                ll = [round(lat, 5), round(lon, 5)]
                n_markers += 1
        idx = len(out_places)
        members = [text_of(m).upper() for m in as_list(rec.get("members")) if text_of(m)]
        listed = as_list(rec.get("claims"))
        if more_of is None:  # every claim at hand: the popup's pick is made here
            picked = pick_listed(listed, info)
            listed, more = list(picked.claims), list(picked.more)
        else:
            more = list(more_of.get(pid, ()))
        claims = group_claims(listed, name, art_index)
        claims.sort(key=lambda g: by_date[g["article"]])  # by date, the undated last
        place_claims.append((idx, pid, rec.get("claims")))
        confidence = _confidence(rec.get("confidence"), claims)
        code = text_of(rec.get("feature_code"))
        out_places.append(
            {
                "id": pid,
                "name": name,
                "type": ftype,
                "cc": cc,
                "country": base.name_of(cc) if cc else "",
                "n": n,
                "arts": arts,
                "per": [place_counts.get(articles[a], 0) for a in arts],
                "groups": sorted({groups.of_article[a] for a in arts}),
                "conf": confidence,
                "fit": ftype not in UNFITTED_TYPES and code not in UNFITTED_CODES,
                "ll": ll,
                "zoom": FOCUS_ZOOM.get(ftype, DEFAULT_FOCUS_ZOOM),
                "members": [[m, base.name_of(m) or m] for m in members],
                "claims": claims,
                "aka": _also_known_as(name, (aliases or {}).get(pid, ()), rec.get("claims")),
                "nc": int_of(rec.get("claim_count"), len(as_list(rec.get("claims")))),
                "more": [[text_of(o), int(n)] for o, n in more],
                "cmp": comparison_entry(comparison.get(pid)),
            }
        )
        is_point = isinstance(geom, BaseGeometry) and geom.geom_type == "Point"
        point = (geom.x, geom.y) if is_point else None
        area = area_of(name, ftype, point, areas)
        if area >= 0:  # Crimea is Crimea's shape, with who holds and who claims it
            out_places[-1]["disputed"] = areas[area].label
            shapes.append({"p": idx, "kind": "disputed", "area": area})
        elif ftype in SHAPE_TYPES:
            own = place_shapes(idx, pid, ftype, cc, members, iso_row, shape_of)
            shapes.extend(own)
            outlines_missing += ftype == "admin1" and not own  # a point only: the legend says so
            if ftype == "country":  # the areas the worldview holds part of this country
                shapes.extend(
                    {"p": idx, "kind": "viewed", "area": i}
                    for i, a in enumerate(areas)
                    if a.owner is not None and a.owner == cc
                )
            if own and ftype in AREA_ONLY_TYPES and ll is not None:
                out_places[-1]["at"], out_places[-1]["ll"] = ll, None  # label, no marker
                n_markers -= 1

    max_n = max((p["n"] for p in out_places), default=0)
    log = log_sizes([p["n"] for p in out_places])
    for p in out_places:
        p["r"] = marker_radius(p["n"], max_n, log)
    if cluster is None:
        marked = [(p["ll"], p["r"]) for p in out_places if p.get("ll")]
        cluster = n_markers > CLUSTER_THRESHOLD or crowded(
            [(ll[0], ll[1]) for ll, _ in marked], [r for _, r in marked]
        )
    sources, n_sources = sources_payload(
        ((i, claims_of(pid) if claims_of else claims) for i, pid, claims in place_claims),
        art_index,
    )
    return {
        "title": title,
        "articles": articles,
        "article_labels": labels,
        "article_info": shown,
        "language_names": language_names(shown),
        "article_groups": list(groups.of_article),
        "article_colors": [groups.colors[g] for g in groups.of_article],
        "groups": groups.payload(),
        "outlets": outlets.payload(),
        "article_outlets": list(outlets.of_article),
        "style": {
            "ramp": list(SHADE_RAMP),
            "land": LAND_COLOR,
            "border": LAND_BORDER,
            "several": SEVERAL_COLOR,
            "low_confidence": LOW_CONFIDENCE,
            "river": RIVER_COLOR,
        },
        "places": out_places,
        "sources": sources,
        "sources_total": n_sources,
        "basemap": base.features,
        "disputed": areas_payload(areas),
        "worldview": (base.name_of(worldview) or worldview) if worldview else None,
        "shapes": shapes,
        "unshaped_regions": outlines_missing,
        "max_n": max_n,
        "log_sizes": log,
        "max_shade": max(
            (out_places[s["p"]]["n"] for s in shapes if s["kind"] not in UNSHADED), default=0
        ),
        "cluster": bool(cluster),
    }
