"""Build ``bench/conflict/conflict.jsonl`` from the annotated paragraphs in ``source.txt``.

Each toponym in ``source.txt`` is written ``[[surface|HINT]]``; HINT says which place
is meant, and this script turns it into a gold point:

* ``CC`` or ``CC:type``: the gazetteer entry called ``surface`` in the country with ISO
  code ``CC`` (and of that feature type), the most prominent one first (the store's
  order: own names and aliases before other names, then its prior);
* ``=place_id``: that gazetteer entry;
* ``@lon,lat``: a point given by hand (rivers, seas, regions, places the gazetteer
  lacks or spells otherwise); no GeoNames id.

Every choice is printed (``--review``) for checking by hand; the checked output is what
the repository keeps: a document already in the output file with the same text and spans
keeps its checked points (a rebuilt gazetteer moves a country's point; ``--refresh``
looks every one up again), unless a hint that is an id or a point by hand now gives
another point (a hint corrected after the review). Ids starting ``d2-`` to ``d12-``
(paragraphs written for tuning) must fall in the dev half. The gold format is
:mod:`geomap.evaluation.corpus`'s. Run::

    python bench/conflict/build_gold.py --review
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from geomap.evaluation.corpus import split_of
from geomap.gazetteer import Gazetteer
from geomap.records import Place

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
#: Key marking, during a build, a toponym whose hint is an id or a point by hand.
FIXED = "_fixed"
#: How a block marks its headline line (followed in the text by a blank line).
HEADLINE = "> "
#: Prefixes of the ids of paragraphs written to tune on: dev half only.
DEV_ONLY = ("d2-", "d3-", "d4-", "d5-", "d6-", "d7-", "d8-", "d9-", "d10-", "d11-", "d12-")


def checked(path: Path) -> dict[str, dict[str, Any]]:
    """The documents of an earlier build, by id (none when ``path`` does not exist)."""
    if not path.exists():
        return {}
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {d["id"]: d for d in docs}


def _spans(doc: dict[str, Any]) -> list[tuple[int, int, str]]:
    return [(t["start"], t["end"], t["text"]) for t in doc["toponyms"]]


def _fixed_points(doc: dict[str, Any]) -> list[tuple[int, float, float, Any]]:
    """The points of the toponyms whose hint fixes them (an id or a point by hand)."""
    return [
        (t["start"], t["lat"], t["lon"], t["geonameid"]) for t in doc["toponyms"] if t.get(FIXED)
    ]


def keep_checked(
    docs: list[dict[str, Any]], earlier: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """``docs`` with each one unchanged since ``earlier`` taken from it.

    Unchanged: the same text and spans, and every toponym whose hint is an id or a
    point by hand at the same point (a hint corrected to ``=id`` or ``@lon,lat``
    changes the gold even when the text does not). The :data:`FIXED` marks are dropped.
    """
    out = []
    for d in docs:
        old = earlier.get(d["id"])
        same = (
            old is not None
            and old["text"] == d["text"]
            and _spans(old) == _spans(d)
            and _same_fixed(old, d)
        )
        out.append(old if same else _unmarked(d))
    return out


def _same_fixed(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether the toponyms ``new`` fixes by its hints have their points in ``old`` too."""
    before = {t["start"]: (t["lat"], t["lon"], t["geonameid"]) for t in old["toponyms"]}
    return all(before.get(start) == (lat, lon, pid) for start, lat, lon, pid in _fixed_points(new))


def _unmarked(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` without the :data:`FIXED` marks of its toponyms."""
    return {
        **doc,
        "toponyms": [{k: v for k, v in t.items() if k != FIXED} for t in doc["toponyms"]],
    }


def parse_blocks(text: str) -> list[tuple[str, str]]:
    """The ``(id, annotated paragraph)`` pairs of ``source.txt``.

    A block's first line after its id that starts with :data:`HEADLINE` is the
    article's headline: the text is that line, a blank line, then the body.
    """
    out: list[tuple[str, str]] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln for ln in block.strip().splitlines() if not ln.startswith("#")]
        if not lines or not lines[0].startswith("@ "):
            continue
        body = lines[1:]
        head = ""
        if body and body[0].startswith(HEADLINE):
            head = body.pop(0)[len(HEADLINE) :].strip() + "\n\n"
        out.append((lines[0][2:].strip(), head + " ".join(ln.strip() for ln in body)))
    return out


def resolve(gz: Gazetteer, surface: str, hint: str) -> tuple[Place | None, float, float]:
    """The place a hint names and its ``(lon, lat)``; raises ``ValueError`` if none."""
    if hint.startswith("@"):
        lon, lat = (float(v) for v in hint[1:].split(","))
        return None, lon, lat
    if hint.startswith("="):
        place = gz.get(hint[1:])
        if place is None:
            raise ValueError(f"{surface}: no entry {hint[1:]}")
        return place, place.lon, place.lat
    cc, _, ftype = hint.partition(":")
    cands = [
        c
        for c in gz.candidates(surface)
        if c.place.country_code == cc and (not ftype or c.place.feature_type == ftype)
    ]
    if not cands:
        raise ValueError(f"{surface}: no entry in {hint}")
    cands.sort(key=lambda c: c.match not in {"name", "alias"})  # stable: keeps the prior
    place = cands[0].place
    return place, place.lon, place.lat


def build(gz: Gazetteer, text: str, review: bool) -> list[dict[str, Any]]:
    """The gold documents of ``source.txt``'s text."""
    docs: list[dict[str, Any]] = []
    errors: list[str] = []
    for doc_id, marked in parse_blocks(text):
        if doc_id.startswith(DEV_ONLY) and split_of(doc_id, "conflict") != "dev":
            errors.append(f"{doc_id}: written for tuning but in the test half")
        plain: list[str] = []
        toponyms: list[dict[str, Any]] = []
        pos = 0
        offset = 0
        for m in MARK.finditer(marked):
            plain.append(marked[pos : m.start()])
            offset += m.start() - pos
            surface, hint = m.group(1), m.group(2)
            try:
                place, lon, lat = resolve(gz, surface, hint)
            except ValueError as exc:
                errors.append(f"{doc_id}: {exc}")
                place, lon, lat = None, 0.0, 0.0
            pid = place.place_id if place is not None else None
            toponyms.append(
                {
                    "start": offset,
                    "end": offset + len(surface),
                    "text": surface,
                    "lat": round(lat, 5),
                    "lon": round(lon, 5),
                    "geonameid": pid if pid is not None and pid.isdigit() else None,
                    "type": f"conflict:{place.feature_type if place else 'point'}",
                    FIXED: hint[:1] in {"=", "@"},
                }
            )
            if review:
                where = (
                    "by hand"
                    if place is None
                    else (
                        f"{place.name} ({place.feature_type}, {place.country_code}, "
                        f"{place.admin1}, pop {place.population}) id {pid}"
                    )
                )
                print(f"{doc_id:24} {surface:22} {hint:14} {lon:8.2f} {lat:7.2f}  {where}")
            plain.append(surface)
            offset += len(surface)
            pos = m.end()
        plain.append(marked[pos:])
        body = "".join(plain)
        for t in toponyms:
            assert body[t["start"] : t["end"]] == t["text"], (doc_id, t)
        docs.append({"id": doc_id, "text": body, "toponyms": toponyms})
    if errors:
        raise SystemExit("\n".join(errors))
    return docs


def main() -> None:
    """Read ``source.txt``, write ``conflict.jsonl``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", action="store_true", help="print every choice")
    parser.add_argument("--out", type=Path, default=HERE / "conflict.jsonl")
    parser.add_argument("--refresh", action="store_true", help="look every point up again")
    args = parser.parse_args()
    gz = Gazetteer.open()
    docs = build(gz, (HERE / "source.txt").read_text(encoding="utf-8"), args.review)
    docs = keep_checked(docs, {} if args.refresh else checked(args.out))
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {sum(len(d['toponyms']) for d in docs)} toponyms -> {args.out}")


if __name__ == "__main__":
    main()
