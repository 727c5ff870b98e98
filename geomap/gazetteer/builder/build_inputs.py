"""What a gazetteer build reads and records: source files, curated tables, packages, hashes.

:func:`build_meta` fingerprints every input in the artifact's ``meta`` table, so a
build can be told from another and reproduced.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from geomap.gazetteer.builder import geonames

BUILD_VERSION = "1.0.0"
SOURCE_FILES = (
    "geonames/cities500.txt.gz",
    "geonames/cities15000.zip",
    "geonames/admin1CodesASCII.txt.gz",
    "geonames/admin2Codes.txt.gz",
    "geonames/countryInfo.txt",
    "geonames/no-country.txt.gz",
    "naturalearth/ne_50m_admin_0_countries.zip",
    "naturalearth/ne_50m_admin_1_states_provinces/ne_50m_admin_1_states_provinces.shp.gz",
    "naturalearth/ne_50m_admin_1_states_provinces/ne_50m_admin_1_states_provinces.dbf.gz",
    "naturalearth/ne_10m_admin_1_label_points.json.gz",
    "naturalearth/ne_10m_geography_marine_polys.json.gz",
    "naturalearth/ne_10m_geography_regions_polys.json.gz",
    "naturalearth/ne_10m_geography_regions_points.json.gz",
    "naturalearth/ne_10m_geography_regions_elevation_points.json.gz",
    "naturalearth/ne_10m_lakes.json.gz",
    "naturalearth/ne_10m_rivers_lake_centerlines.json.gz",
)
CURATED_FILES = (
    "aliases.csv",
    "region_members.csv",
    "demonyms.csv",
    "extra_places.csv",
    "local_names.csv",
    "german_names.csv",
    "country_points.csv",
)


def sha256(path: Path) -> str:
    """The SHA-256 of a file, hex."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


#: Modules of the packages the build reads (pyshp, countryinfo, Babel, pycountry).
BUILD_MODULES = ("shapefile", "countryinfo", "babel", "pycountry")


def missing_build_packages() -> list[str]:
    """The modules of :data:`BUILD_MODULES` that are not installed."""
    import importlib.util

    return [name for name in BUILD_MODULES if importlib.util.find_spec(name) is None]


def missing_sources(src: Path) -> list[str]:
    """The files of :data:`SOURCE_FILES` that are not under ``src``."""
    return [f for f in SOURCE_FILES if not (src / f).exists()]


def build_meta(src: Path, data: Path) -> dict[str, str]:
    """The artifact's ``meta`` rows: version, build date, licence and every input's SHA-256."""
    return {
        "version": BUILD_VERSION,
        "build_date": build_date(src),
        "licence": (
            "Contains data from GeoNames (geonames.org), CC BY 4.0; Natural Earth (public domain)"
        ),
        **{f"sha256:{f}": sha256(src / f) for f in SOURCE_FILES},
        **{f"sha256:data/{f}": sha256(data / f) for f in CURATED_FILES if (data / f).exists()},
    }


def build_date(src: Path) -> str:
    """Return a reproducible build date: the newest GeoNames modification date in the sources."""
    newest = ""
    for row in geonames.read_dump(src / "geonames/cities15000.zip"):
        newest = max(newest, row.modified)
    return newest
