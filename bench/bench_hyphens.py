"""How well the model's text tells a word cut at a line's end from a compound's hyphen.

Each gold document of ``--eval-dir`` (``--splits``, dev by default) is wrapped at
``--width`` as print does it (``perturb_whitespace.hyphenated``: a word that does not
fit cut with a hyphen, one cut in ten a soft hyphen; a hyphenated compound broken
after its own hyphen), then read by :func:`geomap.model_text.model_text` with the
English pipeline's known words (``Geoparser.known_words``) and without any. A hyphen
the reader drops is a cut; one it keeps, a compound. Precision and recall of the cuts
(and of the compounds) against what the wrapping did, per corpus, as JSON:

    python bench/bench_hyphens.py --eval-dir ../shared/eval --out /tmp/hyphens.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_whitespace import hyphenated

from geomap.evaluation.corpus import corpus_name, read_gold, split_of
from geomap.line_hyphens import Lexicon
from geomap.model_text import model_text


def _decisions(
    text: str, sites: list[tuple[int, bool]], known: Lexicon | None
) -> list[tuple[bool, bool]]:
    """``(a cut?, read as a cut?)`` for each line-end hyphen made."""
    read = model_text(text, known)
    kept = {read.offsets.start(i) for i in range(len(read.text))}
    return [(cut, at not in kept) for at, cut in sites]


def _scores(pairs: list[tuple[bool, bool]]) -> dict[str, Any]:
    def pr(label: bool) -> dict[str, Any]:
        said = sum(1 for _truth, read in pairs if read == label)
        right = sum(1 for truth, read in pairs if read == label and truth == label)
        real = sum(1 for truth, _read in pairs if truth == label)
        return {
            "precision": round(right / said, 4) if said else None,
            "recall": round(right / real, 4) if real else None,
            "read": said,
            "true": real,
            "right": right,
        }

    return {"sites": len(pairs), "cuts": pr(True), "compounds": pr(False)}


def main() -> None:
    """Write the scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--splits", nargs="*", default=["dev"])
    parser.add_argument("--width", type=int, default=45)
    parser.add_argument("--seed", type=int, default=40)
    args = parser.parse_args()
    from geomap.geoparser import Geoparser

    known = Geoparser().known_words()
    results: dict[str, Any] = {}
    mistakes: list[str] = []
    for path in sorted(args.eval_dir.glob("*.jsonl")):
        corpus = corpus_name(path)
        rng = random.Random(args.seed)
        with_words: list[tuple[bool, bool]] = []
        without: list[tuple[bool, bool]] = []
        for doc in read_gold(path):
            if split_of(doc.id, corpus) not in args.splits:
                continue
            text, _where, sites = hyphenated(doc.text, args.width, rng)
            made = [(at, cut) for at, cut in sites if text[at] != "\u00ad"]  # soft ones: trivial
            pairs = _decisions(text, made, known)
            with_words += pairs
            without += _decisions(text, made, None)
            for (at, cut), (_t, read) in zip(made, pairs, strict=True):
                if cut != read and len(mistakes) < 200:
                    line = text[max(0, at - 20) : at + 20].replace("\n", "⏎")
                    mistakes.append(f"{corpus}: {'cut' if cut else 'compound'} read wrong: {line}")
        results[corpus] = {"known_words": _scores(with_words), "no_words": _scores(without)}
    args.out.write_text(
        json.dumps({"results": results, "mistakes": mistakes}, indent=1, ensure_ascii=False)
    )
    for corpus, r in results.items():
        print(corpus, json.dumps(r))


if __name__ == "__main__":
    main()
