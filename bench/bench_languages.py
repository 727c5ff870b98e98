"""Accuracy per language on the hand-written gold articles in ``bench/languages/``.

For each ``<lang>.jsonl`` this runs geomap end to end (each article read by its
detected language's pipeline) and on the gold spans, on the dev half, the test
half and all documents (:func:`geomap.evaluation.corpus.split_of`), and writes
``bench/results/languages.{json,md}``: recognition precision, recall and F1
(exact and overlapping spans), Acc@161 (resolution of the found toponyms, and
of the gold spans) and the area-aware accuracy of both (a country, admin-1 unit,
region or continent is right when the gold point lies inside its polygon, a sea,
lake, mountain range or river when it lies within 161 km of its shape or line:
:func:`geomap.evaluation.areas.area_accuracy`, as for English).  Run:
``python bench/bench_languages.py``; ``--set TEXT`` keeps the articles whose
``source`` contains TEXT (one of the sets of ``bench/languages/README.md``, for
example ``--set "third generalisation set"``).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from geomap.evaluation.corpus import read_gold, select
from geomap.evaluation.runner import evaluate
from geomap.geoparser import Geoparser
from geomap.settings import Settings

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "test", "all")


def set_ids(path: Path, marker: str) -> set[str]:
    """The ids of the articles of ``path`` whose ``source`` contains ``marker``."""
    ids: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            if marker in str(doc.get("source", "")):
                ids.add(str(doc["id"]))
    return ids


def measure(path: Path, gp: Geoparser, marker: str | None = None) -> dict[str, Any]:
    """The scores of one language's gold file, per split (``marker``: of one set only)."""
    name = path.stem
    docs = read_gold(path)
    if marker is not None:
        chosen_ids = set_ids(path, marker)
        docs = [d for d in docs if d.id in chosen_ids]
    out: dict[str, Any] = {"language": name, "documents": len(docs)}
    for split in SPLITS:
        chosen = select(docs, split=split, corpus=name)
        if not chosen:
            continue
        end = evaluate(chosen, gp, corpus=name, split=split)
        gold = evaluate(chosen, gp, gold_spans=True, corpus=name, split=split)
        rec = end.recognition
        assert rec is not None
        out[split] = {
            "documents": len(chosen),
            "gold_toponyms": end.gold_toponyms,
            "predicted": end.predicted,
            "exact": rec.exact.to_dict(),
            "overlap": rec.overlap.to_dict(),
            "acc161_found": end.resolution.acc161,
            "acc161_gold_spans": gold.resolution.acc161,
            "area_found": None if end.area is None else end.area.rate,
            "area_gold_spans": None if gold.area is None else gold.area.rate,
        }
    return out


def _fmt(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}"


def render(rows: list[dict[str, Any]], seconds: float) -> str:
    """The Markdown table of every language and split."""
    lines = [
        "# Accuracy per language (hand-written gold articles, `bench/languages/`)",
        "",
        f"Measured by `python bench/bench_languages.py` in {seconds:.0f} s. Recognition: exact "
        "span match; Acc@161: share of toponyms placed within 161 km of the gold point, over "
        "the toponyms found (end to end) and over the gold spans (resolution alone); area: "
        "the same, except that a country, admin-1 unit, region or continent counts as right "
        "when the gold point lies inside its polygon, and a sea, lake, mountain range or river "
        "when the gold point lies within 161 km of its shape or line (the area-aware accuracy "
        "of the English benchmarks).",
        "",
        "| language | split | docs | gold | P | R | F1 | F1 (overlap) | Acc@161 found | "
        "area found | Acc@161 gold spans | area gold spans |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        for split in SPLITS:
            r = row.get(split)
            if r is None:
                continue
            ex, ov = r["exact"], r["overlap"]
            lines.append(
                f"| {row['language']} | {split} | {r['documents']} | {r['gold_toponyms']} | "
                f"{_fmt(ex['precision'])} | {_fmt(ex['recall'])} | {_fmt(ex['f1'])} | "
                f"{_fmt(ov['f1'])} | {_fmt(r['acc161_found'])} | {_fmt(r['area_found'])} | "
                f"{_fmt(r['acc161_gold_spans'])} | {_fmt(r['area_gold_spans'])} |"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure every language and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=HERE / "languages")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument(
        "--set", dest="marker", default=None, help="only the articles whose source contains this"
    )
    args = parser.parse_args()
    gp = Geoparser(Settings())
    t0 = time.perf_counter()
    rows = [measure(p, gp, args.marker) for p in sorted(args.gold.glob("*.jsonl"))]
    rows = [r for r in rows if r["documents"]]
    seconds = time.perf_counter() - t0
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "languages.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    table = render(rows, seconds)
    (args.out / "languages.md").write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
