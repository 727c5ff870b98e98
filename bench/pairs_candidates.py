"""Candidate claim pairs from the dev halves of ``../shared/eval`` corpora, for hand labelling.

A claim here is a sentence naming a gold toponym (the place: its GeoNames id, else its
coordinates to 0.1 degree).  Sentences of different documents naming the same place are
compared as a run compares claims (:func:`geomap.claims.similarity.best_candidates`: TF-IDF
over the corpus half's sentences, each sentence's 5 best candidates) with a low floor
(cosine 0.05), so pairs a stricter rule would drop are in the pool too.  Writes the
candidates (ids and offsets only) and prints their text for the labeller; the text is
never written into the repository.

    PYTHONPATH=. .venv/bin/python bench/pairs_candidates.py > /tmp/candidates.txt
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from geomap.claims.sameevent import figures, names, shared_figures
from geomap.claims.similarity import TermCounts, best_candidates
from geomap.evaluation.corpus import split_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs_data import EVAL_DIR, HERE, sentences

CORPORA = ("GeoVirus", "GeoWebNews", "LGL")
FLOOR = 0.05
#: Pairs drawn per corpus from the strata besides "anchored" (all of which are kept).
SAMPLED = {"high": 15, "low": 8}


def stratum(texts: dict[str, str], c: dict[str, object]) -> str:
    """``anchored`` (2+ shared names or figures in the two sentences, cosine >= 0.1),
    ``high`` (other cosine >= 0.1), ``low``.

    The labelled pool was drawn with an earlier form of these sentence anchors (stop
    words counted as names after a capital); ``eval_labels.jsonl`` keeps each pair's
    stratum and weight as drawn.
    """
    sides = []
    for s in ("a", "b"):
        text = texts[str(c[f"doc_{s}"])]
        start, end = int(c[f"{s}_start"]), int(c[f"{s}_end"])  # type: ignore[call-overload]
        ps, pe = int(c[f"{s}_place_start"]), int(c[f"{s}_place_end"])  # type: ignore[call-overload]
        sides.append((names(text[start:end], text[ps:pe]), figures(text[start:end])))
    high = float(c["cosine"]) >= 0.1  # type: ignore[arg-type]
    shared = len(sides[0][0] & sides[1][0]) + len(shared_figures(sides[0][1], sides[1][1]))
    if high and shared >= 2:
        return "anchored"
    return "high" if high else "low"


def corpus_candidates(corpus: str, texts: dict[str, str]) -> list[dict[str, object]]:
    """The candidate pairs of one corpus's dev half (``texts`` is filled with its documents)."""
    claims = []  # (doc, start, end, place key, place start, place end)
    for line in (EVAL_DIR / f"{corpus}.jsonl").read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        doc = json.loads(line)
        if split_of(doc["id"], corpus) != "dev":
            continue
        texts[doc["id"]] = doc["text"]
        spans = list(sentences(doc["text"]))
        seen = set()
        for t in doc["toponyms"]:
            if t.get("lat") is None:
                continue
            key = t.get("geonameid") or f"{round(t['lat'], 1)},{round(t['lon'], 1)}"
            for s, e in spans:
                if s <= t["start"] < e and (key, s) not in seen:
                    seen.add((key, s))
                    claims.append((doc["id"], s, e, key, t["start"], t["end"]))
    counts = TermCounts()
    counts.add([texts[c[0]][c[1] : c[2]] for c in claims])
    by_place: dict[str, list[int]] = {}
    for n, c in enumerate(claims):
        by_place.setdefault(c[3], []).append(n)
    out = []
    for key, idx in by_place.items():
        docs = [claims[i][0] for i in idx]
        if len(set(docs)) < 2:
            continue
        vectors = counts.vectors([texts[claims[i][0]][claims[i][1] : claims[i][2]] for i in idx])
        order = {d: r for r, d in enumerate(dict.fromkeys(docs))}
        ranks = [order[d] for d in docs]
        for sim, i, j in best_candidates(vectors, ranks, k=5, threshold=FLOOR):
            a, b = claims[idx[i]], claims[idx[j]]
            out.append(
                {
                    "corpus": corpus, "place": key, "cosine": round(sim, 4),
                    "doc_a": a[0], "a_start": a[1], "a_end": a[2],
                    "a_place_start": a[4], "a_place_end": a[5],
                    "doc_b": b[0], "b_start": b[1], "b_end": b[2],
                    "b_place_start": b[4], "b_place_end": b[5],
                }
            )  # fmt: skip
    return out


def main() -> None:
    """Draw the pool, write ids and offsets, print the texts to label."""
    rng = random.Random(14)
    pool = []
    texts: dict[str, dict[str, str]] = {}
    for corpus in CORPORA:
        texts[corpus] = {}
        cands = corpus_candidates(corpus, texts[corpus])
        strata: dict[str, list[dict[str, object]]] = {"anchored": [], "high": [], "low": []}
        for c in cands:
            strata[stratum(texts[corpus], c)].append(c)
        sizes = {k: len(v) for k, v in strata.items()}
        print(f"# {corpus}: {len(cands)} candidates, strata {sizes}", file=sys.stderr)
        for name, members in strata.items():
            drawn = (
                members
                if name == "anchored"
                else rng.sample(members, min(SAMPLED[name], len(members)))
            )
            weight = round(len(members) / max(len(drawn), 1), 3)
            pool += [{**c, "stratum": name, "weight": weight} for c in drawn]
    with (HERE / "eval_candidates.jsonl").open("w", encoding="utf-8") as out:
        for n, c in enumerate(pool):
            out.write(json.dumps({"n": n, **c}) + "\n")
            corpus = str(c["corpus"])
            ta, tb = texts[corpus][str(c["doc_a"])], texts[corpus][str(c["doc_b"])]
            place = ta[int(c["a_place_start"]) : int(c["a_place_end"])]  # type: ignore[call-overload]
            print(f"[{n}] {place} ({corpus})")
            print("  A:", ta[int(c["a_start"]) : int(c["a_end"])].replace("\n", " "))  # type: ignore[call-overload]
            print("  B:", tb[int(c["b_start"]) : int(c["b_end"])].replace("\n", " "))  # type: ignore[call-overload]


if __name__ == "__main__":
    main()
