"""Replay copy finding over a finished run's outputs, against a labelled truth.

Reads ``articles.jsonl`` (ids, texts) and ``mentions.geojson`` (the places each
article names) of an output folder, finds the copies again with the current
:class:`geomap.copies.CopyFinder`, and counts them against a labelling rule: an
article whose id ends with ``--suffix`` is a copy of the id without it, every
other article is none (the user69a archive's generator made its near-copies so).

    PYTHONPATH=$PWD python bench/copies_replay.py /tmp/user69a-in/out/run1 --suffix=-syn
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from geomap.copies import CopyFinder


def main() -> None:
    """Print found / right / wrong / missed copies."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--suffix", default="-syn")
    parser.add_argument("--no-places", action="store_true", help="compare texts only")
    args = parser.parse_args()
    places: dict[str, set[str]] = defaultdict(set)
    with (args.folder / "mentions.geojson").open(encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            p = feat["properties"]
            key = str(p["place_id"]) if p.get("place_id") else "name:" + p["text"].casefold()
            places[p["article"]].add(key)
    right = wrong = missed = 0
    with CopyFinder() as finder, (args.folder / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            aid = art["article"]
            named = frozenset() if args.no_places else frozenset(places.get(aid, ()))
            found = finder.add(aid, art.get("text") or "", named)
            truth = aid[: -len(args.suffix)] if aid.endswith(args.suffix) else None
            if found is not None and found[0] == truth:
                right += 1
            elif found is not None:
                wrong += 1
                print("wrong:", aid, "copy_of", found[0], found[1])
            if truth is not None and (found is None or found[0] != truth):
                missed += 1
                print("missed:", aid)
    print(f"copies found {right + wrong}: right {right}, wrong {wrong}, missed {missed}")


if __name__ == "__main__":
    main()
