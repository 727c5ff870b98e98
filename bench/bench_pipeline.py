"""Pipeline speed and memory: load time, articles and words per second, peak RSS.

Runs the real pipeline (default model and gazetteer) over news articles: the texts of
``../shared/eval/GeoWebNews.jsonl`` when present (200 web news articles; only the text
is used), otherwise the seed articles repeated. Writes ``bench/results/pipeline.json``
and ``pipeline.md``.

Usage::

    python bench/bench_pipeline.py [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "GeoWebNews.jsonl"
OUT = ROOT / "bench" / "results"


def _articles(limit: int) -> tuple[str, list[tuple[str, str]]]:
    if EVAL.exists():
        rows = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]
        return "GeoWebNews texts", [(r["id"], r["text"]) for r in rows[:limit]]
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in seeds]
    return "seeds repeated", [(f"{i}-{a}", t) for i in range(limit // 2) for a, t in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    source, items = _articles(args.limit)
    t0 = time.perf_counter()
    from geomap.geoparser import Geoparser

    gp = Geoparser()
    _ = gp.nlp
    gp.parse("warm-up", "Troops left Kyiv for Odesa.")
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    mentions = sum(len(m) for m in gp.parse_many(items))
    parse_s = time.perf_counter() - t1
    words = sum(len(t.split()) for _, t in items)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "source": source,
        "articles": len(items),
        "words": words,
        "mentions": mentions,
        "load_s": round(load_s, 2),
        "parse_s": round(parse_s, 2),
        "articles_per_s": round(len(items) / parse_s, 1),
        "words_per_s": round(words / parse_s),
        "peak_rss_mb": round(peak_mb, 1),
        "command": "python bench/bench_pipeline.py",
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "pipeline.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    lines = ["# Pipeline benchmark", "", "| metric | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in result.items()]
    (OUT / "pipeline.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
