"""Write places, names, shapes and demonyms into a gazetteer SQLite database.

The same code writes the committed artifact (:func:`write_artifact`) and the small
stores that :meth:`geomap.gazetteer.Gazetteer.from_places` builds for tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from shapely.geometry.base import BaseGeometry

from geomap.gazetteer.geometry import encode_shape
from geomap.gazetteer.names import normalize_name, token_count
from geomap.gazetteer.paths import ARTIFACT_NAME
from geomap.gazetteer.schema import (
    COORD_SCALE,
    DDL,
    FEATURE_TYPE_CODES,
    INDEXES,
    KIND_CODE,
    SCHEMA_VERSION,
    SOURCE_CODES,
    XID_BASE,
    cell_of,
    encode_code,
    numeric_id,
)
from geomap.records import Place
from geomap.sanitize import quoted

#: (normalised name, place_id, match kind)
NameRow = tuple[str, str, str]
#: (language, lemma key, place_id, match kind): see :mod:`geomap.gazetteer.lemmas`
LocalNameRow = tuple[str, str, str, str]


def _is_polygonal(geom: BaseGeometry) -> bool:
    return geom.geom_type in ("Polygon", "MultiPolygon")


def write_store(
    conn: sqlite3.Connection,
    places: Sequence[Place],
    names: Iterable[NameRow],
    shapes: Mapping[str, BaseGeometry] | None = None,
    demonyms: Mapping[str, str] | None = None,
    meta: Mapping[str, str] | None = None,
    local_names: Iterable[LocalNameRow] = (),
) -> dict[str, int]:
    """Create the tables in an empty database and fill them.

    Places are written sorted by ``place_id`` so that the file is
    reproducible.  Every place's own name is indexed as a ``"name"`` match;
    ``names`` adds aliases and alternates (the best kind wins per place).

    Parameters
    ----------
    conn
        An open, empty database.
    places
        The entries; ``place_id`` must be unique.
    names
        Extra ``(normalised name, place_id, kind)`` rows; kind is one of
        ``"name"``, ``"alias"``, ``"alternate"``.  Rows for unknown ids or
        with an empty name are ignored.
    shapes
        Geometries by ``place_id``; ``has_shape`` is set from them.
    demonyms
        Normalised demonym -> ``place_id``.
    meta
        Extra metadata (version, build date, sources).
    local_names
        Names in the languages indexed by lemma (``(language, key, place_id,
        kind)``); rows for unknown ids are ignored.

    Returns
    -------
    dict of str to int
        Row counts: ``places``, ``names``, ``shapes``, ``demonyms``, ``local_names``.

    Raises
    ------
    ValueError
        If two places share a ``place_id``.
    """
    shapes = dict(shapes or {})
    ordered = sorted(places, key=lambda p: p.place_id)
    rowid: dict[str, int] = {}
    next_xid = XID_BASE
    for p in ordered:
        if p.place_id in rowid:
            raise ValueError(f"duplicate place_id {quoted(p.place_id)}")
        num = numeric_id(p.place_id)
        if num is None:
            num, next_xid = next_xid, next_xid + 1
        rowid[p.place_id] = num
    admin1_names = {
        (p.country_code, p.admin1_code): p.name for p in ordered if p.feature_type == "admin1"
    }

    best: dict[tuple[str, int], int] = {}

    def add(norm: str, pid: str, kind: str) -> None:
        if not norm or pid not in rowid:
            return
        key = (norm, rowid[pid])
        code = KIND_CODE[kind]
        if code < best.get(key, 99):
            best[key] = code

    for p in ordered:
        add(normalize_name(p.name), p.place_id, "name")
    for norm, pid, kind in names:
        add(norm, pid, kind)

    conn.executescript(DDL)
    rows = []
    for p in ordered:
        geom = shapes.get(p.place_id)
        has_shape = geom is not None and _is_polygonal(geom)
        if has_shape != p.has_shape:
            p = replace(p, has_shape=has_shape)
        cell = cell_of(p.lon, p.lat) if p.feature_type == "city" else None
        derived = admin1_names.get((p.country_code, p.admin1_code))
        if p.admin1 == derived and derived is not None:
            admin1: str | None = None
        else:
            admin1 = p.admin1 if p.admin1 is not None else ("" if derived is not None else None)
        rows.append(
            (
                rowid[p.place_id],
                None if numeric_id(p.place_id) is not None else p.place_id,
                p.name,
                encode_code(p.feature_type, FEATURE_TYPE_CODES),
                p.country_code,
                admin1,
                p.admin1_code,
                int(p.population),
                round(float(p.lon) * COORD_SCALE),
                round(float(p.lat) * COORD_SCALE),
                encode_code(p.source, SOURCE_CODES),
                p.feature_code,
                " ".join(p.members) or None,
                int(p.has_shape),
                cell,
            )
        )
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany(
        "INSERT INTO names VALUES (?,?,?)", sorted((n, pid, k) for (n, pid), k in best.items())
    )
    conn.executemany(
        "INSERT INTO shapes VALUES (?,?)",
        sorted((rowid[pid], encode_shape(g)) for pid, g in shapes.items() if pid in rowid),
    )
    n_shapes = sum(1 for pid in shapes if pid in rowid)
    dem_rows = sorted((w, rowid[pid]) for w, pid in (demonyms or {}).items() if w and pid in rowid)
    conn.executemany("INSERT INTO demonyms VALUES (?,?)", dem_rows)
    local: dict[tuple[str, str, int], int] = {}
    for lang, key, pid, kind in local_names:
        if key and pid in rowid:
            k = (lang, key, rowid[pid])
            local[k] = min(local.get(k, 99), KIND_CODE[kind])
    conn.executemany(
        "INSERT INTO local_names VALUES (?,?,?,?)", sorted((*k, v) for k, v in local.items())
    )
    conn.executescript(INDEXES)

    max_tokens = max((token_count(n) for n, _ in best), default=1)
    counts = {
        "places": len(rows),
        "names": len(best),
        "shapes": n_shapes,
        "demonyms": len(dem_rows),
        "local_names": len(local),
    }
    by_type: dict[str, int] = {}
    for p in ordered:
        by_type[p.feature_type] = by_type.get(p.feature_type, 0) + 1
    meta_rows = {
        "schema_version": SCHEMA_VERSION,
        "max_name_tokens": str(max_tokens),
        **{f"count_{k}": str(v) for k, v in counts.items()},
        **{f"count_type_{k}": str(v) for k, v in sorted(by_type.items())},
        **dict(meta or {}),
    }
    conn.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta_rows.items()))
    conn.commit()
    return counts


def write_artifact(
    out: Path,
    places: Sequence[Place],
    names: Iterable[NameRow],
    shapes: Mapping[str, BaseGeometry],
    demonyms: Mapping[str, str],
    meta: Mapping[str, str],
    local_names: Iterable[LocalNameRow],
) -> tuple[Path, dict[str, int]]:
    """Write ``gazetteer.sqlite`` into ``out`` atomically (a temporary file, then a rename).

    Returns
    -------
    tuple
        The artifact's path and the row counts of :func:`write_store`.
    """
    out.mkdir(parents=True, exist_ok=True)
    artifact = out / ARTIFACT_NAME
    tmp = out / (ARTIFACT_NAME + ".tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("PRAGMA journal_mode = OFF")
        counts = write_store(conn, places, names, shapes, demonyms, meta, local_names)
        conn.execute("VACUUM")
    finally:
        conn.close()
    tmp.replace(artifact)
    return artifact, counts
