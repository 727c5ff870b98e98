"""Whether two ``geomap map`` output folders hold the same results.

Every file is compared byte for byte, except:

- ``report.json``: compared as JSON without what differs from run to run (its
  ``timings``, ``created``, and the gazetteer's ``path``, which names the tree that ran);
- ``*.gpkg``: every table's schema (``sqlite_master``) and rows, in order, except the
  ``gpkg_contents`` column ``last_change`` (a time stamp).

    .venv/bin/python bench/compare_outputs.py OUT_A OUT_B

Exits 1 and names each difference if there is one.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

#: Keys of report.json that differ between runs of the same inputs.
REPORT_VOLATILE = ("timings", "created")


def report(path: Path) -> Any:
    """``report.json`` without its volatile keys."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in REPORT_VOLATILE:
        data.pop(key, None)
    if isinstance(data.get("gazetteer"), dict):
        data["gazetteer"].pop("path", None)
    return data


def geopackage(path: Path) -> dict[str, Any]:
    """Every table's schema and rows (``gpkg_contents`` without ``last_change``)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = db.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        tables: dict[str, Any] = {"schema": schema}
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            cur = db.execute(f'SELECT * FROM "{name}"')  # the names come from the file
            columns = [d[0] for d in cur.description]
            rows = cur.fetchall()
            if name == "gpkg_contents" and "last_change" in columns:
                at = columns.index("last_change")
                rows = [r[:at] + r[at + 1 :] for r in rows]
            tables[name] = (columns, rows)
        return tables
    finally:
        db.close()


def differences(a: Path, b: Path) -> list[str]:
    """What differs between output folders ``a`` and ``b`` (empty: the same)."""
    out: list[str] = []
    names_a = {p.name for p in a.iterdir() if p.is_file()}
    names_b = {p.name for p in b.iterdir() if p.is_file()}
    out += [f"only in {a}: {n}" for n in sorted(names_a - names_b)]
    out += [f"only in {b}: {n}" for n in sorted(names_b - names_a)]
    for name in sorted(names_a & names_b):
        pa, pb = a / name, b / name
        if name == "report.json":
            same = report(pa) == report(pb)
        elif name.endswith(".gpkg"):
            ga, gb = geopackage(pa), geopackage(pb)
            same = ga == gb
            if not same:
                out += [f"{name}: table {t} differs" for t in ga if ga.get(t) != gb.get(t)]
        else:
            same = pa.read_bytes() == pb.read_bytes()
        if not same:
            out.append(f"{name} differs")
    return out


def main() -> None:
    """Compare the two folders given; exit 1 if they differ."""
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    found = differences(Path(sys.argv[1]), Path(sys.argv[2]))
    for line in found:
        print(line)
    print("identical" if not found else f"{len(found)} differences")
    raise SystemExit(1 if found else 0)


if __name__ == "__main__":
    main()
