"""Regions, continents and curated extra places."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from geomap.gazetteer.builder import curated, geonames
from geomap.gazetteer.builder.countries import SHAPE_TOLERANCE
from geomap.gazetteer.builder.model import Entry


def region_entries(
    src: Path, data: Path, countries: dict[str, Entry], continent_of: dict[str, str]
) -> list[Entry]:
    """Regions and continents from no-country, with curated members and union shapes."""
    entries = geonames.read_no_country(src / "geonames/no-country.txt.gz")
    by_id = {e.place_id: e for e in entries}
    country_shapes = {iso: e.shape for iso, e in countries.items() if e.shape is not None}

    def union_of(members: Iterable[str]) -> BaseGeometry | None:
        geoms = [country_shapes[m] for m in members if m in country_shapes]
        return (
            unary_union(geoms).simplify(SHAPE_TOLERANCE * 2, preserve_topology=True)
            if geoms
            else None
        )

    for row in curated.read_regions(data / "region_members.csv"):
        e = by_id.get(row.place_id)
        if e is None:
            e = Entry(
                place_id=row.place_id,
                name=row.name,
                feature_type="region",
                country_code=None,
                lon=0.0,
                lat=0.0,
                source="curated",
                feature_code="RGN",
            )
            e.add_name(row.name, "name")
            by_id[e.place_id] = e
            entries.append(e)
        else:
            e.add_name(row.name, "alias")
        e.members = row.members
        for a in row.aliases:
            e.add_name(a, "alias")
        e.shape = union_of(row.members)
        if e.source == "curated" and e.shape is not None:
            pt = e.shape.representative_point()
            e.lon, e.lat = pt.x, pt.y
        e.population = sum(countries[m].population for m in row.members if m in countries)
    cont_code = {
        "6255146": "AF",
        "6255147": "AS",
        "6255148": "EU",
        "6255149": "NA",
        "6255150": "SA",
        "6255151": "OC",
        "6255152": "AN",
    }
    for gid, code in cont_code.items():
        e = by_id.get(gid)
        if e is None:
            continue
        mem = sorted(iso for iso, c in continent_of.items() if c == code)
        e.members = tuple(mem)
        e.shape = union_of(mem)
        e.population = sum(countries[m].population for m in mem if m in countries)
    return entries


def extra_place_entries(data: Path) -> list[Entry]:
    """Entries from ``extra_places.csv`` (source ``curated``)."""
    out = []
    for row in curated.read_extra_places(data / "extra_places.csv"):
        e = Entry(
            place_id=row.place_id,
            name=row.name,
            feature_type=row.feature_type,
            country_code=row.country_code,
            lon=row.lon,
            lat=row.lat,
            source="curated",
            feature_code=row.feature_code,
        )
        e.add_name(row.name, "name")
        for a in row.aliases:
            e.add_name(a, "alias")
        out.append(e)
    return out
