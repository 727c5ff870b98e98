"""Workers benchmark: what a second parsing process and a second core buy.

Three ``geomap map`` runs over the same corpus, repeated in interleaved rounds:

- ``--workers 1``: one parsing process; on Linux geomap's rules then run beside it,
  in the process that writes (``geomap/stages.py``), so one worker already uses a
  second core for part of the work;
- ``--workers 1`` pinned to one core (``taskset -c 0``): the whole run on one core;
- ``--workers 2``: two parsing processes (each model and rules) and the writing one.

Reported as ratios within each round: 2 workers over 1 worker (the issue's "1 vs 2
workers") and 2 workers over the one-core run (what the machine's second core buys).
The corpus is the scale benchmark's (real news texts cycled, :mod:`bench_scale`).
Results: ``bench/results/workers.json`` and ``workers.md``.

    .venv/bin/python bench/bench_workers.py                 # about 8 minutes
    .venv/bin/python bench/bench_workers.py --articles 300 --rounds 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import GEOMAP, RESULTS, texts, timed, write_corpus

RUNS = {
    "one_worker": ([], ["--workers", "1"]),
    "one_core": (["taskset", "-c", "0"], ["--workers", "1"]),
    "two_workers": ([], ["--workers", "2"]),
}


def run_once(prefix: list[str], extra: list[str], corpus: Path, out: Path) -> dict[str, Any]:
    """One ``geomap map`` run (wall seconds, peak RSS) into a fresh folder."""
    shutil.rmtree(out, ignore_errors=True)
    return timed([*prefix, *GEOMAP, "map", str(corpus), "-o", str(out), "-q", *extra])


def render(out: dict[str, Any]) -> str:
    """The results as Markdown."""
    lines = [
        f"# Workers: {out['articles']:,} articles\n",
        f"{out['date']}, {out['machine']}, commit `{out['commit']}`; `{out['command']}`.",
        "Rounds run one after another, the three runs interleaved in each.\n",
        "| round | 1 worker | 1 worker on one core | 2 workers | 2 vs 1 worker | 2 vs one core |",
        "|--:|--:|--:|--:|--:|--:|",
    ]
    for i, r in enumerate(out["rounds"], 1):
        lines.append(
            f"| {i} | {r['one_worker']['wall_s']} s | {r['one_core']['wall_s']} s | "
            f"{r['two_workers']['wall_s']} s | {r['two_over_one_worker']}x | "
            f"{r['two_over_one_core']}x |"
        )
    lines += [
        "",
        f"Median: 2 workers over 1 worker **{out['median_two_over_one_worker']}x**; over the "
        f"one-core run **{out['median_two_over_one_core']}x**.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if shutil.which("taskset") is None or (os.cpu_count() or 1) < 2:
        sys.exit("bench_workers needs taskset and at least two cores")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    out: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "commit": commit,
        "command": f"python bench/bench_workers.py --articles {args.articles} "
        f"--rounds {args.rounds}",
        "articles": args.articles,
        "rounds": [],
    }
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus.jsonl"
        write_corpus(corpus, args.articles, texts())
        for _ in range(args.rounds):
            row = {
                name: run_once(prefix, extra, corpus, tmp / name)
                for name, (prefix, extra) in RUNS.items()
            }
            two = row["two_workers"]["wall_s"]
            row["two_over_one_worker"] = round(row["one_worker"]["wall_s"] / two, 3)
            row["two_over_one_core"] = round(row["one_core"]["wall_s"] / two, 3)
            out["rounds"].append(row)
            print(json.dumps(row), flush=True)
    for key in ("two_over_one_worker", "two_over_one_core"):
        out[f"median_{key}"] = round(statistics.median(r[key] for r in out["rounds"]), 3)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "workers.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "workers.md").write_text(render(out), encoding="utf-8")
    print(render(out))


if __name__ == "__main__":
    main()
