"""Read Natural Earth: country and admin-1 polygons, admin-1 label points, physical features."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapefile
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.gazetteer.names import normalize_name, strip_type_word


@dataclass
class NEFeature:
    """One Natural Earth feature: its attributes and geometry."""

    props: dict[str, Any]
    geom: BaseGeometry

    def get(self, key: str) -> Any:
        """Return an attribute by key in any case; ``None`` for NE's -99 or empty values."""
        for k in (key, key.upper(), key.lower()):
            if k in self.props:
                v = self.props[k]
                if v in (None, "", "-99", -99):
                    return None
                return v.strip() if isinstance(v, str) else v
        return None


def _read_shp(shp: io.BytesIO, dbf: io.BytesIO, shx: io.BytesIO | None) -> list[NEFeature]:
    reader = shapefile.Reader(shp=shp, dbf=dbf, shx=shx, encoding="utf-8")
    fields = [f[0] for f in reader.fields[1:]]
    out = []
    for sr in reader.iterShapeRecords():
        geom = shape(sr.shape.__geo_interface__)
        if not geom.is_valid:
            geom = geom.buffer(0)
        out.append(NEFeature(dict(zip(fields, sr.record, strict=False)), geom))
    return out


def read_countries(zip_path: Path) -> list[NEFeature]:
    """Read the 50m admin-0 countries shapefile from its official zip."""
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()

        def member(ext: str) -> io.BytesIO:
            return io.BytesIO(zf.read(next(n for n in names if n.endswith(ext))))

        return _read_shp(member(".shp"), member(".dbf"), member(".shx"))


def read_admin1_polygons(folder: Path) -> list[NEFeature]:
    """Read the 50m admin-1 polygons (9 countries), shapefile parts gzip'd in ``folder``."""
    stem = folder / folder.name
    shp = io.BytesIO(gzip.decompress(Path(f"{stem}.shp.gz").read_bytes()))
    dbf = io.BytesIO(gzip.decompress(Path(f"{stem}.dbf.gz").read_bytes()))
    shx = io.BytesIO(Path(f"{stem}.shx").read_bytes())
    return _read_shp(shp, dbf, shx)


def read_geojson(path: Path) -> Iterator[NEFeature]:
    """Yield the features of a (gzip'd) GeoJSON file with a valid geometry."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    for f in data["features"]:
        if not f.get("geometry"):
            continue
        geom = shape(f["geometry"])
        if geom.is_empty:
            continue
        if not geom.is_valid:
            geom = geom.buffer(0)
        yield NEFeature(dict(f.get("properties") or {}), geom)


def admin1_label_points(path: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """Return ``(iso_a2, normalised name) -> (lon, lat)`` from the NE admin-1 label points.

    The short form of the name (without "Oblast", "Province"...) is indexed
    too.  When a code has several label points, the first one in file order
    is kept.
    """
    out: dict[tuple[str, str], tuple[float, float]] = {}
    seen_codes: set[str] = set()
    for f in read_geojson(path):
        code = f.get("adm1_code") or ""
        cc = f.get("iso_a2")
        name = f.get("name")
        if not cc or not name or code in seen_codes:
            continue
        seen_codes.add(code)
        pt = f.geom if isinstance(f.geom, Point) else f.geom.representative_point()
        for key in (normalize_name(name), strip_type_word(name)):
            if key and (cc, key) not in out:
                out[(cc, key)] = (pt.x, pt.y)
    return out


@dataclass
class Physical:
    """A named physical feature from a Natural Earth layer."""

    layer: str
    name: str
    featurecla: str
    feature_type: str
    geom: BaseGeometry
    scalerank: float
    alt_names: list[str] = field(default_factory=list)
    #: ``(language, name)`` from the layer's ``name_xx`` columns in the local languages.
    local_names: list[tuple[str, str]] = field(default_factory=list)


_SMALL_WORDS = {"of", "the", "and", "de", "del", "la", "el", "da", "do", "du", "des", "di", "al"}


def title_name(name: str) -> str:
    """Title-case an all-caps Natural Earth name ("GULF OF ADEN" -> "Gulf of Aden").

    Runs of whitespace become one space: a few names hold two ("Amu  Darya"), which the
    map, the files and a reader's search would show as they are.
    """
    name = " ".join(name.split())
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(
        w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


_LANDFORM_CLASSES = {
    "range/mtn": "landform",
    "desert": "landform",
    "pen/cape": "landform",
    "plateau": "landform",
    "island": "landform",
    "island group": "landform",
    "plain": "landform",
    "basin": "landform",
    "valley": "landform",
    "delta": "landform",
    "lowland": "landform",
    "tundra": "landform",
    "wetlands": "landform",
    "peninsula": "landform",
    "cape": "landform",
    "mountain": "landform",
    "isthmus": "landform",
    "foothills": "landform",
    "gorge": "landform",
    "coast": "landform",
    "geoarea": "region",
    "continent": "continent",
}


def read_physical(folder: Path) -> list[Physical]:
    """Read named waters and landforms from the NE 10m physical layers in ``folder``."""
    out: list[Physical] = []

    def add(layer: str, f: NEFeature, ftype: str, cla: str) -> None:
        name = f.get("name_en") or f.get("name")
        if not name or not isinstance(name, str):
            return
        alts = [
            a for a in (f.get("namealt"), f.get("name_alt"), f.get("name")) if isinstance(a, str)
        ]
        rank = f.get("scalerank")
        local = [
            (lang, title_name(v.strip()))
            for lang in LOCAL_LANGUAGES
            if isinstance(v := f.get(f"name_{lang}"), str) and v.strip()
        ]
        out.append(
            Physical(
                layer,
                title_name(name),
                cla,
                ftype,
                f.geom,
                float(rank) if rank is not None else 10.0,
                [title_name(a) for a in alts if title_name(a) != title_name(name)],
                local,
            )
        )

    for f in read_geojson(folder / "ne_10m_geography_marine_polys.json.gz"):
        add("marine", f, "water", str(f.get("featurecla") or "water").lower())
    for f in read_geojson(folder / "ne_10m_lakes.json.gz"):
        add("lake", f, "water", str(f.get("featurecla") or "Lake").lower())
    for f in read_geojson(folder / "ne_10m_rivers_lake_centerlines.json.gz"):
        if str(f.get("featurecla")) == "River":
            add("river", f, "water", "river")
        elif str(f.get("featurecla")) == "Lake Centerline":  # a river's course through a lake
            add("centerline", f, "water", "river")
    for layer, fname in (
        ("region", "ne_10m_geography_regions_polys.json.gz"),
        ("point", "ne_10m_geography_regions_points.json.gz"),
        ("elevation", "ne_10m_geography_regions_elevation_points.json.gz"),
    ):
        for f in read_geojson(folder / fname):
            cla = str(f.get("featurecla") or "").lower()
            ftype = _LANDFORM_CLASSES.get(cla)
            if ftype is None:
                ftype = "water" if cla in ("waterfall", "lake", "river") else "landform"
            add(layer, f, ftype, cla)
    return out
