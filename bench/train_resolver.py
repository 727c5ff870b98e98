"""Train the resolver's candidate ranker on the development halves of the gold corpora.

The ranker is a conditional logit (a softmax over each name's candidates, the
same form the resolver scores with) over the candidate features of
:func:`geomap.nlp.scoring.features`, fitted by L-BFGS with an L2 penalty; its
coefficients become the resolver's weights (``data/resolver_weights.json``).
Training data: the gold toponym spans
of the *development* split (``geomap.evaluation.corpus.split_of``) of the corpora
named with ``--corpus`` (default GeoWebNews and LGL), resolved both as gold spans
and as the spans geomap itself recognises (exact matches of gold spans only; these
carry the NER label, so the label features get weights); the test halves,
GeoVirus and TUD-Loc are never seen. A candidate is correct when its GeoNames id equals
the gold id, or, where the gold has no id or no candidate has it, when it lies
within 161 km of the gold point. Names whose candidates are all right or all
wrong carry no ranking information and are skipped.

Usage::

    python bench/train_resolver.py --eval ../shared/eval --out data/resolver_weights.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from geomap.evaluation.corpus import GoldToponym, read_gold, select
from geomap.geo import haversine_km
from geomap.geoparser import Geoparser
from geomap.nlp.resolver import ToponymResolver, Trace
from geomap.nlp.scoring import FEATURES, load_weights
from geomap.records import Place
from geomap.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _correct(gold: GoldToponym, places: Sequence[Place]) -> list[bool]:
    ids = [p.place_id for p in places]
    if gold.geonameid and gold.geonameid in ids:
        return [pid == gold.geonameid for pid in ids]
    assert gold.lon is not None and gold.lat is not None
    return [haversine_km(p.lon, p.lat, gold.lon, gold.lat) <= 161.0 for p in places]


Group = tuple[list[dict[str, float]], list[bool]]


def collect(
    eval_dir: Path, corpora: Sequence[str], weights: dict[str, float]
) -> tuple[list[Group], dict[str, int]]:
    """One (candidate features, correct flags) group per gold name of the dev splits."""
    gp = Geoparser(Settings(demonyms=True))
    resolver = gp.nlp.get_pipe("geomap_resolver")
    assert isinstance(resolver, ToponymResolver)
    resolver.weights = weights
    groups: list[Group] = []
    stats = {"names": 0, "skipped_no_correct": 0, "skipped_uninformative": 0}
    for corpus in corpora:
        docs = select(read_gold(eval_dir / f"{corpus}.jsonl"), split="dev", corpus=corpus)
        for doc in docs:
            resolver.trace = []
            gp.resolve_spans(doc.id, doc.text, [(t.start, t.end) for t in doc.toponyms])
            gp.parse(doc.id, doc.text)  # end to end too: recognised spans carry NER labels
            by_span = {(t.start, t.end): t for t in doc.toponyms if t.lat is not None}
            traces: list[Trace] = resolver.trace
            for trace in traces:
                for offsets in trace.offsets:
                    gold = by_span.get(offsets)
                    if gold is None:
                        continue
                    stats["names"] += 1
                    ok = _correct(gold, trace.candidates)
                    if not any(ok):
                        stats["skipped_no_correct"] += 1
                    elif all(ok):
                        stats["skipped_uninformative"] += 1
                    else:
                        groups.append((list(trace.features), ok))
    resolver.trace = None
    return groups, stats


def fit(groups: list[Group], l2: float) -> dict[str, float]:
    """Fit the conditional logit: maximise the probability mass of the correct candidates."""
    names = sorted({k for feats, _ in groups for f in feats for k in f})
    mats = [
        (np.array([[f.get(n, 0.0) for n in names] for f in feats]), np.array(ok))
        for feats, ok in groups
    ]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total = l2 * float(w @ w)
        grad = 2 * l2 * w
        for x, ok in mats:
            s = x @ w
            s = s - s.max()
            e = np.exp(s)
            p_all = e / e.sum()
            p_ok = e * ok / (e * ok).sum()
            total -= float(np.log((e * ok).sum()) - np.log(e.sum()))
            grad -= x.T @ (p_ok - p_all)
        return total / len(mats), grad / len(mats)

    result = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B")
    return {n: round(float(v), 4) for n, v in zip(names, result.x, strict=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--corpus", action="append", default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "resolver_weights.json")
    parser.add_argument("--iterations", type=int, default=2)
    parser.add_argument("--l2", type=float, default=0.01, help="L2 penalty per weight")
    args = parser.parse_args()
    corpora = args.corpus or ["GeoWebNews", "LGL"]
    weights = load_weights(None)  # start from the hand-set weights
    stats: dict[str, int] = {}
    n = 0
    for i in range(args.iterations):
        groups, stats = collect(args.eval, corpora, weights)
        weights = fit(groups, args.l2)
        n = len(groups)
        print(f"iteration {i + 1}: {n} names with candidates to rank, {stats}")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    out = {
        "model": "conditional logit over candidate features (geomap.nlp.scoring.features)",
        "trained_on": [f"{c} (dev split)" for c in corpora],
        "groups": n,
        "names": stats,
        "l2": args.l2,
        "iterations": args.iterations,
        "date": dt.date.today().isoformat(),
        "commit": commit,
        "command": "python bench/train_resolver.py",
        # every feature the code scores; those the data never showed are weighed 0
        "features": list(FEATURES),
        "untrained": [f for f in FEATURES if f not in weights],
        "weights": {f: weights.get(f, 0.0) for f in FEATURES},
    }
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(weights, indent=1))


if __name__ == "__main__":
    main()
