"""One place of the map payload: its entry (name, articles, claims, popup pick) and its shapes.

:func:`place_entry` turns one row of the places frame into what the page reads
about it; :func:`geomap.mapping.payload.build_payload` calls it per place and
adds what depends on every place (marker sizes, clustering, the sources view).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shapely.geometry.base import BaseGeometry

from geomap.geo import latlon
from geomap.mapping.basemap import PreparedBasemap
from geomap.mapping.claim_pick import pick_listed
from geomap.mapping.dispute_groups import DisputeNotes, areas_of, group_label
from geomap.mapping.disputed import Area
from geomap.mapping.focus_marks import focus_level
from geomap.mapping.place_shapes import ShapeOf, place_shapes
from geomap.mapping.popup import as_list, comparison_entry, group_claims, int_of, text_of

#: Feature types drawn as shaded shapes (when a shape is known).
SHAPE_TYPES = frozenset({"country", "region", "continent", "admin1", "admin2", "water", "landform"})
#: Places drawn as their shape only, with a label but no marker: a dot at the centroid
#: of Eastern Europe or the Indian Ocean would look like a place.
AREA_ONLY_TYPES = frozenset({"region", "continent", "water"})
#: Zoom level the page uses when it jumps to a place of this type.
FOCUS_ZOOM = {"continent": 3, "region": 4, "country": 5, "water": 5, "admin1": 6, "landform": 6}
DEFAULT_FOCUS_ZOOM = 8
#: Places the opening view is not fitted to: continents and oceans would zoom a
#: story about Eastern Europe out to the whole world.
UNFITTED_TYPES = frozenset({"continent"})
UNFITTED_CODES = frozenset({"OCN", "ocean"})


@dataclass(frozen=True)
class PageContext:
    """What every place's entry is built from: the run's articles, layers and lookups."""

    articles: Sequence[str]
    art_index: Mapping[str, int]
    by_date: Sequence[tuple[Any, ...]]
    info: Mapping[str, Mapping[str, str]]
    counts: Mapping[str, Mapping[str, int]]
    groups_of_article: Sequence[int]
    comparison: Mapping[str, Any]
    aliases: Mapping[str, Sequence[str]]
    more_of: Mapping[str, Sequence[tuple[str, int]]] | None
    base: PreparedBasemap
    areas: list[Area]
    iso_row: Mapping[str, int]
    shape_of: ShapeOf | None
    #: The places' disputed notes (a country's, a unit's within a dispute) beyond the areas'.
    notes: DisputeNotes | None = None


@dataclass(frozen=True)
class PlaceEntry:
    """A place's payload entry, its shapes, and whether it is drawn as a marker."""

    entry: dict[str, Any]
    shapes: list[dict[str, Any]]
    marker: bool
    outline_missing: bool


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


def _marker_point(geom: Any) -> list[float] | None:
    """The marker's ``[lat, lon]`` (5 decimals): the point, or a point inside the shape."""
    if not isinstance(geom, BaseGeometry) or geom.is_empty:
        return None
    pt = geom if geom.geom_type == "Point" else geom.representative_point()
    lat, lon = latlon(pt.x, pt.y)
    if math.isfinite(lat) and math.isfinite(lon):
        return [round(lat, 5), round(lon, 5)]
    return None


def _article_indexes(
    rec: Mapping[str, Any], counts: Mapping[str, int], ctx: PageContext
) -> list[int]:
    """The place's articles as indexes of the run's, in order: its own list and its counts'."""
    arts = [
        ctx.art_index[a]
        for a in dict.fromkeys(map(text_of, as_list(rec.get("articles"))))
        if a in ctx.art_index
    ]
    for a in counts:
        if a in ctx.art_index and ctx.art_index[a] not in arts:
            arts.append(ctx.art_index[a])
    return sorted(arts)


def place_entry(rec: Mapping[str, Any], idx: int, ctx: PageContext) -> PlaceEntry:
    """The payload entry of the places frame's row ``rec``, the ``idx``-th place of the page."""
    pid = text_of(rec.get("place_id"))
    name = text_of(rec.get("name")) or pid
    ftype = text_of(rec.get("feature_type")) or "other"
    cc = text_of(rec.get("country_code")).upper()
    place_counts = ctx.counts.get(pid, {})
    arts = _article_indexes(rec, place_counts, ctx)
    geom = rec.get("geometry")
    ll = _marker_point(geom)
    members = [text_of(m).upper() for m in as_list(rec.get("members")) if text_of(m)]
    listed = as_list(rec.get("claims"))
    if ctx.more_of is None:  # every claim at hand: the popup's pick is made here
        picked = pick_listed(listed, ctx.info)
        listed, more = list(picked.claims), list(picked.more)
    else:
        more = list(ctx.more_of.get(pid, ()))
    claims = group_claims(listed, name, ctx.art_index)
    claims.sort(key=lambda g: ctx.by_date[g["article"]])  # by date, the undated last
    code = text_of(rec.get("feature_code"))
    entry: dict[str, Any] = {
        "id": pid,
        "name": name,
        "type": ftype,
        "cc": cc,
        "country": ctx.base.name_of(cc) if cc else "",
        "n": int_of(rec.get("mention_count"), sum(place_counts.values())),
        "arts": arts,
        "per": [place_counts.get(ctx.articles[a], 0) for a in arts],
        "groups": sorted({ctx.groups_of_article[a] for a in arts}),
        "conf": _confidence(rec.get("confidence"), claims),
        "fo": focus_level(as_list(rec.get("claims"))),  # names placed at a focus
        "fit": ftype not in UNFITTED_TYPES and code not in UNFITTED_CODES,
        "ll": ll,
        "zoom": FOCUS_ZOOM.get(ftype, DEFAULT_FOCUS_ZOOM),
        "members": [[m, ctx.base.name_of(m) or m] for m in members],
        "claims": claims,
        "aka": _also_known_as(name, ctx.aliases.get(pid, ()), rec.get("claims")),
        "nc": int_of(rec.get("claim_count"), len(as_list(rec.get("claims")))),
        "more": [[text_of(o), int(n)] for o, n in more],
        "cmp": comparison_entry(ctx.comparison.get(pid)),
    }
    shapes: list[dict[str, Any]] = []
    marker, missing = ll is not None, False
    point = (
        (geom.x, geom.y) if isinstance(geom, BaseGeometry) and geom.geom_type == "Point" else None
    )
    found = areas_of(name, ftype, point, ctx.areas)
    if not found and ctx.notes is not None and point is not None:  # Taiwan; Azad Kashmir
        note = ctx.notes.note(name, ftype, cc or None, point, members)
        if note:
            entry["disputed"] = note
    if found:  # Crimea is Crimea's shape, with who holds and who claims it; Kashmir its parts
        entry["disputed"] = group_label(name, ctx.areas, found)
        shapes.extend({"p": idx, "kind": "disputed", "area": area} for area in found)
    elif ftype in SHAPE_TYPES:
        own = place_shapes(idx, pid, ftype, cc, members, ctx.iso_row, ctx.shape_of)
        shapes.extend(own)
        missing = ftype == "admin1" and not own  # a point only: the legend says so
        if ftype == "country":  # the areas the worldview holds part of this country
            shapes.extend(
                {"p": idx, "kind": "viewed", "area": i}
                for i, a in enumerate(ctx.areas)
                if a.owner is not None and a.owner == cc
            )
        if own and ftype in AREA_ONLY_TYPES and ll is not None:
            entry["at"], entry["ll"] = ll, None  # label, no marker
            marker = False
    return PlaceEntry(entry, shapes, marker, missing)
