"""Integrity of the gazetteer artifact: a manifest beside it, checks cheap and full.

The builder writes ``gazetteer.manifest.json`` next to ``gazetteer.sqlite``
(``NAME.manifest.json`` beside ``NAME.sqlite``):
the file's size and SHA-256, and a SHA-256 of its ``meta`` table.

- :func:`quick_check` (every open, ~15 ms): page count x page size equals the
  file size, the ``meta`` checksum matches, and the row counts of ``places``,
  ``names`` and ``shapes`` equal the counts the builder recorded.
- :func:`full_check` (once per process for a run, and ``geomap gazetteer
  check``): the whole file's SHA-256 against the manifest, and, when asked,
  SQLite's own ``integrity_check``.

A file that fails either gives :class:`~geomap.errors.GazetteerCorruptError`
with the same "how to rebuild" hint as a missing one.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from geomap.errors import GazetteerCorruptError
from geomap.gazetteer.paths import REBUILD_HINT

NO_MANIFEST = "no manifest beside it"
#: Tables whose row counts the builder records in ``meta`` as ``count_<key>``.
COUNTED = {"places": "places", "names": "names", "shapes": "shapes"}
_CHUNK = 1 << 20


def manifest_path(artifact: Path) -> Path:
    """The manifest of ``artifact``: ``NAME.manifest.json`` beside ``NAME.sqlite``."""
    return artifact.with_suffix(".manifest.json")


def meta_digest(meta: dict[str, str]) -> str:
    """SHA-256 of the ``meta`` table's rows, in key order."""
    text = json.dumps(sorted(meta.items()), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    """SHA-256 of a file, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def write_manifest(artifact: Path) -> Path:
    """Write the manifest of a finished artifact; return its path."""
    conn = sqlite3.connect(f"{artifact.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()
    manifest = {
        "file": artifact.name,
        "bytes": artifact.stat().st_size,
        "sha256": file_digest(artifact),
        "meta_sha256": meta_digest(meta),
    }
    out = manifest_path(artifact)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    tmp.replace(out)
    return out


def read_manifest(artifact: Path) -> dict[str, Any] | None:
    """The manifest of ``artifact``, or ``None`` when there is none (a hand-made store)."""
    path = manifest_path(artifact)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _corrupt(artifact, f"its manifest {path.name} is unreadable ({exc})") from exc
    if (
        not isinstance(data, dict)
        or data.get("file") != artifact.name
        or not isinstance(data.get("sha256"), str)
        or not isinstance(data.get("bytes"), int)
    ):
        raise _corrupt(artifact, f"its manifest {path.name} does not describe it")
    return data


def _corrupt(artifact: Path | str, problem: str) -> GazetteerCorruptError:
    return GazetteerCorruptError(
        f"Gazetteer artifact at {artifact} is corrupt: {problem}. {REBUILD_HINT}"
    )


def quick_check(conn: sqlite3.Connection, artifact: Path | None, meta: dict[str, str]) -> None:
    """Cheap checks run at every open (see the module notes).

    Raises
    ------
    GazetteerCorruptError
        Naming the first problem found.
    """
    where: Path | str = artifact if artifact is not None else "memory"
    try:
        for table, key in COUNTED.items():
            expected = meta.get(f"count_{key}")
            if expected is None:
                continue
            (found,) = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
            if str(found) != expected:
                raise _corrupt(where, f"{table} has {found} rows, the build wrote {expected}")
        if artifact is None:
            return
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(where, str(exc)) from exc
    size = artifact.stat().st_size
    if pages * page_size != size:
        raise _corrupt(where, f"{size} bytes where its pages need {pages * page_size}")
    manifest = read_manifest(artifact)
    if manifest is None:
        return
    if manifest.get("bytes") != size:
        raise _corrupt(where, f"{size} bytes, the build wrote {manifest.get('bytes')}")
    if manifest.get("meta_sha256") != meta_digest(meta):
        raise _corrupt(where, "its metadata table does not match the manifest")


def full_check(artifact: Path, *, sqlite_check: bool = False) -> list[str]:
    """Every check: returns the problems found (empty when the file is sound).

    Parameters
    ----------
    artifact
        The SQLite file.
    sqlite_check
        Also run SQLite's ``PRAGMA integrity_check`` (a few seconds).
    """
    problems: list[str] = []
    manifest = read_manifest(artifact)
    if manifest is None:
        problems.append(f"{NO_MANIFEST}: the file's checksum cannot be verified")
    elif manifest.get("sha256") != file_digest(artifact):
        problems.append("its SHA-256 differs from the manifest (the file was changed or damaged)")
    if sqlite_check:
        conn = sqlite3.connect(f"{artifact.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)").fetchall()]
        except sqlite3.DatabaseError as exc:
            rows = [str(exc)]
        finally:
            conn.close()
        if rows != ["ok"]:
            lines = [line for r in rows for line in str(r).splitlines()]
            problems.extend(f"sqlite: {line}" for line in lines[:5])
    return problems


def verify(artifact: Path) -> None:
    """Raise :class:`GazetteerCorruptError` if :func:`full_check` finds a problem.

    A store without a manifest (built by hand) passes: there is nothing to
    compare its bytes with.
    """
    problems = [p for p in full_check(artifact) if not p.startswith(NO_MANIFEST)]
    if problems:
        raise _corrupt(artifact, "; ".join(problems))
