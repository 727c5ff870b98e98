"""Gold corpora with their whitespace changed: hard-wrapped, or spaced and marked at random.

Writes each corpus of ``--eval-dir`` again under ``--out-dir`` (same file names and ids,
so the dev/test split is the same), its gold offsets and surfaces moved with the text,
for ``bench/bench_eval.py --eval-dir OUT``:

- ``wrap``: every paragraph hard-wrapped at ``--width`` columns (a space becomes a line
  break, one for one: "New York" may become "New\\nYork");
- ``spaces``: each space, at random, kept or made a double space, a tab, a no-break or
  narrow no-break space; a soft hyphen, zero-width space, word joiner or bidi mark put
  inside one word in twenty;
- ``hyphen``: hard-wrapped at ``--width`` as print does it: a word that does not fit is
  cut with a hyphen ("Zapo-\\nrizhzhia"; one cut in ten a soft hyphen) when at least
  three letters go on each line, a hyphenated compound is broken after its own hyphen
  ("Polish-\\nBelarusian"); the characters are inserted (:func:`hyphenated`).

    python bench/perturb_whitespace.py --eval-dir ../shared/eval --variant wrap --out-dir /tmp/wrap
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Any

_SPACES = ["  ", "\t", "\u00a0", "\u202f"]
_MARKS = ["\u00ad", "\u200b", "\u2060", "\u200e", "\u200f"]
#: Chance of a mark before a letter inside a word: about one word in twenty.
_MARK_RATE = 0.01


def wrapped(text: str, width: int) -> str:
    """``text`` with each paragraph's lines cut at ``width`` (spaces made line breaks)."""
    chars = list(text)
    line_start = 0
    last_space = -1
    for i, c in enumerate(text):
        if c == "\n":
            line_start, last_space = i + 1, -1
            continue
        if c == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(chars)


#: Letters a cut word keeps on each line, and the chance that a cut is a soft hyphen.
_MIN_PART = 3
_SOFT_RATE = 0.1
#: A word's letters, then what follows them (punctuation, a possessive...).
_CORE = re.compile(r"([^\W\d_]+)(.*)", re.S)


def hyphenated(
    text: str, width: int, rng: random.Random
) -> tuple[str, list[int], list[tuple[int, bool]]]:
    """``text`` wrapped at ``width`` with cut and broken words, each old offset's new one,
    and the line-end hyphens made: ``(offset of the hyphen, whether it cuts a word)``."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    sites: list[tuple[int, bool]] = []
    size = 0

    def put(piece: str, source: int | None) -> None:
        nonlocal size
        if source is not None:
            where[source] = size
        out.append(piece)
        size += len(piece)

    col = i = 0
    while i < len(text):
        c = text[i]
        if c == "\n" or c != " " or col == 0:
            put(c, i)
            col = 0 if c == "\n" else col + 1
            i += 1
            continue
        j = i + 1  # a space between words: does the next one fit?
        while j < len(text) and text[j] not in " \n":
            j += 1
        word = text[i + 1 : j]
        if col + 1 + len(word) <= width:
            put(c, i)
            col, i = col + 1, i + 1
            continue
        cut = _cut(word, width - col - 1)
        if cut is None:
            put("\n", i)  # the space made a line break, one for one
            col, i = 0, i + 1
            continue
        put(c, i)
        for k in range(cut):
            put(word[k], i + 1 + k)
        if word[cut - 1] == "-":  # a compound broken after its own hyphen
            sites.append((size - 1, False))
            put("\n", None)
        else:
            sites.append((size, True))
            put("\u00ad\n" if rng.random() < _SOFT_RATE else "-\n", None)
        for k in range(cut, len(word)):
            put(word[k], i + 1 + k)
        col, i = len(word) - cut, j
    where[len(text)] = size
    return "".join(out), where, sites


def _cut(word: str, room: int) -> int | None:
    """Where ``word`` is cut to fit ``room`` columns (with its hyphen), or ``None``."""
    inner = word.find("-", 1)
    if 0 < inner < len(word) - 1 and inner + 1 <= room and word[inner + 1].isalpha():
        return inner + 1
    m = _CORE.fullmatch(word)
    if m is None:
        return None
    letters = len(m.group(1))
    cut = min(room - 1, letters - _MIN_PART)
    return cut if cut >= _MIN_PART else None


def spaced(text: str, rng: random.Random) -> tuple[str, list[int]]:
    """``text`` with random spaces and marks, and the new offset of each old offset."""
    out: list[str] = []
    where: list[int] = []
    size = 0
    for i, c in enumerate(text):
        piece, at = c, size
        if c == " " and rng.random() < 0.5:
            piece = rng.choice(_SPACES)
        elif c.isalpha() and i and text[i - 1].isalpha() and rng.random() < _MARK_RATE:
            piece, at = rng.choice(_MARKS) + c, size + 1  # a mark inside a word
        where.append(at)
        out.append(piece)
        size += len(piece)
    where.append(size)
    return "".join(out), where


def perturb(doc: dict[str, Any], variant: str, width: int, rng: random.Random) -> dict[str, Any]:
    """One gold document with its text changed and its toponyms moved with it."""
    text: str = doc["text"]
    if variant == "wrap":
        new, where = wrapped(text, width), list(range(len(text) + 1))
    elif variant == "hyphen":
        new, where, _sites = hyphenated(text, width, rng)
    else:
        new, where = spaced(text, rng)
    toponyms = []
    for t in doc["toponyms"]:
        start, end = where[t["start"]], where[t["end"] - 1] + 1
        toponyms.append({**t, "start": start, "end": end, "text": new[start:end]})
    return {**doc, "text": new, "toponyms": toponyms}


def main() -> None:
    """Write the perturbed corpora."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, required=True)
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--variant", choices=["wrap", "spaces", "hyphen"], required=True)
    parser.add_argument("--width", type=int, default=72)
    parser.add_argument("--seed", type=int, default=39)
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    for path in sorted(args.eval_dir.glob("*.jsonl")):
        with (args.out_dir / path.name).open("w", encoding="utf-8") as out:
            for line in path.open(encoding="utf-8"):
                if line.strip():
                    doc = perturb(json.loads(line), args.variant, args.width, rng)
                    out.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
