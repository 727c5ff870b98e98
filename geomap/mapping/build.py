"""Compose the map: :func:`build_map` and :func:`write_map`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
from branca.element import Element
from shapely.geometry.base import BaseGeometry

from geomap.mapping.basemap import Basemap
from geomap.mapping.layers import (
    ArticleLayer,
    ArticleLayers,
    FitView,
    PlaceMarkers,
    ShapeLayer,
)
from geomap.mapping.legend import Legend
from geomap.mapping.offline import DataBlob, OfflineMap
from geomap.mapping.page import write_page
from geomap.mapping.panel import SidePanel
from geomap.mapping.payload import build_payload
from geomap.mapping.safe import SafeLayerControl
from geomap.mapping.tiles import ONLINE_TILES, tile_keys

#: With more articles than this the layer control starts collapsed.
EXPANDED_CONTROL_MAX_ARTICLES = 6
#: With more articles than this the per-article toggles live only in the side panel's
#: filterable article list (Leaflet's layer control redraws in O(n^2)).
CONTROL_MAX_ARTICLES = 40


def build_map(
    places: gpd.GeoDataFrame,
    mentions: gpd.GeoDataFrame | None,
    *,
    basemap: gpd.GeoDataFrame | None,
    shape_of: Callable[[str], BaseGeometry | None] | None = None,
    title: str = "geomap",
    tiles: str | None = None,
    comparison: Mapping[str, Any] | None = None,
    cluster: bool | None = None,
    articles: Sequence[str] | None = None,
    counts: Mapping[str, Mapping[str, int]] | None = None,
    article_info: Mapping[str, Mapping[str, str]] | None = None,
    min_confidence: float = 0.0,
    aliases: Mapping[str, Sequence[str]] | None = None,
    disputed: gpd.GeoDataFrame | None = None,
    disputed_countries: Mapping[str, Mapping[str, Any]] | None = None,
    worldview: str | None = None,
    claims_of: Callable[[str], Iterable[Mapping[str, Any]]] | None = None,
    more_of: Mapping[str, Sequence[tuple[str, int]]] | None = None,
) -> folium.Map:
    """Build the self-contained folium map of places and the articles' claims.

    Parameters
    ----------
    places
        One row per place (``place_id, name, feature_type, country_code,
        mention_count, articles, claims, members, geometry``), EPSG:4326.
    mentions
        One row per mention (``article, place_id, ...``); used for the article
        order and per-article mention counts.  May be ``None``.
    basemap
        Country polygons for the offline basemap (``gazetteer.basemap()``), or
        ``None`` for no basemap.  Any GeoDataFrame of polygons works; ``iso_a2``
        and ``name`` columns are used when present.
    shape_of
        ``place_id -> shapely geometry | None`` (``gazetteer.shape``), for
        shapes that the basemap rows do not cover.
    title
        Shown in the panel and as the document title.
    tiles
        ``None`` (offline basemap only), ``"osm"``, ``"cartodb"`` or
        ``"osm,cartodb"``: online tile layers offered as non-default base layers.
    comparison
        Optional ``place_id -> {"articles", "pairs", "only_in"}``, shown side by
        side in the place's popup.
    cluster
        Force marker clustering on or off; by default markers are clustered
        when there are many of them.
    articles, counts
        The run's article order and per-place mention counts per article, for
        a streamed run that passes no ``mentions`` (see
        :func:`~geomap.mapping.payload.build_payload`).
    article_info
        Article id -> its metadata (title, outlet, published, url): articles are
        shown by headline, outlet and date, the id only when there is none.
    worldview
        A country's ISO code: each disputed area is also shaded with the country
        that country's government holds it part of, and says so (``--worldview``).
    disputed
        Disputed and breakaway areas (``Gazetteer.disputed_areas()``), drawn apart
        from the countries that hold them.
    disputed_countries
        Countries Natural Earth notes as claimed or unrecognised
        (``Gazetteer.disputed_countries()``): their popups say so.
    aliases
        Place id -> other names the search box finds it by (the gazetteer's
        curated aliases: "USA", "Britain", "Kiev").
    claims_of
        Place id -> every claim of the place, for the panel's sources and their
        counts (a streamed run's places carry only their first claims).
    more_of
        Place id -> ``(outlet, claims its popup leaves out)`` when the places carry
        the popups' pick already (see :func:`~geomap.mapping.payload.build_payload`).
    min_confidence
        Leave out places placed with less confidence (their ``confidence``
        column); the legend says how many.

    Returns
    -------
    folium.Map
        An :class:`~geomap.mapping.offline.OfflineMap`; ``.get_root().render()``
        gives the HTML.

    Raises
    ------
    ValueError
        If ``tiles`` names an unknown tile layer.
    """
    online = tile_keys(tiles)
    left_out = 0
    if min_confidence > 0 and "confidence" in places:
        keep = places["confidence"].fillna(0).astype(float) >= min_confidence
        left_out = int((~keep).sum())
        places = places[keep]
        if mentions is not None and "confidence" in mentions:
            mentions = mentions[mentions["confidence"].fillna(0).astype(float) >= min_confidence]
    payload = build_payload(
        places,
        mentions,
        basemap=basemap,
        shape_of=shape_of,
        title=title,
        comparison=comparison,
        cluster=cluster,
        articles=articles,
        counts=counts,
        article_info=article_info,
        aliases=aliases,
        disputed=disputed,
        disputed_countries=disputed_countries,
        worldview=worldview,
        claims_of=claims_of,
        more_of=more_of,
    )
    n_articles = len(payload["articles"])
    fmap = OfflineMap(
        title=title,
        cluster=payload["cluster"],
        location=[30.0, 10.0],
        zoom_start=2,
        minZoom=1,
        maxZoom=12 if not online else 18,
        worldCopyJump=True,
        control_scale=True,
    )
    app = DataBlob(payload)
    app.add_to(fmap)
    Basemap(app, show=True).add_to(fmap)
    for key in online:
        spec = ONLINE_TILES[key]
        folium.TileLayer(
            spec["tiles"],
            name=spec["name"],
            attr=spec["attr"],
            show=False,
            overlay=False,
            max_zoom=18,
        ).add_to(fmap)
    ShapeLayer(app).add_to(fmap)
    if n_articles <= CONTROL_MAX_ARTICLES:
        for i, label in enumerate(payload["article_labels"]):
            ArticleLayer(app, i, label, payload["article_colors"][i]).add_to(fmap)
    else:  # toggled from the panel's article list only: one loop, not a statement each
        ArticleLayers(app, n_articles).add_to(fmap)
    PlaceMarkers(app).add_to(fmap)
    Legend(
        payload["groups"],
        payload["max_n"],
        payload["max_shade"],
        (left_out, min_confidence),
        payload.get("worldview"),
        cluster=bool(payload["cluster"]),
        lines=any(s["kind"] == "line" for s in payload["shapes"]),
        unshaped=int(payload.get("unshaped_regions", 0)),
        log_sizes=bool(payload.get("log_sizes")),
        focus=any(p.get("fo") for p in payload["places"]),
    ).add_to(fmap)
    SidePanel(app, title, len(payload["places"]), n_articles).add_to(fmap)
    SafeLayerControl(
        position="topright", collapsed=n_articles > EXPANDED_CONTROL_MAX_ARTICLES
    ).add_to(fmap)
    FitView(app).add_to(fmap)
    stable_ids(fmap.get_root())
    return fmap


def stable_ids(root: Element) -> None:
    """Number the elements in tree order instead of branca's random ids.

    The same data then gives the same page, byte for byte (a run with two
    workers writes the map of a run with one).
    """
    stack = [root]
    n = 0
    while stack:
        element = stack.pop()
        element._id = f"{n:032x}"
        n += 1
        for attr in ("header", "html", "script"):
            part = getattr(element, attr, None)
            if isinstance(part, Element):
                stack.append(part)
        stack.extend(reversed(list(element._children.values())))


def write_map(
    places: gpd.GeoDataFrame,
    mentions: gpd.GeoDataFrame | None,
    path: str | Path,
    **kwargs: Any,
) -> Path:
    """Build the map (see :func:`build_map`) and write it as one HTML file.

    The data is streamed into the file (:func:`~geomap.mapping.page.write_page`):
    the page is never one string in memory.  The file is staged beside ``path``
    and renamed over it, so it is never half-written.

    Parameters
    ----------
    places, mentions
        As for :func:`build_map`.
    path
        Output file (``map.html``); parent folders are created.
    **kwargs
        Keyword arguments of :func:`build_map` (``basemap`` defaults to ``None``).

    Returns
    -------
    Path
        The written file.
    """
    kwargs.setdefault("basemap", None)
    fmap = build_map(places, mentions, **kwargs)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_page(fmap, out)
