"""One long article on one line: time and peak memory of ``geomap map`` by its size.

A scraped page flattened to one line, megabytes long, is generated from varied
English news sentences (places, people, numbers and made-up words, seeded) joined
by spaces; ``--no-punct`` drops the sentence punctuation (no sentence ends to cut
at).  Each size is mapped by ``geomap map FILE -o OUT`` in a fresh process under
``/usr/bin/time -v`` (its elapsed time, CPU time and the largest process's peak
RSS), stderr to a file (not a terminal: the progress lines are counted).
``--code`` names the checkout to run (its ``geomap`` package; ``data/`` from this
one when it has none).

Results: ``bench/results/long-article-NAME.json`` and ``.md``.

    .venv/bin/python bench/bench_long_article.py --sizes 0.5,1,2,6 --name after
    .venv/bin/python bench/bench_long_article.py --sizes 6 --code /tmp/base --name before
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"

PLACES = [
    "Kyiv",
    "Kharkiv",
    "Paris",
    "Lyon",
    "Berlin",
    "Hamburg",
    "Chicago",
    "Denver",
    "Nairobi",
    "Lagos",
    "Cairo",
    "Mumbai",
    "Jakarta",
    "Lima",
    "Quito",
    "Toronto",
    "Sydney",
    "Madrid",
    "Ohio",
    "Texas",
    "Bavaria",
    "Kenya",
    "Brazil",
    "Peru",
    "Canada",
    "Syria",
    "Gaza",
    "Tokyo",
    "Seoul",
    "Manila",
]
PEOPLE = [
    "John Smith",
    "Maria Lopez",
    "Ahmed Saleh",
    "Olena Petrenko",
    "David Brown",
    "Li Wei",
    "Anna Schmidt",
    "Peter Obi",
    "Sarah Jones",
    "Carlos Ruiz",
]
ORGS = [
    "the United Nations",
    "the city council",
    "the ministry of health",
    "Reuters",
    "the World Bank",
    "local police",
    "the fire department",
    "the Red Cross",
]
VERBS = ["said", "reported", "announced", "told reporters", "confirmed", "warned", "added"]
EVENTS = [
    "a fire destroyed {n} homes",
    "{n} people were evacuated",
    "the storm cut power to {n} households",
    "prices rose by {n} percent",
    "talks resumed after {n} days",
    "{n} soldiers were deployed",
    "a bridge collapsed injuring {n} workers",
    "the festival drew {n} visitors",
]
WORDS = [
    "market",
    "river",
    "school",
    "hospital",
    "road",
    "election",
    "budget",
    "harvest",
    "strike",
    "court",
    "airport",
    "factory",
    "border",
    "protest",
    "vaccine",
    "drought",
    "flood",
    "museum",
    "stadium",
]


def sentence(rng: random.Random, punct: bool) -> str:
    """One news sentence; without ``punct``, no full stops, commas or quotes."""
    p, q, who, org = rng.choice(PLACES), rng.choice(PLACES), rng.choice(PEOPLE), rng.choice(ORGS)
    ev = rng.choice(EVENTS).format(n=rng.randint(2, 9999))
    w = rng.choice(WORDS)
    tag = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 9)))
    forms = [
        f"In {p}, {ev}, {who} {rng.choice(VERBS)}.",
        f"{who} of {org} {rng.choice(VERBS)} that {ev} near {p}.",
        f"Officials in {p} and {q} discussed the {w} project known as {tag.title()} on Monday.",
        f"The {w} in {p} was closed after {ev}, according to {org}.",
        f'"We are working with {org}," {who} {rng.choice(VERBS)} in {q}.',
    ]
    s = rng.choice(forms)
    return re.sub(r'[.,"]', "", s) if not punct else s


def one_line(mb: float, punct: bool, seed: int = 7) -> str:
    """``mb`` million characters of sentences joined by spaces, and a final newline."""
    rng = random.Random(seed)
    size = int(mb * 1_000_000)
    out: list[str] = []
    n = 0
    while n < size:
        s = sentence(rng, punct)
        out.append(s)
        n += len(s) + 1
    return " ".join(out)[:size] + "\n"


def measure(code: Path, path: Path, out: Path) -> dict[str, Any]:
    """``geomap map path -o out`` under ``/usr/bin/time -v``: times, peak RSS, stderr lines."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    err = out.with_suffix(".stderr")
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "geomap", "map", str(path), "-o", str(out)]
    with err.open("w") as fh:
        # run from the input's folder: ``python -m`` puts the current folder first on the path
        done = subprocess.run(
            cmd, env=env, cwd=path.parent, stdout=subprocess.DEVNULL, stderr=fh, check=False
        )
    text = err.read_text()

    def field(name: str) -> str:
        m = re.search(rf"{re.escape(name)}: (.+)", text)
        return m.group(1).strip() if m else ""

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    parts = [float(x) for x in wall.split(":")] if wall else [0.0]
    seconds = sum(v * 60 ** (len(parts) - 1 - i) for i, v in enumerate(parts))
    report = out / "report.json"
    notes = []
    if report.exists():
        notes = [n for s in json.loads(report.read_text()).get("inputs", []) for n in s["notes"]]
    return {
        "exit": done.returncode,
        "wall_s": round(seconds, 1),
        "cpu_s": round(
            float(field("User time (seconds)") or 0) + float(field("System time (seconds)") or 0), 1
        ),
        "peak_rss_mb": round(int(field("Maximum resident set size (kbytes)") or 0) / 1024),
        "progress_lines": text.count("geomap: progress:"),
        "notes": [n for n in notes if "pieces" in n],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.5,1,2,6", help="megabytes of text, comma-separated")
    ap.add_argument("--no-punct", action="store_true", help="no sentence punctuation")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose geomap runs")
    ap.add_argument("--name", default="run")
    ap.add_argument("--commit", default="", help="the commit of --code when it is no checkout")
    args = ap.parse_args()
    code = args.code.resolve()
    if not (code / "data").exists() and code != ROOT:
        (code / "data").symlink_to(ROOT / "data")
    commit = subprocess.run(
        ["git", "-C", str(code), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    commit = args.commit or commit
    rows = []
    with tempfile.TemporaryDirectory(prefix="geomap-long-") as tmp:
        for mb in (float(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"long-{mb}.txt"
            path.write_text(one_line(mb, not args.no_punct), encoding="utf-8")
            row = {
                "mb": mb,
                "punct": not args.no_punct,
                **measure(code, path, Path(tmp) / f"out-{mb}"),
            }
            print(json.dumps(row), flush=True)
            rows.append(row)
    meta = {
        "code": str(code),
        "commit": commit or "(not a git checkout)",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join(sys.argv),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = RESULTS / f"long-article-{args.name}"
    stem.with_suffix(".json").write_text(json.dumps({**meta, "rows": rows}, indent=1) + "\n")
    lines = [
        f"# One long one-line article: `{meta['command']}`",
        "",
        f"Code: `{code}` ({meta['commit']}), {meta['date']}.",
        "",
        "| MB | punctuation | wall s | CPU s | peak RSS MB | progress lines | exit |",
        "|--:|---|--:|--:|--:|--:|--:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['mb']} | {'yes' if r['punct'] else 'no'} | {r['wall_s']} | {r['cpu_s']} "
            f"| {r['peak_rss_mb']} | {r['progress_lines']} | {r['exit']} |"
        )
    stem.with_suffix(".md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
