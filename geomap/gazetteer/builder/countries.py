"""Country entries: countryInfo rows with Natural Earth names, polygons and points."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from geomap.gazetteer.builder import geonames, naturalearth
from geomap.gazetteer.builder.factbook import factbook_points
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.points import country_point
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.gazetteer.names import is_latin

log = logging.getLogger(__name__)

#: Simplification tolerance (degrees) of stored country/admin1 polygons.
SHAPE_TOLERANCE = 0.01

#: NE name fields indexed as alternates for countries (Latin-script ones only).
_NE_NAME_FIELDS = (
    "NAME",
    "NAME_LONG",
    "NAME_EN",
    "FORMAL_EN",
    "NAME_SORT",
    "NAME_ALT",
    "ADMIN",
    "GEOUNIT",
    "SUBUNIT",
)
_NE_LANG_FIELDS = (
    "NAME_DE",
    "NAME_ES",
    "NAME_FR",
    "NAME_IT",
    "NAME_NL",
    "NAME_PL",
    "NAME_PT",
    "NAME_SV",
    "NAME_TR",
    "NAME_HU",
    "NAME_ID",
    "NAME_VI",
)


def ne_iso2(f: naturalearth.NEFeature) -> str | None:
    """Return a NE country's ISO alpha-2 code (ISO_A2, else ISO_A2_EH for France, Norway...)."""
    for key in ("ISO_A2", "ISO_A2_EH", "WB_A2"):
        v = f.get(key)
        if isinstance(v, str) and len(v) == 2 and v.isalpha():
            return v.upper()
    return None


def read_country_entries(src: Path) -> tuple[dict[str, Entry], dict[str, str]]:
    """Read countries: countryInfo rows with NE names and polygons.

    Returns
    -------
    tuple
        Entries by ISO2 code (points not yet set), and ISO2 -> continent code.
    """
    ne_by_iso: dict[str, naturalearth.NEFeature] = {}
    for f in naturalearth.read_countries(src / "naturalearth/ne_50m_admin_0_countries.zip"):
        iso = ne_iso2(f)
        if iso and iso not in ne_by_iso:
            ne_by_iso[iso] = f
    out: dict[str, Entry] = {}
    continent: dict[str, str] = {}
    for row in geonames.read_countries(src / "geonames/countryInfo.txt"):
        ne = ne_by_iso.get(row.iso)
        e = Entry(
            place_id=row.geonameid,
            name=row.name,
            feature_type="country",
            country_code=row.iso,
            lon=0.0,
            lat=0.0,
            source="geonames",
            feature_code="PCLI",
            population=row.population,
        )
        e.add_name(row.name, "name")
        if ne is not None:
            e.shape = ne.geom.simplify(SHAPE_TOLERANCE, preserve_topology=True)
            for key in _NE_NAME_FIELDS:
                v = ne.get(key)
                if isinstance(v, str) and is_latin(v):
                    e.add_name(v, "alternate")
            for key in _NE_LANG_FIELDS:
                v = ne.get(key)
                if isinstance(v, str) and is_latin(v) and len(v) > 3:
                    e.add_name(v, "alternate")
            for lang in LOCAL_LANGUAGES:
                v = ne.get(f"NAME_{lang.upper()}")
                if isinstance(v, str) and v.strip():
                    e.add_local_name(v, lang)
        out[row.iso] = e
        continent[row.iso] = row.continent
    return out, continent


def place_countries(
    countries: dict[str, Entry],
    cities: dict[str, Entry],
    src: Path,
    geonames_points: Mapping[str, tuple[float, float]] | None = None,
) -> None:
    """Set each country's representative point; drop those without one.

    A country in ``geonames_points`` (ISO alpha-2 -> ``(lon, lat)``, GeoNames' own
    point: ``data/country_points.csv``) takes that point; the others a computed one
    (see :mod:`.points`). The polygon stays whatever the point.
    """
    ne_by_iso: dict[str, naturalearth.NEFeature] = {}
    for f in naturalearth.read_countries(src / "naturalearth/ne_50m_admin_0_countries.zip"):
        iso = ne_iso2(f)
        if iso and iso not in ne_by_iso:
            ne_by_iso[iso] = f
    capitals: dict[str, Entry] = {}
    members: dict[str, list[Entry]] = defaultdict(list)
    for c in cities.values():
        if c.country_code:
            members[c.country_code].append(c)
            if c.feature_code == "PPLC":
                capitals.setdefault(c.country_code, c)
    labels: dict[str, tuple[float, float]] = {}
    for f in naturalearth.read_geojson(src / "naturalearth/ne_10m_admin_1_label_points.json.gz"):
        cc = f.get("iso_a2")
        if isinstance(cc, str) and cc not in labels:
            labels[cc] = (f.geom.x, f.geom.y)
    factbook = factbook_points()
    placed: set[str] = set()
    given = geonames_points or {}
    for iso, e in countries.items():
        pt = representative_point(
            iso, given, ne_by_iso.get(iso), capitals.get(iso), members.get(iso, []),
            factbook.get(iso), labels,
        )  # fmt: skip
        if pt is None:
            log.warning("no point for country %s: dropped", iso)
            continue
        e.lon, e.lat = pt
        placed.add(iso)
    for iso in [iso for iso in countries if iso not in placed]:
        del countries[iso]


def representative_point(
    iso: str,
    given: Mapping[str, tuple[float, float]],
    ne: naturalearth.NEFeature | None,
    capital: Entry | None,
    members: list[Entry],
    factbook: tuple[float, float] | None,
    labels: Mapping[str, tuple[float, float]],
) -> tuple[float, float] | None:
    """A country's ``(lon, lat)``: GeoNames' own point when given, else a computed one.

    ``given`` is ``data/country_points.csv``; the computed point is
    :func:`.points.country_point` (Factbook and polygon, then fallbacks), and last
    the first Natural Earth admin-1 label point of the country (``labels``).
    """
    if iso in given:
        return given[iso]
    pt = country_point(ne, capital, members, factbook=factbook)
    return pt if pt is not None else labels.get(iso)
