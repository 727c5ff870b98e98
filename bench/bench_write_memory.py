"""Write-phase memory: peak RSS of the writers for N articles, without parsing N articles.

``geomap map --workers 2`` peaks in its main process while it writes the outputs,
after the parse.  This harness measures that phase alone:

1. once, the real news texts of ``bench_scale`` are geoparsed (``--workers 2``) and
   their :class:`~geomap.records.ArticleResult` records pickled to ``--cache``;
2. for each size N, a fresh process feeds N records, cycled from the cache with new
   article ids (``a000000``...: as ``bench_scale`` cycles its texts), to an
   :class:`~geomap.sink.OutputSink` with the default formats and the real gazetteer,
   then finishes it.  The peak RSS of the feed and of each writer's ``finish`` are
   read from ``VmHWM`` (``/proc/self/status``), reset between phases by writing
   ``5`` to ``/proc/self/clear_refs`` (Linux).

Results: ``bench/results/write-memory.json`` and ``.md``.

    .venv/bin/python bench/bench_write_memory.py                   # 1,000 and 10,000
    .venv/bin/python bench/bench_write_memory.py --sizes 1000,3000 --name quick
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
CACHE = ROOT / "bench" / "out" / "write-memory-records.pickle"


def status_kb(field: str) -> int:
    """A ``kB`` field of ``/proc/self/status`` (``VmRSS``, ``VmHWM``)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def reset_peak() -> None:
    """Start a new peak: ``VmHWM`` becomes the current RSS."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


def mb(kb: int) -> float:
    """Kilobytes as megabytes, one decimal."""
    return round(kb / 1024, 1)


def prepare(cache: Path, workers: int) -> int:
    """Geoparse the distinct texts once; pickle their records to ``cache``."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_scale import texts, write_corpus

    from geomap.records import ArticleResult
    from geomap.run import geoparse_inputs
    from geomap.settings import Settings

    pool = texts()
    kept: list[ArticleResult] = []

    class Collect:
        """Stands in for the sink: keeps every record."""

        def add(self, item: ArticleResult) -> None:
            kept.append(item)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "distinct.jsonl"
        write_corpus(corpus, len(pool), pool)
        settings = Settings.from_env(workers=workers)
        geoparse_inputs([corpus], settings=settings, keep=False, sink=Collect())  # type: ignore[arg-type]
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as fh:
        pickle.dump(kept, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return len(kept)


def renamed(item: Any, article_id: str) -> Any:
    """The record of ``item`` as the article ``article_id`` (every record re-pointed)."""
    return replace(
        item,
        status=replace(item.status, article_id=article_id),
        mentions=tuple(replace(m, article_id=article_id) for m in item.mentions),
        claims=tuple(replace(c, article_id=article_id) for c in item.claims),
    )


def measure(n: int, cache: Path) -> dict[str, Any]:
    """Feed ``n`` cycled records to a sink and finish it; the RSS of each phase."""
    from geomap.gazetteer import Gazetteer
    from geomap.io import WriteOptions
    from geomap.result import Result
    from geomap.settings import Settings
    from geomap.sink import OutputSink

    with cache.open("rb") as fh:
        pool = pickle.load(fh)
    gazetteer = Gazetteer.open()
    start_kb = status_kb("VmRSS")
    with tempfile.TemporaryDirectory() as tmp:
        sink = OutputSink(Path(tmp), WriteOptions(title="write-memory"))
        reset_peak()
        statuses = []
        for i in range(n):
            item = renamed(pool[i % len(pool)], f"a{i:06d}")
            statuses.append(item.status)
            sink.add(item)
        fed = {"rss_mb": mb(status_kb("VmRSS")), "peak_mb": mb(status_kb("VmHWM"))}
        writers: dict[str, dict[str, float]] = {}
        for name, writer in sink.writers.items():
            writer.finish = timed_peak(writer.finish, name, writers)  # type: ignore[method-assign]
        result = Result(
            statuses=tuple(statuses),
            settings=Settings.from_env(workers=2),
            gazetteer=dict(gazetteer.info),
            totals=sink.store.totals(),
            gazetteer_used=gazetteer,
        )
        reset_peak()
        sink.finish(result, gazetteer)
        sizes = {p.name: p.stat().st_size for p in Path(tmp).iterdir()}
    return {
        "articles": n,
        "start_rss_mb": mb(start_kb),
        "feed": fed,
        "writers": writers,
        "write_peak_mb": max(w["peak_mb"] for w in writers.values()),
        "map_kb": round(sizes.get("map.html", 0) / 1024),
        "places": result.totals["places"],
    }


def timed_peak(finish: Any, name: str, into: dict[str, dict[str, float]]) -> Any:
    """``finish`` wrapped: its peak RSS and seconds recorded under ``name``."""

    def wrapped(run: Any) -> None:
        reset_peak()
        before = status_kb("VmRSS")
        t0 = time.perf_counter()
        finish(run)
        into[name] = {
            "before_mb": mb(before),
            "peak_mb": mb(status_kb("VmHWM")),
            "after_mb": mb(status_kb("VmRSS")),
            "s": round(time.perf_counter() - t0, 2),
        }

    return wrapped


def render(out: dict[str, Any]) -> str:
    """The results as Markdown."""
    runs = out["runs"]
    names = list(runs[0]["writers"])
    lines = [
        "# Write-phase memory",
        "",
        f"{out['date']}, {out['machine']}; {out['records']}; `{out['command']}`.",
        "",
        "Peak RSS (MB) of one process feeding N records to the sink, then of each writer's",
        "finish (VmHWM reset before each). Write peak: the highest of the writers.",
        "",
        "| articles | fed: RSS | fed: peak | write peak | map KB | places | "
        + " | ".join(names)
        + " |",
        "|--:|--:|--:|--:|--:|--:|" + "--:|" * len(names),
    ]
    for r in runs:
        cells = [f"{r['writers'][w]['peak_mb']}" for w in names]
        lines.append(
            f"| {r['articles']:,} | {r['feed']['rss_mb']} | {r['feed']['peak_mb']} | "
            f"{r['write_peak_mb']} | {r['map_kb']:,} | {r['places']:,} | "
            + " | ".join(cells)
            + " |"
        )
    if "ratios" in out:
        first = f"{runs[0]['articles']:,}"
        lines += [""] + [
            f"Write peak, {int(n):,} / {first} articles: {ratio}"
            for n, ratio in out["ratios"].items()
        ]
    elif "ratio" in out:
        lines += ["", f"Write peak, largest / smallest: {out['ratio']}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--workers", type=int, default=2, help="for the one parse")
    parser.add_argument("--name", default="write-memory", help="results file name")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(measure(args.measure, args.cache)))
        return
    if not args.cache.exists():
        print(f"parsing the distinct texts once: {prepare(args.cache, args.workers)} records")
    with args.cache.open("rb") as fh:
        n_records = len(pickle.load(fh))
    runs = []
    for n in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--measure", str(n), "--cache", str(args.cache)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(json.dumps(runs[-1]), flush=True)
    out: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "records": f"{n_records} parsed real news texts, cycled with new ids",
        "command": f"python bench/bench_write_memory.py --sizes {args.sizes} --name {args.name}",
        "runs": runs,
    }
    if len(runs) > 1:
        out["ratio"] = round(runs[-1]["write_peak_mb"] / runs[0]["write_peak_mb"], 3)
        out["ratios"] = {
            str(r["articles"]): round(r["write_peak_mb"] / runs[0]["write_peak_mb"], 3)
            for r in runs[1:]
        }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.name}.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    (RESULTS / f"{args.name}.md").write_text(render(out), encoding="utf-8")
    print(render(out))


if __name__ == "__main__":
    main()
