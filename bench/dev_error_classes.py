"""Classify every gold-span resolution error of the dev halves (never the test halves).

Runs geomap over the gold spans of each corpus's dev half (the configuration of
``bench/bench_eval.py``: demonyms on GeoWebNews and LGL, facilities on GeoWebNews), puts
each toponym resolved more than 161 km off (or not at all) in one class of
:mod:`geomap.evaluation.error_classes`, and writes the counts (Markdown) and every error
with its class and context (JSON Lines, dev text only). A name whose gazetteer entries
miss the gold place is looked up in the shipped GeoNames sources (``cities500``,
``no-country``, every alternate name) for an entry within 161 km: "a source has it".

Usage::

    PYTHONPATH=$PWD python bench/dev_error_classes.py --eval-dir /work/shared/eval \
        --sources /work/shared/data-sources --out /tmp/dev-errors
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEMONYM_CORPORA = frozenset({"GeoWebNews", "LGL"})
FACILITY_CORPORA = frozenset({"GeoWebNews"})
CORPORA = ("GeoWebNews", "LGL", "TUD-Loc-2013", "GeoVirus")
#: Characters of text kept either side of an error in the listing.
CONTEXT = 120


def source_points(sources: Path, wanted: set[str]) -> dict[str, list[tuple[float, float]]]:
    """``normalised name -> [(lon, lat)]`` of the GeoNames dumps' entries named so."""
    from geomap.gazetteer.names import normalize_name

    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for dump in ("geonames/cities500.txt.gz", "geonames/no-country.txt.gz"):
        path = sources / dump
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                f = line.rstrip("\n").split("\t")
                if len(f) < 6:
                    continue
                for name in {f[1], f[2], *f[3].split(",")}:
                    key = normalize_name(name)
                    if key in wanted:
                        out[key].append((float(f[5]), float(f[4])))
    return out


def errors_of(corpus: str, eval_dir: Path, geoparser: Any) -> Iterable[dict[str, Any]]:
    """The dev half's wrong gold-span resolutions of ``corpus``, with candidates and context."""
    from geomap.evaluation.areas import area_test
    from geomap.evaluation.corpus import read_gold, select
    from geomap.evaluation.runner import evaluate

    docs = select(read_gold(eval_dir / f"{corpus}.jsonl"), split="dev", corpus=corpus)
    texts = {d.id: d.text for d in docs}
    result = evaluate(docs, geoparser, gold_spans=True, errors=True, corpus=corpus, split="dev")
    gazetteer = geoparser.gazetteer()
    inside = area_test(geoparser)
    assert result.errors is not None
    for w in result.errors.wrong_resolutions:
        if w.gold_lat is None or w.gold_lon is None:
            continue
        text = texts[w.article]
        yield {
            "corpus": corpus,
            "wrong": w,
            "predicted": None if w.place_id is None else gazetteer.get(w.place_id),
            "candidates": [c.place for c in gazetteer.candidates(w.text)],
            "inside": inside,
            "context": text[max(0, w.start - CONTEXT) : w.end + CONTEXT].replace("\n", " "),
        }


def main(argv: list[str] | None = None) -> int:
    """Run, classify and write ``classes.md`` and ``errors.jsonl`` into ``--out``."""
    from geomap.cli.evaluate_cmd import make_geoparser
    from geomap.evaluation.error_classes import CLASSES, classify
    from geomap.gazetteer.names import normalize_name
    from geomap.geo import haversine_km

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--sources", type=Path, default=None, help="data-sources (GeoNames dumps)")
    ap.add_argument("--corpora", nargs="*", default=list(CORPORA))
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    parsers: dict[tuple[bool, bool], Any] = {}
    found: list[dict[str, Any]] = []
    for corpus in args.corpora:
        cfg = (corpus in DEMONYM_CORPORA, corpus in FACILITY_CORPORA)
        if cfg not in parsers:
            parsers[cfg] = make_geoparser(None, *cfg)
        found.extend(errors_of(corpus, args.eval_dir, parsers[cfg]))
    wanted = {normalize_name(e["wrong"].text) for e in found}
    points = source_points(args.sources, wanted) if args.sources else {}
    counts: Counter[tuple[str, str]] = Counter()
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "errors.jsonl").open("w", encoding="utf-8") as fh:
        for e in found:
            w = e["wrong"]
            in_source = any(
                haversine_km(lon, lat, w.gold_lon, w.gold_lat) <= 161
                for lon, lat in points.get(normalize_name(w.text), ())
            )
            cls = classify(
                e["predicted"], e["candidates"], w.gold_lon, w.gold_lat, e["inside"], in_source
            )
            counts[(e["corpus"], cls)] += 1
            row = {"corpus": e["corpus"], "class": cls, **asdict(w), "context": e["context"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    header = "| class | " + " | ".join(args.corpora) + " | all |"
    lines = [header, "|---|" + "--:|" * (len(args.corpora) + 1)]
    for cls in CLASSES:
        row = [counts[(c, cls)] for c in args.corpora]
        lines.append(f"| {cls} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(counts[(c, k)] for k in CLASSES) for c in args.corpora]
    lines.append("| **all** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    (args.out / "classes.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
