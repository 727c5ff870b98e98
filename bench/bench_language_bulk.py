"""Does detecting on the bulk of a text change any article's language?  And the mixed ones.

Detects the language of every article of ``bench/languages/*.jsonl``, ``seeds/``
and the gold corpora in ``../shared/eval`` (or ``--eval DIR``) twice: as the whole
sample (:func:`geomap.language_bulk.bulk_text` made a no-op) and as geomap does,
and prints how many change, by corpus, and which.  Then the same for mixed texts
built from those articles: each English article of the gold corpora's dev halves
with one sentence of a ``bench/languages`` article of another language put after
its first paragraph (should stay English), and each ``bench/languages`` article
with one English sentence from a dev-half article (should stay its language);
``--split test`` takes the test halves' articles instead.
Run: ``python bench/bench_language_bulk.py``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

from geomap import language
from geomap.evaluation.corpus import split_of

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _jsonl(path: Path) -> Iterator[dict[str, str]]:
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            yield json.loads(line)


def _detect_both(text: str) -> tuple[str | None, str | None]:
    with mock.patch.object(language, "bulk_text", lambda sample, _ident: sample):
        whole = language.detect_language(text)[0]
    return whole, language.detect_language(text)[0]


def _first_sentence(text: str) -> str:
    return text.replace("\n", " ").split(". ")[0].strip().rstrip(".") + "."


def _count(name: str, texts: list[tuple[str, str]], want: Callable[[str], str] | None) -> None:
    changed, wrong, right_before, right_after = [], [], 0, 0
    for doc_id, text in texts:
        before, after = _detect_both(text)
        if before != after:
            changed.append(f"{doc_id}: {before} -> {after}")
        if want is not None:
            right_before += before == want(doc_id)
            right_after += after == want(doc_id)
            if after != want(doc_id):
                wrong.append(f"{doc_id}: {after} after")
    line = f"{name}: {len(texts)} articles, {len(changed)} changed"
    if want is not None:
        line += f"; right before {right_before}, after {right_after}"
    print(line)
    for c in changed[:20] + wrong[:20]:
        print("   ", c)


def main() -> None:
    """Print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    args = parser.parse_args()
    langs = {
        p.stem: [(d["id"], d["text"]) for d in _jsonl(p)]
        for p in sorted((HERE / "languages").glob("*.jsonl"))
    }
    for code, texts in langs.items():
        _count(f"bench/languages/{code}", texts, lambda i: i.split("-")[0])
    seeds = [
        (p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    _count("seeds", seeds, None)
    english: list[tuple[str, str]] = []
    for path in sorted(args.eval.glob("*.jsonl")):
        texts = [(f"{path.stem}:{d['id']}", d["text"]) for d in _jsonl(path)]
        _count(f"eval/{path.stem}", texts, None)
        english += [
            (i, t) for i, t in texts if split_of(i.split(":", 1)[1], path.stem) == args.split
        ]
    quotes = [(i, _first_sentence(t)) for texts in langs.values() for i, t in texts]
    mixed_en = []
    for n, (doc_id, text) in enumerate(english):
        qid, quote = quotes[n % len(quotes)]
        head, _, rest = text.partition("\n")
        mixed_en.append((f"{doc_id}+{qid}", f"{head}\n\n\u201c{quote}\u201d\n\n{rest}"))
    _count(
        f"English {args.split} articles + one sentence in another language",
        mixed_en,
        lambda _i: "en",
    )
    mixed_other = []
    for n, texts in enumerate(langs.values()):
        for m, (doc_id, text) in enumerate(texts):
            eid, etext = english[(n * 97 + m) % len(english)]
            head, _, rest = text.partition("\n")
            quote = _first_sentence(etext)
            mixed_other.append((f"{doc_id}+{eid}", f"{head}\n\n\u201c{quote}\u201d\n\n{rest}"))
    _count(
        "bench/languages articles + one English sentence",
        mixed_other,
        lambda i: i.split("-")[0],
    )


if __name__ == "__main__":
    main()
