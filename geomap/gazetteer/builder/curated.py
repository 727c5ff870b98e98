"""Read the small curated tables in ``data/``: aliases, region members, demonyms, points."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RegionRow:
    """One row of ``region_members.csv``."""

    place_id: str
    name: str
    members: tuple[str, ...]
    aliases: tuple[str, ...]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(line for line in fh if not line.startswith("#"))
        ]


def is_country_target(target: str) -> bool:
    """Return whether an alias/demonym target is an ISO alpha-2 code (else a place_id or region)."""
    return len(target) == 2 and target.isalpha() and target.isupper()


def is_admin1_target(target: str) -> bool:
    """Return whether a target is a GeoNames admin1 code such as ``"US.CA"``."""
    cc, dot, code = target.partition(".")
    return bool(dot) and is_country_target(cc) and bool(code) and code.isalnum()


def read_aliases(path: Path) -> list[tuple[str, str]]:
    """Return ``(alias, target)`` rows; target is an ISO2 code, ``CC.ADM1`` or a ``place_id``."""
    return [(r["alias"], r["target"]) for r in _rows(path) if r.get("alias") and r.get("target")]


def read_regions(path: Path) -> list[RegionRow]:
    """Return the curated region definitions."""
    out = []
    for r in _rows(path):
        out.append(
            RegionRow(
                place_id=r["place_id"],
                name=r["name"],
                members=tuple(r["members"].split()),
                aliases=tuple(a.strip() for a in r.get("aliases", "").split(";") if a.strip()),
            )
        )
    return out


def read_demonyms(path: Path) -> list[tuple[str, str]]:
    """Return ``(demonym, target)`` rows; target is an ISO2 code, a ``place_id`` or a name."""
    return [
        (r["demonym"], r["target"]) for r in _rows(path) if r.get("demonym") and r.get("target")
    ]


@dataclass(frozen=True)
class ExtraPlace:
    """One row of ``extra_places.csv``: a place no source file has."""

    place_id: str
    name: str
    feature_type: str
    country_code: str | None
    lon: float
    lat: float
    feature_code: str
    aliases: tuple[str, ...]


def read_extra_places(path: Path) -> list[ExtraPlace]:
    """Return the curated extra places (empty if the file does not exist)."""
    if not path.exists():
        return []
    return [
        ExtraPlace(
            place_id=r["place_id"],
            name=r["name"],
            feature_type=r["feature_type"],
            country_code=r.get("country_code") or None,
            lon=float(r["lon"]),
            lat=float(r["lat"]),
            feature_code=r.get("feature_code", ""),
            aliases=tuple(a.strip() for a in r.get("aliases", "").split(";") if a.strip()),
        )
        for r in _rows(path)
    ]


def read_country_points(path: Path) -> dict[str, tuple[float, float]]:
    """Return ISO alpha-2 -> ``(lon, lat)`` of ``country_points.csv`` (empty if absent).

    GeoNames' own country points (the file's header gives their provenance); a
    country listed there takes that point instead of a computed one.
    """
    if not path.exists():
        return {}
    return {
        r["iso2"].upper(): (float(r["lon"]), float(r["lat"]))
        for r in _rows(path)
        if r.get("iso2") and r.get("lat") and r.get("lon")
    }
