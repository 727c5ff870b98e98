"""CPU seconds of whole ``geomap map`` runs (the process and its workers), tree against tree.

Wall time on a shared machine says little; the CPU a run takes, summed over the
process that writes and its parsing processes (``RUSAGE_CHILDREN`` once each run
is waited for), does.  With two workers on two cores a run takes about its CPU
over two, so every CPU second saved outside the model shortens it by about half
a second.  Runs of the trees alternate, round after round; their outputs are
compared file for file (:mod:`compare_outputs`) after each round.

    .venv/bin/python bench/run_cpu.py --trees /tmp/base . --articles 1000 --workers 2 --rounds 2

Each tree is a checkout of geomap (its ``geomap/`` and ``data/``); the corpus is
:mod:`bench_scale`'s (the gold corpora's texts, cycled).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import texts, write_corpus
from compare_outputs import differences


def run_cpu(tree: Path, corpus: Path, out: Path, workers: str) -> float:
    """CPU seconds (user + system) of one ``geomap map`` run of ``tree``, workers included."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "geomap", "map", str(corpus), "-o", str(out), "-q", "-j", workers],
        env=env,
        cwd=tree,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    """Run the trees in turn and print each run's CPU seconds and the medians."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--trees", nargs="+", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, help="a JSON Lines corpus (default: built)")
    ap.add_argument("--workers", default="2")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="geomap-run-cpu-"))
    corpus = args.corpus
    if corpus is None:
        corpus = tmp / "corpus.jsonl"
        write_corpus(corpus, args.articles, texts())
    trees = [t.resolve() for t in args.trees]
    cpu: dict[Path, list[float]] = {t: [] for t in trees}
    try:
        for n in range(args.rounds):
            outs = []
            for i, tree in enumerate(trees):
                out = tmp / f"out{i}"
                shutil.rmtree(out, ignore_errors=True)
                cpu[tree].append(run_cpu(tree, corpus, out, args.workers))
                outs.append(out)
                print(f"round {n + 1} {tree}: {cpu[tree][-1]:.2f} s CPU", flush=True)
            for out in outs[1:]:
                found = differences(outs[0], out)
                print(f"round {n + 1} outputs: {found or 'identical'}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for tree, runs in cpu.items():
        each = ", ".join(f"{r:.2f}" for r in runs)
        print(f"{tree}: median {statistics.median(runs):.2f} s CPU ({each})")


if __name__ == "__main__":
    main()
