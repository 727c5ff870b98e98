"""Updating a map: a run over an archive with new items against a full run of the same.

Every figure is a ratio of two measurements taken in this one run, on this machine:
``geomap map`` over ``--articles`` real news articles into a folder, then the same
export with ``--new`` more articles appended, run (a) into that folder (the earlier
articles taken from it: ``geomap.reuse``) and (b) with ``--reparse`` into a copy of
it (every article parsed).  The outputs of (a) and (b) are compared byte for byte
(the report's times and the GeoPackage aside).  Results: ``bench/results/update.json``
and ``update.md``.

    .venv/bin/python bench/bench_update.py --articles 1000 --new 50
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_scale import geomap_map, texts  # noqa: E402

RESULTS = ROOT / "bench" / "results"
SAME = ("mentions.geojson", "places.geojson", "claims.csv", "comparison.json", "articles.jsonl")


def write_export(path: Path, ids: range, pool: list[str]) -> None:
    """An export of articles cycled from ``pool``, one JSON line each."""
    with path.open("w", encoding="utf-8") as fh:
        for i in ids:
            fh.write(json.dumps({"id": f"a{i:06d}", "text": pool[i % len(pool)]}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--new", type=int, default=50)
    parser.add_argument("--out", type=Path, default=RESULTS / "update")
    args = parser.parse_args()
    pool = texts()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        export = tmp / "export.jsonl"
        write_export(export, range(args.articles), pool)
        first = geomap_map(export, tmp / "out")
        write_export(export, range(args.articles + args.new), pool)
        shutil.copytree(tmp / "out", tmp / "full")
        update = geomap_map(export, tmp / "out")
        full = geomap_map(export, tmp / "full", "--reparse")
        report = json.loads((tmp / "out" / "report.json").read_text(encoding="utf-8"))
        same = {
            name: (tmp / "out" / name).read_bytes() == (tmp / "full" / name).read_bytes()
            for name in (*SAME, "map.html")
        }
        cache_mb = (tmp / "out" / ".geomap-parsed.sqlite").stat().st_size / 1e6
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="minutes"),
        "commit": commit,
        "machine": platform.platform(),
        "articles": args.articles,
        "new": args.new,
        "first": first,
        "update": update,
        "full": full,
        "reused": report["totals"]["reused"],
        "update_over_full": round(update["wall_s"] / full["wall_s"], 3),
        "same_outputs": same,
        "parsed_file_mb": round(cache_mb, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(render(result), encoding="utf-8")
    print(render(result))


def render(r: dict[str, Any]) -> str:
    lines = [
        f"# Updating a map ({r['date']}, `{r['commit']}`)",
        "",
        f"`python bench/bench_update.py --articles {r['articles']} --new {r['new']}`",
        "",
        "| run | wall s | peak RSS MB |",
        "|---|--:|--:|",
        f"| first, {r['articles']} articles | {r['first']['wall_s']} | "
        f"{r['first']['peak_rss_mb']} |",
        f"| update, {r['new']} new ({r['reused']} taken from the first) | "
        f"{r['update']['wall_s']} | {r['update']['peak_rss_mb']} |",
        f"| full run of the same (`--reparse`) | {r['full']['wall_s']} | "
        f"{r['full']['peak_rss_mb']} |",
        "",
        f"Update over full run: **{r['update_over_full']}x** the time. "
        f"Outputs the same byte for byte: {', '.join(k for k, v in r['same_outputs'].items() if v)}"
        f"; differing: {', '.join(k for k, v in r['same_outputs'].items() if not v) or 'none'}. "
        f"`.geomap-parsed.sqlite`: {r['parsed_file_mb']} MB.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
