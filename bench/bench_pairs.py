"""Benchmark the pairing of claims across articles against hand-labelled pairs.

The labelled pairs are in ``bench/pairs/`` (``README.md`` there: how they were made
and labelled).  Each pair is scored by the features the comparison uses
(:mod:`geomap.claims.sameevent`): the TF-IDF cosine of the two sentences (document
frequencies over every sentence of the same source), their shared anchors (names
other than the place, numbers), and the days between the articles' dates.  A rule
keeps or drops the pair; precision and recall are counted against the labels, per
source (our own articles; the corpus pairs, weighted by their sampling stratum,
``weight``) and split.

* ``before``: TF-IDF cosine >= 0.1 (geomap before this check);
* ``after``: :func:`geomap.claims.sameevent.same_event` (the rule in use);
* ``--fit``: every rule of the grid (minimum anchors, minimum cosine, date check) on
  the dev pairs, the best recall at precision >= 0.9 on both dev sources.

    PYTHONPATH=. .venv/bin/python bench/bench_pairs.py [--fit]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from geomap.claims import sameevent
from geomap.claims.articles import ArticleIndex
from geomap.claims.similarity import TermCounts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs_data import LABELS, Pair, eval_pairs, own_pairs

RESULTS = Path(__file__).resolve().parent / "results"
Row = tuple[Pair, sameevent.Evidence, float]  # the pair, its evidence, its weight


def _cosines(counts: TermCounts, left: Sequence[str], right: Sequence[str]) -> list[float]:
    va, vb = counts.vectors(left), counts.vectors(right)
    return [float(x) for x in va.multiply(vb).sum(axis=1).A1]


def features(pairs: Sequence[Pair], use_places: bool = True) -> list[Row]:
    """Every pair with its evidence (as a run computes it) and sampling weight.

    ``use_places``: each article's places (the corpora's gold toponyms, by
    coordinates) are evidence, as a run's resolved places are (``--no-places``:
    capitalised words only, as before).

    Each source is one run: its distinct sentences give the sentence frequencies, its
    distinct articles (their contexts) the article frequencies and the words written in
    lower case (:class:`geomap.claims.articles.ArticleIndex`).
    """
    weights = _weights()
    out = []
    by_source: dict[str, list[Pair]] = {}
    for p in pairs:
        by_source.setdefault(p.source, []).append(p)
    for group in by_source.values():
        sents = TermCounts()
        sents.add(list(dict.fromkeys(s.sentence for p in group for s in (p.a, p.b))))
        docs = list(
            dict.fromkeys(
                (s.doc, s.context, s.published, s.places) for p in group for s in (p.a, p.b)
            )
        )
        rank = {doc: n for n, (doc, _, _, _) in enumerate(docs)}
        facts: list[Any] = []  # each article's context facts, as a run's store keeps them
        index = ArticleIndex(lambda r, f=facts, d=docs: (f[r], d[r][2]))
        for _, text, _, places in docs:
            facts.append(index.add(text, places=dict(places) if use_places else None))
        cos = _cosines(sents, [p.a.sentence for p in group], [p.b.sentence for p in group])
        for p, c in zip(group, cos, strict=True):
            forms = [p.a.place_words, p.b.place_words]
            evidence = index.evidence(rank[p.a.doc], rank[p.b.doc], c, forms, p.key)
            out.append((p, evidence, weights.get(_key(p), 1.0)))
    return out


def _key(p: Pair) -> tuple[str, str, int, str, int]:
    return (p.source, p.a.doc, p.a.start, p.b.doc, p.b.start)


def _weights() -> dict[tuple[str, str, int, str, int], float]:
    if not LABELS.exists():
        return {}
    rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").split("\n") if x.strip()]
    return {
        (r["corpus"], r["doc_a"], r["a_start"], r["doc_b"], r["b_start"]): float(r["weight"])
        for r in rows
    }


def score(rows: Sequence[Row], keep: Callable[[sameevent.Evidence], bool]) -> dict[str, Any]:
    """Precision and recall (weighted) of ``keep`` over ``rows``, and the raw counts."""
    tp = fp = fn = 0.0
    kept = related = kept_related = 0
    for p, evidence, w in rows:
        k = keep(evidence)
        kept += k
        related += p.related
        kept_related += k and p.related
        tp += w * (k and p.related)
        fp += w * (k and not p.related)
        fn += w * ((not k) and p.related)
    return {
        "pairs": len(rows),
        "related": related,
        "kept": kept,
        "kept_related": kept_related,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
    }


def before(e: sameevent.Evidence) -> bool:
    """geomap before this check: the sentences' TF-IDF cosine at least 0.1."""
    return e.cosine >= 0.1


def grid() -> list[sameevent.Rule]:
    """The rules tried by ``--fit``."""
    return [
        sameevent.Rule(c, a, n, f, d)
        for c, a, n, f, d in itertools.product(
            (0.0, 0.05, 0.1, 0.15),
            (0.0, 0.05, 0.1, 0.15, 0.2, 0.25),
            (1, 2, 3, 4, 5, 6, 7, 8),
            (1, 2, 3, 4, 5),
            (3, 10**6),
        )
    ]


def _part(rows: Sequence[Row], source: str, split: str) -> list[Row]:
    return [r for r in rows if r[0].split == split and (r[0].source == "own") == (source == "own")]


def report(rows: Sequence[Row]) -> dict[str, Any]:
    """Scores of ``before`` and ``after`` per source and split."""
    out: dict[str, Any] = {}
    for name, keep in (("before", before), ("after", sameevent.DEFAULT_RULE.holds)):
        out[name] = {
            f"{source}/{split}": score(_part(rows, source, split), keep)
            for source in ("own", "corpora")
            for split in ("dev", "test")
        }
    return out


def fit(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """Every grid rule's dev scores, best first (precision >= 0.9 on both sources, recall)."""
    found = []
    for rule in grid():
        so, sc = (
            score(_part(rows, "own", "dev"), rule.holds),
            score(_part(rows, "corpora", "dev"), rule.holds),
        )
        ok = all((s["precision"] or 0) >= 0.9 for s in (so, sc))
        found.append({"rule": rule.to_dict(), "ok": ok, "own/dev": so, "corpora/dev": sc})
    found.sort(
        key=lambda f: (
            -f["ok"],
            -((f["own/dev"]["recall"] or 0) + (f["corpora/dev"]["recall"] or 0)),
        )
    )
    return found


def markdown(result: dict[str, Any]) -> str:
    """The results as a Markdown table."""
    lines = [
        "# Claim pairs: same event or not (bench/bench_pairs.py)",
        "",
        f"Rule in use: {result['method']}.",
        "",
        "| rule | pairs | split | labelled pairs | related | kept | kept related "
        "| precision | recall |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in ("before", "after"):
        for part, s in result[name].items():
            source, split = part.split("/")
            lines.append(
                f"| {name} | {source} | {split} | {s['pairs']} | {s['related']} | {s['kept']} "
                f"| {s['kept_related']} | {s['precision']} | {s['recall']} |"
            )
    lines += [
        "",
        "Corpus pairs are weighted by their sampling stratum (precision and recall "
        "estimate those of all candidate pairs); `kept` and `kept related` count labelled "
        "pairs (unweighted).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    """Score the rules; write ``bench/results/pairs.{json,md}``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fit", action="store_true", help="print the grid on the dev pairs")
    parser.add_argument(
        "--no-places", action="store_true", help="no places as evidence (print, not written)"
    )
    args = parser.parse_args(argv)
    rows = features([*own_pairs(), *eval_pairs()], use_places=not args.no_places)
    if args.no_places:
        print(markdown({"method": sameevent.DEFAULT_RULE.to_dict(), **report(rows)}))
        return
    if args.fit:
        for f in fit(rows)[:15]:
            print(json.dumps(f))
        return
    result = {"method": sameevent.DEFAULT_RULE.to_dict(), **report(rows)}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "pairs.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "pairs.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
