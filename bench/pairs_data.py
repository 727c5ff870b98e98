"""The labelled claim pairs of ``bench/pairs/``: load them, with their sentences.

Two sources (see ``bench/pairs/README.md``):

* ``own_articles.jsonl``: short articles written for this check (CC0), in groups
  about one place; an article's ``event`` names what it reports.  Every sentence
  of two articles of a group that names the place is a candidate pair, labelled
  ``related`` when the two articles report the same event.
* ``eval_labels.jsonl``: candidate pairs from the dev halves of ``../shared/eval``
  corpora, by document id and sentence offsets only (their licences forbid copying
  text), labelled by hand; the text is read from the corpora at run time.

Each pair's split (dev/test) is a stable hash of the pair (its source, documents and
sentence offsets).  A pair also carries each article's *context*: the sentences a run
would hold as its claims (those naming a place: for the corpora, the sentences holding
a gold toponym; for our own short articles, every sentence).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "pairs"
OWN = HERE / "own_articles.jsonl"
LABELS = HERE / "eval_labels.jsonl"
EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


@dataclass(frozen=True)
class Side:
    """One claim of a pair: its sentence, the place as written, its article's date."""

    doc: str
    start: int
    end: int
    sentence: str
    place_words: str
    published: str | None = None
    context: str = ""
    #: the places the context names (gold toponyms): key -> forms (the corpora only)
    places: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Pair:
    """A labelled candidate pair."""

    source: str  # "own" or the corpus name
    key: str  # place key
    a: Side
    b: Side
    related: bool
    split: str


def split_of(key: str) -> str:
    """``"dev"`` or ``"test"`` by a stable hash (sha1 of ``key``, even -> dev)."""
    return "dev" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0 else "test"


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of the sentences of ``text`` (a plain regular-expression splitter)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            yield start, m.start() + (len(m.group()) - len(m.group().lstrip('"”’')))
        start = m.end()
    if text[start:].strip():
        yield start, len(text.rstrip())


def own_pairs(path: Path = OWN) -> list[Pair]:
    """Every cross-article pair of sentences naming the group's place, labelled by event."""
    articles = [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
    out = []
    groups: dict[str, list[dict[str, str]]] = {}
    for art in articles:
        groups.setdefault(art["group"], []).append(art)
    for group, arts in groups.items():
        sides: list[tuple[dict[str, str], Side]] = []
        for art in arts:
            names = art["place_forms"].split("|")
            for s, e in sentences(art["text"]):
                text = art["text"][s:e]
                found = [n for n in names if n in text]
                if found:
                    side = Side(
                        art["id"], s, e, text, " ".join(found), art.get("published"), art["text"]
                    )
                    sides.append((art, side))
        for x, (art_a, a) in enumerate(sides):
            for art_b, b in sides[x + 1 :]:
                if art_a["id"] == art_b["id"]:
                    continue
                related = art_a["event"] == art_b["event"]
                key = f"own:{a.doc}:{a.start}:{b.doc}:{b.start}"
                out.append(Pair("own", group, a, b, related, split_of(key)))
    return out


def eval_pairs(path: Path = LABELS, eval_dir: Path = EVAL_DIR) -> list[Pair]:
    """The hand-labelled corpus pairs, their sentences read from the corpora."""
    if not path.exists():
        return []
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
    texts: dict[tuple[str, str], str] = {}
    contexts: dict[tuple[str, str], str] = {}
    places: dict[tuple[str, str], tuple[tuple[str, tuple[str, ...]], ...]] = {}
    for corpus in {r["corpus"] for r in rows}:
        for line in (eval_dir / f"{corpus}.jsonl").read_text(encoding="utf-8").split("\n"):
            if line.strip():
                doc = json.loads(line)
                texts[(corpus, doc["id"])] = doc["text"]
                named = [
                    doc["text"][s:e]
                    for s, e in sentences(doc["text"])
                    if any(s <= t["start"] < e for t in doc["toponyms"])
                ]
                contexts[(corpus, doc["id"])] = " ".join(named)
                places[(corpus, doc["id"])] = _gold_places(doc["toponyms"])
    out = []
    for r in rows:
        sides = []
        for s in ("a", "b"):
            text = texts[(r["corpus"], r[f"doc_{s}"])]
            start, end = r[f"{s}_start"], r[f"{s}_end"]
            words = text[r[f"{s}_place_start"] : r[f"{s}_place_end"]]
            context = contexts[(r["corpus"], r[f"doc_{s}"])]
            gold = places[(r["corpus"], r[f"doc_{s}"])]
            side = Side(r[f"doc_{s}"], start, end, text[start:end], words, None, context, gold)
            sides.append(side)
        pid = f"{r['corpus']}:{r['doc_a']}:{r['a_start']}:{r['doc_b']}:{r['b_start']}"
        out.append(
            Pair(
                r["corpus"], r["place"], sides[0], sides[1], r["label"] == "related", split_of(pid)
            )
        )
    return out


def _gold_places(toponyms: list[dict[str, object]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A document's gold places, keyed as the labels key them ("lat,lon", one decimal)."""
    out: dict[str, dict[str, None]] = {}
    for t in toponyms:
        lat, lon = t.get("lat"), t.get("lon")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            key = f"{lat:.1f},{lon:.1f}"
            out.setdefault(key, {key: None})[str(t.get("text") or "")] = None  # name, forms
    return tuple((k, tuple(v)) for k, v in out.items())
