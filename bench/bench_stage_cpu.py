"""CPU seconds per 1,000 articles outside the spaCy model: rules, traffic, the writing process.

``2 workers vs 1 worker`` is about ``2 m / (m + r + w)``: the model's CPU ``m``
(in the workers either way), geomap's rule components ``r`` (beside the writers
with one worker, in the workers with two) and the writing process's own ``w``
(reading, language detection, the records' unpickling, the writers).  This
benchmark measures the parts of ``r`` and ``w`` in one process with
``time.process_time`` (CPU, not wall time: it may run on a busy machine), over
the real news texts :mod:`bench_scale` uses (the gold corpora, cycled):

- ``read``: reading the JSON Lines corpus (:func:`geomap.io.readers.read_inputs`);
- ``language``: :func:`geomap.language.with_language` per article;
- ``model`` (for the ratio only): the model's components (:func:`model_batch`);
- ``modelread_pickle``: pickling and unpickling the :class:`ModelRead` batches
  (one worker: worker to writer);
- ``rules``: :class:`geomap.stages.RuleStage` finishing them (docs restored from
  bytes, rule components, records); ``restore``: restoring the docs alone (two
  workers run the rules on the model's own docs: ``r`` is ``rules - restore``);
- ``result_pickle``: pickling and unpickling the :class:`ArticleResult` batches
  (two workers: worker to writer);
- ``write``: :class:`geomap.sink.OutputSink` (every default writer, then finish);
  the writers' imports (:meth:`OutputSink.prepare`) are timed apart, once.

The model is run once; the other stages ``--rounds`` times, interleaved, and
the median of each is reported.

    .venv/bin/python bench/bench_stage_cpu.py --articles 300 --rounds 3
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import texts, write_corpus


def cpu(fn: Callable[[], Any]) -> tuple[float, Any]:
    """``fn()``'s CPU seconds in this process and its value."""
    t0 = time.process_time()
    value = fn()
    return time.process_time() - t0, value


def main() -> None:
    """Measure each stage and print CPU seconds per 1,000 articles."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from geomap.batches import BATCH_CHARS, batches, model_batch
    from geomap.geoparser import Geoparser
    from geomap.io import DEFAULT_FORMATS, WriteOptions
    from geomap.io.readers import read_inputs
    from geomap.language import _identifier, with_language
    from geomap.records import Article
    from geomap.run import drive
    from geomap.settings import Settings
    from geomap.sink import OutputSink
    from geomap.stage_records import ModelRead
    from geomap.stages import RuleStage

    settings = Settings.from_env()
    tmp = Path(tempfile.mkdtemp(prefix="geomap-stage-cpu-"))
    corpus = tmp / "corpus.jsonl"
    write_corpus(corpus, args.articles, texts())
    _identifier()
    gp = Geoparser(settings)
    gp.nlp  # noqa: B018  (loaded before any timing)
    gazetteer = gp.gazetteer()
    rules = RuleStage(settings)

    def read() -> list[Any]:
        return list(read_inputs([corpus]))

    _, items = cpu(read)
    articles = [with_language(i, settings.language) for i in items if isinstance(i, Article)]
    groups = [
        [a for a in b if isinstance(a, Article)]
        for b in batches(articles, max(1, settings.batch_size * 2), BATCH_CHARS)
    ]
    model_s, reads = cpu(lambda: [model_batch(gp, g) for g in groups])
    rules.finish(groups[0], reads[0])  # the first batch's words stay (warm)

    def language() -> None:
        for a in items:
            with_language(a, settings.language)

    def modelread_pickle() -> None:
        for r in reads:
            pickle.loads(pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL))

    def finish() -> list[Any]:
        return [rules.finish(g, r) for g, r in zip(groups, reads, strict=True)]

    results = finish()

    def restore() -> None:
        from spacy.tokens import Doc

        for batch in reads:
            with rules.nlp.memory_zone():
                for item in batch:
                    if isinstance(item, ModelRead):
                        for piece in item.pieces:
                            Doc(rules.nlp.vocab).from_bytes(piece.doc)

    def result_pickle() -> None:
        for r in results:
            pickle.loads(pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL))

    def prepare() -> None:
        folder = tmp / "imports"
        folder.mkdir()
        sink = OutputSink(folder, WriteOptions(), DEFAULT_FORMATS)
        sink.prepare(gazetteer)
        sink._prepared()
        sink.close()

    imports_s, _ = cpu(prepare)  # the writers' imports: once per run, not per article

    def write(n: int) -> None:
        folder = tmp / f"out{n}"
        folder.mkdir()
        sink = OutputSink(folder, WriteOptions(), DEFAULT_FORMATS)
        sink.prepare(gazetteer)
        sink._prepared()
        flat = [
            (r, a)
            for g, rs in zip(groups, results, strict=True)
            for r, a in zip(rs, g, strict=True)
        ]
        result = drive(
            flat, settings=settings, model={}, gazetteer=gazetteer, keep=False, sink=sink
        )
        sink.finish(result, gazetteer)

    stages: dict[str, list[float]] = {
        "read": [],
        "language": [],
        "modelread_pickle": [],
        "rules": [],
        "restore": [],
        "result_pickle": [],
        "write": [],
    }
    for n in range(args.rounds):
        stages["read"].append(cpu(read)[0])
        stages["language"].append(cpu(language)[0])
        stages["modelread_pickle"].append(cpu(modelread_pickle)[0])
        stages["rules"].append(cpu(finish)[0])
        stages["restore"].append(cpu(restore)[0])
        stages["result_pickle"].append(cpu(result_pickle)[0])
        stages["write"].append(cpu(lambda n=n: write(n))[0])
    shutil.rmtree(tmp, ignore_errors=True)
    per = 1000 / args.articles
    med = {k: statistics.median(v) * per for k, v in stages.items()}
    print(f"articles {args.articles}, rounds {args.rounds}; CPU s per 1,000 articles (median)")
    print(f"model (once) {model_s * per:.2f}")
    for k, v in med.items():
        runs = ", ".join(f"{x * per:.2f}" for x in stages[k])
        print(f"{k:18} {v:6.2f}   ({runs})")
    size_mr = sum(len(pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)) for r in reads)
    size_res = sum(len(pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)) for r in results)
    print(
        f"pickled bytes per article: ModelRead {size_mr / args.articles:.0f}, "
        f"ArticleResult {size_res / args.articles:.0f}"
    )
    print(f"writers' imports, once per run: {imports_s:.2f} s")
    m = model_s * per
    r = med["rules"] - med["restore"]  # two workers: the rules run on the model's own docs
    w = med["read"] + med["language"] + med["result_pickle"] + med["write"]
    print(f"two workers, per 1,000 articles: m {m:.2f}, r {r:.2f}, w {w:.2f} (+ imports)")
    print(f"expected 2 workers vs 1: 2m/(m+r+w) = {2 * m / (m + r + w):.3f}")


if __name__ == "__main__":
    main()
