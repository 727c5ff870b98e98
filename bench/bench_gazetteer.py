"""Benchmark the gazetteer artifact: size, cold open time, lookup throughput, memory.

Usage: python bench/bench_gazetteer.py [--path data/gazetteer.sqlite] [--runs 7]
Writes bench/results/gazetteer.json and bench/results/gazetteer.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"

# Runs in a fresh interpreter: import + open + first lookup, then throughput and memory.
CHILD = r"""
import json, resource, sys, time, tracemalloc
t0 = time.perf_counter()
from geomap.gazetteer import Gazetteer
t1 = time.perf_counter()
gz = Gazetteer.open(sys.argv[1])
t2 = time.perf_counter()
gz.lookup("Paris")
t3 = time.perf_counter()
out = {"import_s": t1 - t0, "open_s": t2 - t1, "first_lookup_s": t3 - t2}
if len(sys.argv) > 2:
    names = json.load(open(sys.argv[2]))
    tracemalloc.start()
    fresh = Gazetteer.open(sys.argv[1])
    t = time.perf_counter()
    for n in names:
        fresh.lookup(n)
    out["cold_lookup_s"] = time.perf_counter() - t
    t = time.perf_counter()
    for n in names:
        fresh.lookup(n)
    out["warm_lookup_s"] = time.perf_counter() - t
    fresh2 = Gazetteer.open(sys.argv[1])
    t = time.perf_counter()
    for n in names:
        fresh2.has_name(n)
    out["cold_has_name_s"] = time.perf_counter() - t
    t = time.perf_counter()
    for i in range(2000):
        fresh2.reverse(-170 + (i * 7.3) % 340, -50 + (i * 3.7) % 110)
    out["reverse_s_per_2000"] = time.perf_counter() - t
    tops = [fresh.lookup(n)[:1] for n in names]
    pts = [(p[0].lon + 0.01, p[0].lat - 0.01) for p in tops if p and p[0].feature_type == "city"]
    t = time.perf_counter()
    for x, y in pts:
        fresh2.reverse(x, y)
    out["reverse_land_s"] = time.perf_counter() - t
    out["reverse_land_n"] = len(pts)
    out["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""

NON_PLACES = [
    "the",
    "of",
    "and",
    "said",
    "president",
    "government",
    "minister",
    "people",
    "year",
    "week",
    "police",
    "officials",
    "Monday",
    "Tuesday",
    "Reuters",
    "according",
    "told",
    "statement",
    "former",
    "new",
    "last",
    "first",
    "two",
    "three",
    "security",
    "military",
    "forces",
    "army",
    "attack",
    "killed",
    "talks",
    "deal",
    "market",
    "economy",
    "prices",
    "war",
    "company",
    "shares",
    "bank",
    "oil",
    "election",
    "party",
    "leader",
    "spokesman",
    "report",
    "reported",
    "meeting",
]


def name_list(path: Path, seed: int = 13) -> list[str]:
    """A realistic, deterministic list of surface names (about 2,000)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    q = conn.execute
    countries = [r[0] for r in q("SELECT name FROM places WHERE ftype = 0")]
    big = [
        r[0]
        for r in q("SELECT name FROM places WHERE ftype = 3 ORDER BY population DESC LIMIT 800")
    ]
    admin1 = [
        r[0]
        for r in q("SELECT name FROM places WHERE ftype = 1 ORDER BY population DESC LIMIT 300")
    ]
    other = [
        r[0] for r in q("SELECT name FROM places WHERE ftype IN (4, 5, 6, 7) ORDER BY id LIMIT 300")
    ]
    rng = random.Random(seed)
    small = [r[0] for r in q("SELECT name FROM places WHERE ftype = 3 AND population < 5000")]
    conn.close()
    names = countries + big + admin1 + other + rng.sample(small, 400) + NON_PLACES * 2
    rng.shuffle(names)
    return names


def run_child(path: Path, names_file: Path | None) -> dict[str, float]:
    args = [sys.executable, "-c", CHILD, str(path)] + ([str(names_file)] if names_file else [])
    res = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--path", type=Path, default=ROOT / "data" / "gazetteer.sqlite")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    path: Path = args.path
    names = name_list(path)
    RESULTS.mkdir(parents=True, exist_ok=True)
    names_file = RESULTS / ".bench_names.json"
    names_file.write_text(json.dumps(names))
    try:
        cold = [run_child(path, None) for _ in range(args.runs)]
        full = run_child(path, names_file)
    finally:
        names_file.unlink(missing_ok=True)

    def med(key: str) -> float:
        return statistics.median(c[key] for c in cold)

    n = len(names)
    result = {
        "artifact": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
        "artifact_bytes": path.stat().st_size,
        "artifact_mb": round(path.stat().st_size / 1e6, 2),
        "runs": args.runs,
        "import_ms_median": round(med("import_s") * 1e3, 1),
        "open_ms_median": round(med("open_s") * 1e3, 2),
        "first_lookup_ms_median": round(med("first_lookup_s") * 1e3, 2),
        "import_open_lookup_ms_median": round(
            statistics.median(c["import_s"] + c["open_s"] + c["first_lookup_s"] for c in cold)
            * 1e3,
            1,
        ),
        "names": n,
        "cold_lookups_per_s": round(n / full["cold_lookup_s"]),
        "cold_lookup_us_mean": round(full["cold_lookup_s"] / n * 1e6, 1),
        "warm_lookups_per_s": round(n / full["warm_lookup_s"]),
        "cold_has_name_per_s": round(n / full["cold_has_name_s"]),
        "reverse_ms_mean_global_grid": round(full["reverse_s_per_2000"] / 2000 * 1e3, 3),
        "reverse_ms_mean_near_cities": round(
            full["reverse_land_s"] / max(full["reverse_land_n"], 1) * 1e3, 3
        ),
        "peak_rss_mb": round(full["maxrss_mb"], 1),
        "tracemalloc_peak_mb": round(full["tracemalloc_peak_mb"], 2),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "machine": platform.machine(),
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
    }
    (RESULTS / "gazetteer.json").write_text(json.dumps(result, indent=2) + "\n")
    md = ["# Gazetteer benchmark", "", "| metric | value |", "|---|---|"]
    md += [f"| {k} | {v} |" for k, v in result.items()]
    (RESULTS / "gazetteer.md").write_text("\n".join(md) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
