"""Train the resolver's candidate ranker on the development halves of the gold corpora.

The ranker is a conditional logit (a softmax over each name's candidates, the same
form the resolver scores with) over the candidate features of
:func:`geomap.nlp.scoring.features`, fitted by :mod:`geomap.evaluation.ranker`; its
coefficients become the resolver's weights (``data/resolver_weights.json``).

Training data: the gold toponyms of the *development* split
(``geomap.evaluation.corpus.split_of``) of every corpus in ``--eval`` (or those named
with ``--corpus``), resolved both as gold spans and as the spans geomap itself
recognises (exact matches of gold spans only; these carry the NER label, so the label
features get weights). The test halves are never seen. One example per decision: a
name repeated in an article, or the same decision in both runs, counts once
(:func:`geomap.evaluation.ranker.unique`). A candidate is right when its GeoNames id
is the gold id, else when it lies within 161 km of the gold point, else when it is an
area whose polygon holds the gold point (:func:`~geomap.evaluation.ranker.correct_flags`).
Decisions whose candidates are all right or all wrong are skipped. The L2 penalty pulls
each weight towards its hand-set value (``geomap.nlp.scoring.DEFAULT_WEIGHTS``); its
strength is chosen by 5-fold cross-validation over documents (``--l2 auto``: the largest
penalty within one standard error of the best held-out accuracy).

Usage::

    python bench/train_resolver.py --eval ../shared/eval --out data/resolver_weights.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from spacy.util import registry

from geomap.evaluation.areas import area_test
from geomap.evaluation.corpus import corpus_name, read_gold, select
from geomap.evaluation.ranker import Decision, choose_l2, correct_flags, fit, unique
from geomap.geoparser import Geoparser
from geomap.nlp.resolver import ToponymResolver, Trace
from geomap.nlp.scoring import DEFAULT_WEIGHTS, FEATURES
from geomap.nlp.weights import load_weights
from geomap.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def collect(
    eval_dir: Path, corpora: Sequence[str], weights: dict[str, float]
) -> tuple[list[Decision], dict[str, int]]:
    """Every decision of the dev splits, resolved with ``weights`` (context features)."""
    # The shipped weights may predate a feature the code now scores (then they do not
    # load); the trainer sets its own, so the pipeline starts from the hand-set ones.
    registry.misc.register("geomap.resolver_weights.v1", func=lambda path=None: dict(weights))
    gp = Geoparser(Settings(demonyms=True))
    resolver = gp.nlp.get_pipe("geomap_resolver")
    assert isinstance(resolver, ToponymResolver)
    resolver.weights = weights
    inside = area_test(gp)
    decisions: list[Decision] = []
    stats = {"mentions": 0, "decisions": 0, "no_correct": 0, "all_correct": 0}
    for corpus in corpora:
        docs = select(read_gold(eval_dir / f"{corpus}.jsonl"), split="dev", corpus=corpus)
        for doc in docs:
            by_span = {(t.start, t.end): t for t in doc.toponyms if t.lat is not None}
            for run in ("gold spans", "end to end"):
                resolver.trace = []
                if run == "gold spans":
                    gp.resolve_spans(doc.id, doc.text, [(t.start, t.end) for t in doc.toponyms])
                else:  # recognised spans carry NER labels
                    gp.parse(doc.id, doc.text)
                traces: list[Trace] = resolver.trace
                for trace in traces:
                    golds = [by_span[o] for o in trace.offsets if o in by_span]
                    stats["mentions"] += len(golds)
                    for ok in {
                        tuple(correct_flags(trace.candidates, g.lon, g.lat, g.geonameid, inside))  # type: ignore[arg-type]
                        for g in golds
                    }:
                        stats["decisions"] += 1
                        stats["no_correct"] += not any(ok)
                        stats["all_correct"] += all(ok)
                        decisions.append(Decision(corpus, doc.id, trace.features, ok))
    resolver.trace = None
    return decisions, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--corpus", action="append", default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "resolver_weights.json")
    parser.add_argument("--iterations", type=int, default=2)
    parser.add_argument(
        "--l2", default="auto", help="penalty on the squared weights, or auto (cross-validated)"
    )
    args = parser.parse_args()
    corpora = args.corpus or sorted(corpus_name(p) for p in args.eval.glob("*.jsonl"))
    weights = load_weights(None)  # start from the hand-set weights
    stats: dict[str, int] = {}
    examples: list[Decision] = []
    l2 = 0.0
    table: dict[float, dict[str, float]] = {}
    for i in range(args.iterations):
        decisions, stats = collect(args.eval, corpora, weights)
        examples = unique(decisions)
        if args.l2 == "auto":
            l2, table = choose_l2(examples, FEATURES, prior=DEFAULT_WEIGHTS)
        else:
            l2 = float(args.l2)
        weights = fit(examples, FEATURES, l2, prior=DEFAULT_WEIGHTS)
        print(f"iteration {i + 1}: {len(examples)} decisions, l2={l2}, {stats}", file=sys.stderr)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    seen = {k for d in examples for f in d.features for k in f}
    out = {
        "model": "conditional logit over candidate features (geomap.nlp.scoring.features)",
        "trained_on": [f"{c} (dev split)" for c in corpora],
        "decisions": len(examples),
        "collected": stats,
        "l2": l2,
        # held-out top-1 accuracy per corpus for each penalty tried (5 folds by document)
        "l2_cross_validation": {
            str(k): {c: round(v, 4) for c, v in t.items()} for k, t in table.items()
        },
        "iterations": args.iterations,
        "date": dt.date.today().isoformat(),
        "commit": commit,
        "command": "python bench/train_resolver.py " + " ".join(sys.argv[1:]),
        "prior": "geomap.nlp.scoring.DEFAULT_WEIGHTS (the hand-set weights)",
        # every feature the code scores; those the data never showed keep their hand-set weight
        "features": list(FEATURES),
        "untrained": [f for f in FEATURES if f not in seen],
        "weights": {f: round(weights[f], 4) for f in FEATURES},
    }
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out["weights"], indent=1))


if __name__ == "__main__":
    main()
