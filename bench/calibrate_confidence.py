"""Fit the confidence calibration on the development halves of the gold corpora.

Runs geomap end to end, with raw confidence, on the *development* split of every
corpus in ``--eval-dir`` (the test halves are never seen), pairs each resolved mention
with the gold toponym it overlaps, and fits, per way of locating (``located_by``), the
isotonic map from raw confidence to the share of mentions within 161 km
(:func:`geomap.evaluation.calibration.isotonic`, each step resting on 20 mentions or
more). Writes
``data/confidence_calibration.json`` with what it was fitted on, and the resolver
weights it was fitted with (a retrained ranker needs a new calibration).

    python bench/calibrate_confidence.py --eval-dir ../shared/eval
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from bench_eval import DEFAULT_EVAL_DIR, DEMONYM_CORPORA, commit_label  # noqa: E402

#: Fewer scored mentions of one kind than this: that kind keeps its raw confidence.
MIN_MENTIONS = 50
#: Fewest mentions one step of a curve rests on.
MIN_BLOCK = 20


def scored_mentions(
    eval_dir: Path, model: str | None
) -> dict[str, list[tuple[float, str | None, bool]]]:
    """``(raw confidence, located_by, within 161 km)`` per resolved dev mention, by corpus."""
    from geomap.cli.evaluate_cmd import make_geoparser
    from geomap.evaluation.corpus import corpus_name, read_gold, select
    from geomap.evaluation.runner import evaluate

    parsers = {dem: make_geoparser(model, dem) for dem in (False, True)}
    for gp in parsers.values():
        gp.nlp.get_pipe("geomap_resolver").calibration = None  # type: ignore[attr-defined]
    out: dict[str, list[tuple[float, str | None, bool]]] = {}
    for path in sorted(eval_dir.glob("*.jsonl")):
        name = corpus_name(path)
        docs = select(read_gold(path), split="dev", corpus=name)
        result = evaluate(docs, parsers[name in DEMONYM_CORPORA], corpus=name, split="dev")
        out[name] = list(result.scored)
        print(f"{name}: {len(result.scored)} resolved mentions", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> None:
    from geomap.evaluation.calibration import isotonic, reliability
    from geomap.gazetteer.paths import repo_data_dir
    from geomap.nlp.confidence import CALIBRATION_FILE, Calibration

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--model", default=None, help="spaCy model package or directory")
    parser.add_argument("--out", type=Path, default=repo_data_dir() / CALIBRATION_FILE)
    args = parser.parse_args(argv)
    by_corpus = scored_mentions(args.eval_dir, args.model)
    pooled = [s for rows in by_corpus.values() for s in rows]
    kinds = sorted({k for _, k, _ in pooled if k})
    curves = {}
    fitted: dict[str, Any] = {}
    for kind in kinds:
        pairs = [(c, ok) for c, k, ok in pooled if k == kind]
        if len(pairs) < MIN_MENTIONS:
            continue
        curves[kind] = curve = isotonic(pairs, MIN_BLOCK)
        fitted[kind] = {
            "mentions": len(pairs),
            "ece_raw": round(reliability(pairs).ece or 0.0, 4),
            "ece_fitted_in_sample": round(
                reliability([(curve(c), ok) for c, ok in pairs]).ece or 0.0, 4
            ),
        }
    weights = repo_data_dir() / "resolver_weights.json"
    doc = {
        "what": "isotonic map from the resolver's raw confidence to the share within 161 km",
        "fitted_on": [f"{c} (dev split, end to end)" for c in by_corpus],
        "mentions_by_corpus": {c: len(rows) for c, rows in by_corpus.items()},
        "kinds": fitted,
        "resolver_weights_sha256": hashlib.sha256(weights.read_bytes()).hexdigest(),
        "date": dt.date.today().isoformat(),
        "commit": commit_label(),
        "command": "python bench/calibrate_confidence.py " + " ".join(sys.argv[1:]),
        "curves": Calibration(curves).to_json(),
    }
    args.out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(fitted, indent=1))


if __name__ == "__main__":
    main()
