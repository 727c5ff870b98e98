"""Turn the places/mentions frames into the one JSON payload the map page reads.

Everything the page shows about places and articles goes through here; the
runtime JavaScript only ever puts these strings into the page with
``textContent``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import geopandas as gpd
import pandas as pd

from geomap.mapping.articles import article_order, labelled_articles, language_names
from geomap.mapping.claim_pick import date_key
from geomap.mapping.crowding import crowded
from geomap.mapping.dispute_groups import DisputeNotes
from geomap.mapping.disputed import areas_payload, base_layers, in_view
from geomap.mapping.groups import colour_groups, outlet_list
from geomap.mapping.place_entry import PageContext, place_entry
from geomap.mapping.place_shapes import UNSHADED, ShapeOf
from geomap.mapping.popup import (
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
from geomap.metadata import COPY_FIELD
from geomap.outlet_names import one_outlet_form

#: More markers than this are clustered (fewer too when they crowd the opening view:
#: :func:`geomap.mapping.crowding.crowded`).
CLUSTER_THRESHOLD = 150


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
    disputed_countries: Mapping[str, Mapping[str, Any]] | None = None,
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
    disputed_countries
        ISO2 -> Natural Earth's status of a country it notes as disputed (Taiwan,
        Kosovo: :meth:`geomap.gazetteer.Gazetteer.disputed_countries`): its popup says so.
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
    ctx = PageContext(
        articles=articles,
        art_index=art_index,
        by_date=by_date,
        info=info,
        counts=per_place_counts,
        groups_of_article=groups.of_article,
        comparison=normalise_comparison(comparison),
        aliases=aliases or {},
        more_of=more_of,
        base=base,
        areas=areas,
        iso_row=iso_row,
        shape_of=shape_of,
        notes=DisputeNotes(areas, disputed_countries or {}, base.name_of),
    )
    out_places: list[dict[str, Any]] = []
    place_claims: list[tuple[int, str, Any]] = []
    shapes: list[dict[str, Any]] = []
    outlines_missing = n_markers = 0
    for rec in places.to_dict("records"):
        idx = len(out_places)
        made = place_entry(rec, idx, ctx)
        out_places.append(made.entry)
        shapes.extend(made.shapes)
        place_claims.append((idx, made.entry["id"], rec.get("claims")))
        n_markers += made.marker
        outlines_missing += made.outline_missing

    max_n = max((p["n"] for p in out_places), default=0)
    log = log_sizes([p["n"] for p in out_places])
    for p in out_places:
        p["r"] = marker_radius(p["n"], max_n, log)
    if cluster is None:
        marked = [(p["ll"], p["r"], p["n"]) for p in out_places if p.get("ll")]
        cluster = n_markers > CLUSTER_THRESHOLD or crowded(
            [(ll[0], ll[1]) for ll, _, _ in marked],
            [r for _, r, _ in marked],
            [n or 1 for _, _, n in marked],
        )
    sources, n_sources, n_each = sources_payload(
        ((i, claims_of(pid) if claims_of else claims) for i, pid, claims in place_claims),
        art_index,
        info,
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
        # 1 for a copy of an earlier article's text: the outlet filter's "(2 articles, 1 copy)"
        "article_copies": [int(bool((info.get(a) or {}).get(COPY_FIELD))) for a in articles],
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
        "sources_each": n_each,  # an anonymous source per article: its articles' own
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
