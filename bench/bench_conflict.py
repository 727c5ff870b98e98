"""Accuracy on the hand-written conflict and international news set in ``bench/conflict/``.

Runs geomap (English, default settings: no demonyms, as ``geomap map``) end to end and
on the gold spans over the dev and test halves of ``bench/conflict/conflict.jsonl``
(:func:`geomap.evaluation.corpus.split_of`, corpus name ``conflict``), and writes
``bench/results/conflict.{json,md}`` (``conflict-<label>`` with ``--label``):
recognition precision, recall and F1 (exact and overlapping spans), Acc@161 of the
found toponyms and of the gold spans, the area-aware accuracy, and "found and placed":
the gold toponyms that a prediction overlaps and places within 161 km, out of all.

    python bench/bench_conflict.py --splits dev            # tuning
    python bench/bench_conflict.py --splits test --label before   # once, for the record
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import time
from pathlib import Path
from typing import Any

from geomap.evaluation.corpus import read_gold, select
from geomap.evaluation.runner import evaluate
from geomap.geoparser import Geoparser
from geomap.settings import Settings

HERE = Path(__file__).resolve().parent
GOLD = HERE / "conflict" / "conflict.jsonl"
CORPUS = "conflict"
SPLITS = ("dev", "test")


def measure(path: Path, gp: Geoparser, splits: list[str]) -> list[dict[str, Any]]:
    """The scores of the gold file's chosen splits, one row per split."""
    docs = read_gold(path)
    rows: list[dict[str, Any]] = []
    for split in splits:
        chosen = select(docs, split=split, corpus=CORPUS)
        end = evaluate(chosen, gp, corpus=CORPUS, split=split)
        gold = evaluate(chosen, gp, gold_spans=True, corpus=CORPUS, split=split)
        rec = end.recognition
        assert rec is not None
        res = end.resolution
        placed = round((res.acc161 or 0.0) * res.n)
        rows.append(
            {
                "split": split,
                "documents": len(chosen),
                "gold_toponyms": end.gold_toponyms,
                "predicted": end.predicted,
                "exact": rec.exact.to_dict(),
                "overlap": rec.overlap.to_dict(),
                "acc161_found": res.acc161,
                "found_and_placed": placed,
                "area_found": None if end.area is None else end.area.rate,
                "acc161_gold_spans": gold.resolution.acc161,
                "area_gold_spans": None if gold.area is None else gold.area.rate,
            }
        )
    return rows


def _fmt(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}"


def render(doc: dict[str, Any]) -> str:
    """The Markdown table of one run."""
    lines = [
        "# Conflict and international news (`bench/conflict/`)",
        "",
        f"- date: {doc['date']}; commit `{doc['commit']}`; command `{doc['command']}`; "
        f"{doc['seconds']:.0f} s",
        "- recognition: exact / overlapping span match; Acc@161: share of the found gold "
        "toponyms (end to end) or of the gold spans placed within 161 km; area: the same, "
        "except that a country, admin-1 unit, region or continent is right when its polygon "
        "holds the gold point; found and placed: gold toponyms found and placed within "
        "161 km, of all",
        "",
        "| split | docs | gold | P | R | F1 | F1 (overlap) | Acc@161 found | area found "
        "| found and placed | Acc@161 gold spans | area gold spans |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in doc["rows"]:
        ex, ov = r["exact"], r["overlap"]
        lines.append(
            f"| {r['split']} | {r['documents']} | {r['gold_toponyms']} | "
            f"{_fmt(ex['precision'])} | {_fmt(ex['recall'])} | {_fmt(ex['f1'])} | "
            f"{_fmt(ov['f1'])} | {_fmt(r['acc161_found'])} | {_fmt(r['area_found'])} | "
            f"{r['found_and_placed']} of {r['gold_toponyms']} | "
            f"{_fmt(r['acc161_gold_spans'])} | {_fmt(r['area_gold_spans'])} |"
        )
    return "\n".join(lines) + "\n"


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "describe", "--always", "--dirty=+dirty"],
            cwd=HERE,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def main(argv: list[str] | None = None) -> None:
    """Measure the chosen splits and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--splits", nargs="*", default=list(SPLITS), choices=[*SPLITS, "all"])
    parser.add_argument("--label", default=None, help="suffix of the result files")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    gp = Geoparser(Settings())
    t0 = time.perf_counter()
    rows = measure(args.gold, gp, args.splits)
    doc = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "command": "python bench/bench_conflict.py "
        + " ".join(["--splits", *args.splits] + (["--label", args.label] if args.label else [])),
        "seconds": time.perf_counter() - t0,
        "rows": rows,
    }
    stem = "conflict" if args.label is None else f"conflict-{args.label}"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{stem}.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    table = render(doc)
    (args.out / f"{stem}.md").write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
