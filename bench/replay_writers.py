"""CPU of the writing process's writers on a parse saved once: add, pairing, finish (perf42).

``parse`` geoparses a JSON Lines corpus once, in this process, and pickles what
the writers are handed (``(ArticleResult or status, article)`` in input order);
``replay`` feeds that to an :class:`geomap.sink.OutputSink` with every default
writer and prints its CPU seconds (``time.process_time``: all of the process's
threads): ``add`` (every article), ``pair`` (the run store's comparison alone)
and ``finish`` (pairing included).  Run ``replay`` with each tree's geomap on the
same pickle, alternating, and compare the output folders
(``bench/compare_outputs.py``).

    PYTHONPATH=. .venv/bin/python bench/replay_writers.py parse corpus.jsonl /tmp/parsed.pkl
    PYTHONPATH=/tmp/base .venv/bin/python bench/replay_writers.py replay /tmp/parsed.pkl /tmp/o1
    PYTHONPATH=. .venv/bin/python bench/replay_writers.py replay /tmp/parsed.pkl /tmp/o2

The corpus of ``bench/bench_scale.py`` (``write_corpus``) is the one used in
``bench/results/perf42-summary.md``.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path


def parse(corpus: Path, out: Path) -> None:
    """Geoparse ``corpus`` here and pickle the stream the writers are handed."""
    from geomap.batches import parse_stream
    from geomap.geoparser import Geoparser
    from geomap.io.readers import read_inputs
    from geomap.settings import Settings

    gp = Geoparser(Settings.from_env())
    stream = list(parse_stream(gp, list(read_inputs([corpus]))))
    with out.open("wb") as fh:
        pickle.dump(stream, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(stream)} items pickled to {out}")


def replay(parsed: Path, keep: Path | None) -> None:
    """Write every default output of the pickled stream; print the CPU of each part."""
    from geomap.gazetteer import Gazetteer
    from geomap.io import DEFAULT_FORMATS, WriteOptions
    from geomap.run import drive
    from geomap.settings import Settings
    from geomap.sink import OutputSink

    with parsed.open("rb") as fh:
        stream = pickle.load(fh)  # a file this script wrote
    settings = Settings.from_env()
    gazetteer = Gazetteer.open(settings.gazetteer)
    folder = Path(tempfile.mkdtemp(prefix="geomap-replay-"))
    sink = OutputSink(folder, WriteOptions(), DEFAULT_FORMATS)
    sink.prepare(gazetteer)
    sink._prepared()  # the imports, not timed
    t0 = time.process_time()
    result = drive(stream, settings=settings, model={}, gazetteer=gazetteer, keep=False, sink=sink)
    t1 = time.process_time()
    sink.store.pair()
    t2 = time.process_time()
    sink.finish(replace(result, totals=sink.store.totals()), gazetteer)
    t3 = time.process_time()
    print(f"add {t1 - t0:.3f} pair {t2 - t1:.3f} finish {t3 - t1:.3f} (pair included)")
    if keep is not None:
        shutil.rmtree(keep, ignore_errors=True)
        shutil.move(str(folder), keep)
    else:
        shutil.rmtree(folder)


def main() -> None:
    """``parse`` or ``replay``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse")
    p.add_argument("corpus", type=Path)
    p.add_argument("out", type=Path)
    r = sub.add_parser("replay")
    r.add_argument("parsed", type=Path)
    r.add_argument("keep", type=Path, nargs="?", help="keep the outputs in this folder")
    args = ap.parse_args()
    if args.command == "parse":
        parse(args.corpus, args.out)
    else:
        replay(args.parsed, args.keep)


if __name__ == "__main__":
    main()
