"""Crash hunt: perturbed news texts through the real pipelines, every rule failure counted.

geomap contains a failing rule (:mod:`geomap.containment`: the article is still
mapped, with a warning), so a bug in a rule would otherwise go unseen on text
nobody foresaw.  This script runs the benchmark texts of each language
(``bench/conflict/conflict.jsonl`` for English, ``bench/languages/XX.jsonl``)
through :class:`geomap.geoparser.Geoparser` with ``GEOMAP_STRICT_RULES=1`` after
random, seeded perturbations of the kinds real inputs show: a word hyphenated at
a line end, a sentence in capitals or in lower case, punctuation stripped, a word
cut short (with a hyphen, a soft hyphen, a bracket ...), a name quoted or
bracketed, a word doubled, odd spaces (no-break, thin), the text cut mid-way.
Each failure is printed with its text and traceback; the summary table goes to
``--out``.

    python bench/fuzz_rules.py --per-language 150 --seed 1 --out bench/results/fuzz.md
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ["GEOMAP_STRICT_RULES"] = "1"  # a failing rule raises here

BENCH = Path(__file__).resolve().parent
LANGUAGES = ("en", "de", "fr", "pl", "ru", "uk")
CUT_ENDS = ("-", ".", "'", "\u2019", "-\u043d\u0430", "\u2014", "(", ")", "\u00ad", "\u200b")
QUOTES = ('"%s"', "\u00ab%s\u00bb", "(%s)", "[%s]", "\u201e%s\u201c", "'%s'")
STRIP = ".,;:!?\u00bb\u00ab\"'()"


def texts(lang: str) -> list[str]:
    """The benchmark texts of ``lang``."""
    name = "conflict/conflict.jsonl" if lang == "en" else f"languages/{lang}.jsonl"
    path = BENCH / name
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def _hyphen_break(words: list[str], i: int, rng: random.Random) -> None:
    if len(words[i]) > 4:
        k = rng.randrange(1, len(words[i]) - 1)
        words[i] = words[i][:k] + "-\n" + words[i][k:]


def _upper(words: list[str], i: int, rng: random.Random) -> None:
    words[i : i + 12] = [w.upper() for w in words[i : i + 12]]


def _lower(words: list[str], i: int, rng: random.Random) -> None:
    words[i : i + 12] = [w.lower() for w in words[i : i + 12]]


def _unpunctuated(words: list[str], i: int, rng: random.Random) -> None:
    words[i : i + 15] = [w.strip(STRIP) for w in words[i : i + 15]]


def _cut_word(words: list[str], i: int, rng: random.Random) -> None:
    words[i] = words[i][: max(1, len(words[i]) // 2)] + rng.choice(CUT_ENDS)


def _quoted(words: list[str], i: int, rng: random.Random) -> None:
    capitals = [k for k, w in enumerate(words) if w[:1].isupper()]
    if capitals:
        k = rng.choice(capitals)
        words[k] = rng.choice(QUOTES) % words[k]


def _doubled(words: list[str], i: int, rng: random.Random) -> None:
    words.insert(i, words[i])


def _odd_spaces(words: list[str], i: int, rng: random.Random) -> None:
    words[i : i + 5] = ["\u2009".join(words[i : i + 5]) + "\u00a0"]


def _cut_text(words: list[str], i: int, rng: random.Random) -> None:
    del words[max(3, i) :]


PERTURBATIONS: tuple[Callable[[list[str], int, random.Random], None], ...] = (
    _hyphen_break,
    _upper,
    _lower,
    _unpunctuated,
    _cut_word,
    _quoted,
    _doubled,
    _odd_spaces,
    _cut_text,
)


def perturbed(text: str, rng: random.Random, count: int = 3) -> str:
    """``text`` with ``count`` different perturbations at random words."""
    words = text.split(" ")
    for change in rng.sample(PERTURBATIONS, count):
        if words:
            change(words, rng.randrange(len(words)), rng)
    return " ".join(words)


def main() -> None:
    """Run the crash hunt and write its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--per-language", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    from geomap.geoparser import Geoparser
    from geomap.settings import Settings

    gp = Geoparser(Settings())
    rows = []
    for lang in args.languages:
        rng = random.Random(f"{args.seed}:{lang}")
        pool = texts(lang)
        failed = 0
        began = time.perf_counter()
        for k in range(args.per_language):
            text = perturbed(rng.choice(pool), rng)
            try:
                gp.parse(f"{lang}-{k}", text)
            except Exception as exc:
                failed += 1
                print("=" * 72, repr(text), "".join(traceback.format_exception(exc)[-4:]), sep="\n")
        rows.append((lang, args.per_language, failed, time.perf_counter() - began))
        print(f"{lang}: {failed} of {args.per_language} failed", flush=True)
    if args.out is not None:
        head = (
            "# Crash hunt (bench/fuzz_rules.py)\n\n"
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
            f"`python bench/fuzz_rules.py --languages {' '.join(args.languages)} "
            f"--per-language {args.per_language} --seed {args.seed}`; "
            "each text a benchmark text with three random perturbations, parsed with "
            "GEOMAP_STRICT_RULES=1 (a failing rule raises).\n\n"
            "| language | texts | failed | seconds |\n|---|--:|--:|--:|\n"
        )
        body = "".join(f"| {lang} | {n} | {bad} | {secs:.0f} |\n" for lang, n, bad, secs in rows)
        args.out.write_text(head + body, encoding="utf-8")


if __name__ == "__main__":
    main()
