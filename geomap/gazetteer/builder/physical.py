"""Merge Natural Earth physical features with the GeoNames no-country features.

The same sea or mountain range often appears in both: the GeoNames entry
keeps its id and gets the NE polygon; NE-only features get ``ne:<layer>:<slug>`` ids.
A river keeps its NE line (its parts merged and simplified: ``geometry.merge_lines``),
continued through the lakes it crosses (NE's "Lake Centerline" parts of the same name);
the parts of one river under two names are one entry
(:mod:`geomap.gazetteer.builder.river_names`);
which entries exist and their points do not depend on the lines.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.naturalearth import Physical
from geomap.gazetteer.builder.range_names import range_forms
from geomap.gazetteer.builder.river_names import merge_renamed_rivers
from geomap.gazetteer.geometry import is_lineal, is_polygonal, merge_lines
from geomap.gazetteer.names import normalize_name

#: Features of the same name closer than this (degrees) are the same feature.
SAME_FEATURE_DEG = 5.0
#: A same-name part this close (degrees) to an already attached polygon extends it
#: (the Mediterranean Sea is two NE polygons).
ADJACENT_DEG = 1.0
#: Simplification tolerance (degrees) of stored physical polygons.
PHYSICAL_TOLERANCE = 0.02

#: A lake's centerline this close (degrees) to a same-name river's line continues it.
LAKE_GAP_DEG = 0.05

_LAYER_ORDER = {"marine": 0, "lake": 1, "region": 2, "river": 3, "point": 4, "elevation": 5}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_name(name)).strip("-") or "unnamed"


def _near(geom: BaseGeometry, other: BaseGeometry) -> bool:
    """Whether two geometries are close enough to be one feature (scaled by feature size)."""
    minx, miny, maxx, maxy = geom.bounds
    diag = ((maxx - minx) ** 2 + (maxy - miny) ** 2) ** 0.5
    return bool(geom.distance(other) < max(SAME_FEATURE_DEG, 0.3 * diag))


def _compatible(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"region", "landform"}


def _point_of(geom: BaseGeometry) -> tuple[float, float]:
    if geom.geom_type in ("LineString", "MultiLineString"):
        merged = linemerge(geom) if geom.geom_type == "MultiLineString" else geom
        parts = getattr(merged, "geoms", [merged])
        longest = max(parts, key=lambda g: g.length)
        p = longest.interpolate(0.5, normalized=True)
        return p.x, p.y
    p = geom if isinstance(geom, Point) else geom.representative_point()
    return p.x, p.y


def _add_names(entry: Entry, p: Physical, taken: Container[str] = ()) -> None:
    """Give ``entry`` the other names of ``p`` and its names in the local languages.

    A range's other forms ("Appalachians": :func:`range_forms`) are its own English names
    (aliases, not another place's alternate names), added unless another entry of the
    GeoNames features (``taken``, normalised names) has the name: the Balkan Mountains
    are not "the Balkans".
    """
    for a in p.alt_names:
        entry.add_name(a, "alternate")
    for a in range_forms(p.name):
        if normalize_name(a) not in taken:
            entry.add_name(a, "alias")
    for lang, name in p.local_names:
        entry.add_local_name(name, lang)


def merge_physical(geonames_entries: list[Entry], physical: list[Physical]) -> list[Entry]:
    """Attach NE geometries to matching GeoNames entries and return NE-only entries.

    Parameters
    ----------
    geonames_entries
        No-country entries (modified in place: shapes and alternate names).
    physical
        Natural Earth features.

    Returns
    -------
    list of Entry
        New entries for features GeoNames does not have.
    """
    lines: dict[str, list[BaseGeometry]] = defaultdict(list)  # river parts by place_id
    line_names: dict[str, set[str]] = defaultdict(set)  # names they were attached by
    gn_index: dict[str, list[Entry]] = defaultdict(list)
    for e in geonames_entries:
        for n in e.names:
            gn_index[n].append(e)
    new: dict[str, Entry] = {}
    geoms: dict[str, list[BaseGeometry]] = defaultdict(list)
    ne_index: dict[str, list[Entry]] = defaultdict(list)
    centerlines = [p for p in physical if p.layer == "centerline"]
    ordered = sorted(
        (p for p in physical if p.layer != "centerline"),
        key=lambda p: (_LAYER_ORDER.get(p.layer, 9), p.scalerank, p.name, p.geom.wkb_hex[:64]),
    )

    def attach(p: Physical, by_shape: bool) -> bool:
        """Attach ``p`` to the GeoNames entries of the same name; return whether any matched.

        A polygon goes to every such entry near it, not only the first: GeoNames lists
        some seas twice (the Sea of Azov as 713066 and 12097429), and the resolver may
        choose either, which was then a point only.
        """
        norm = normalize_name(p.name)
        matched = False
        for e in gn_index.get(norm, []):
            if not _compatible(e.feature_type, p.feature_type):
                continue
            if by_shape:
                if not is_polygonal(e.shape) or e.shape.distance(p.geom) >= ADJACENT_DEG:
                    continue
            elif not _near(p.geom, Point(e.lon, e.lat)):
                continue
            polygonal = p.geom.geom_type in ("Polygon", "MultiPolygon")
            if matched and not polygonal:
                continue  # a line goes to the first entry only (its parts are lent later)
            if polygonal:
                part = p.geom.simplify(PHYSICAL_TOLERANCE, preserve_topology=True)
                e.shape = part if e.shape is None else unary_union([e.shape, part])
            elif is_lineal(p.geom):
                lines[e.place_id].append(p.geom)
                line_names[e.place_id].add(norm)
            if not matched:
                _add_names(e, p, gn_index)
            matched = True
        return matched

    # First pass: parts near a GeoNames point; second: parts adjacent to an attached polygon.
    pending = [p for p in ordered if normalize_name(p.name) and not attach(p, by_shape=False)]
    pending = [p for p in pending if not attach(p, by_shape=True)]
    for p in pending:
        norm = normalize_name(p.name)
        match = next(
            (
                e
                for e in ne_index.get(norm, [])
                if _compatible(e.feature_type, p.feature_type)
                and any(_near(g, p.geom) for g in geoms[e.place_id])
            ),
            None,
        )
        if match is None:
            base = f"ne:{p.layer}:{_slug(p.name)}"
            pid, i = base, 2
            while pid in new:
                pid, i = f"{base}-{i}", i + 1
            match = Entry(
                place_id=pid,
                name=p.name,
                feature_type=p.feature_type,
                country_code=None,
                lon=0.0,
                lat=0.0,
                source="naturalearth",
                feature_code=p.featurecla,
            )
            match.add_name(p.name, "name")
            new[pid] = match
            ne_index[norm].append(match)
        _add_names(match, p, gn_index)
        geoms[match.place_id].append(p.geom)
    merge_renamed_rivers(new, geoms, ne_index)
    for pid, e in new.items():
        parts = geoms[pid]
        geom = parts[0] if len(parts) == 1 else unary_union(parts)
        e.lon, e.lat = _point_of(geom)
        if geom.geom_type in ("Polygon", "MultiPolygon"):
            e.shape = geom.simplify(PHYSICAL_TOLERANCE, preserve_topology=True)
        else:  # a river's parts (a point of the same name adds none)
            lines[pid] = [g for g in parts if is_lineal(g)]
    for e in geonames_entries:
        if (
            is_polygonal(e.shape)
            and e.feature_type in ("water", "landform")
            and not e.shape.is_valid
        ):
            e.shape = e.shape.buffer(0)
    join_split_waters([*geonames_entries, *new.values()])
    _lend_lines(line_names, lines, ne_index)
    _through_lakes(centerlines, lines, _line_owners(line_names, ne_index, lines))
    for e in [*geonames_entries, *new.values()]:
        if e.shape is None and lines.get(e.place_id):
            e.shape = merge_lines(lines[e.place_id])
    return list(new.values())


def _lend_lines(
    line_names: dict[str, set[str]],
    lines: dict[str, list[BaseGeometry]],
    ne_index: dict[str, list[Entry]],
) -> None:
    """Give a GeoNames river the parts of its NE-only namesake that continue its line.

    A long river's parts far from the GeoNames point make an NE-only entry of
    the same name; the GeoNames entry's line also takes those within
    :data:`ADJACENT_DEG` of its own (both entries stay, so resolution is unchanged).
    """
    for pid, norms in line_names.items():
        own = unary_union(lines[pid])
        for norm in sorted(norms):
            for other in ne_index.get(norm, []):
                theirs = lines.get(other.place_id)
                if theirs and unary_union(theirs).distance(own) < ADJACENT_DEG:
                    lines[pid].extend(theirs)


def _line_owners(
    line_names: dict[str, set[str]],
    ne_index: dict[str, list[Entry]],
    lines: dict[str, list[BaseGeometry]],
) -> dict[str, list[str]]:
    """``normalised name -> place ids`` of the entries that have river lines."""
    owners: dict[str, list[str]] = defaultdict(list)
    for pid, norms in sorted(line_names.items()):
        for norm in sorted(norms):
            owners[norm].append(pid)
    for norm, entries in ne_index.items():
        owners[norm].extend(e.place_id for e in entries if lines.get(e.place_id))
    return owners


def _through_lakes(
    centerlines: list[Physical],
    lines: dict[str, list[BaseGeometry]],
    owners: dict[str, list[str]],
) -> None:
    """Add each lake centerline to the lines of the same-name rivers it meets.

    A centerline continues a river when it lies within :data:`LAKE_GAP_DEG` of
    its line (they share an end); it adds to the line only, never an entry.
    """
    for c in centerlines:
        for pid in owners.get(normalize_name(c.name), []):
            if unary_union(lines[pid]).distance(c.geom) < LAKE_GAP_DEG:
                lines[pid].append(c.geom)


#: Halves a source splits a water body into ("North Atlantic Ocean", "South Atlantic Ocean").
SPLIT_SIDES = (("North", "South"), ("East", "West"))


def join_split_waters(entries: list[Entry]) -> None:
    """Give a water body without a shape the union of its two halves' shapes.

    Natural Earth draws the oceans in halves cut at the equator ("North Atlantic
    Ocean", "South Atlantic Ocean") and has no "Atlantic Ocean"; GeoNames has all
    three as points.  An entry named X without a shape takes the union of "North
    X" and "South X" (or "East X" and "West X") when both are water with shapes,
    so a map draws the ocean a story names, not a dot (modified in place).
    """
    shaped = {e.name: e for e in entries if e.feature_type == "water" and is_polygonal(e.shape)}
    for e in entries:
        if e.feature_type != "water" or e.shape is not None:
            continue
        for sides in SPLIT_SIDES:
            halves = [shaped.get(f"{side} {e.name}") for side in sides]
            if all(h is not None for h in halves):
                e.shape = unary_union([h.shape for h in halves if h is not None])
                break


def join_named_rivers(entries: Iterable[Entry]) -> int:
    """Join the lines of two rivers when one's name is the other's name in a language.

    Natural Earth names the upper Rhine "Rhein" and the rest "Rhine", two entries
    whose lines meet; the curated names give the Rhine "Rhein" in German.  When a
    river's name as written in a language is another river's own name and their
    lines meet (within :data:`LAKE_GAP_DEG`), both take the joined line, so either
    entry covers the whole river (modified in place; entries and names unchanged).
    Return how many pairs were joined.
    """
    rivers = [e for e in entries if e.feature_type == "water" and is_lineal(e.shape)]
    by_name: dict[str, list[Entry]] = defaultdict(list)
    for e in rivers:
        for norm, kind in e.names.items():
            if kind in ("name", "alias"):
                by_name[norm].append(e)
    joined = 0
    for e in rivers:
        for _, key in sorted(e.written):
            for other in by_name.get(key, []):
                if other is e or e.shape is None or other.shape is None:
                    continue
                if e.shape.equals(other.shape) or e.shape.distance(other.shape) >= LAKE_GAP_DEG:
                    continue
                line = merge_lines([e.shape, other.shape])
                e.shape = other.shape = line
                joined += 1
    return joined
