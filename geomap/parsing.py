"""How a run parses its articles: here, in a forked process, a worker pool, or on Dask.

:func:`parser_for` gives :mod:`geomap.run` a parse function (articles in,
``(result or status, article)`` out, in input order), the model's info and the
gazetteer the parsing used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.batches import BATCH_CHARS, Item, Parsed, batches, parse_stream
from geomap.records import Article
from geomap.settings import Settings
from geomap.stage_records import Reused

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.geoparser import Geoparser
    from geomap.sink import OutputSink

ParseFn = Callable[[Iterable[Item]], Iterator[tuple[Parsed | Reused, Article | None]]]


@contextmanager
def parser_for(
    settings: Settings,
    geoparser: Geoparser | None,
    parts: Path | None = None,
    sink: OutputSink | None = None,
) -> Iterator[tuple[ParseFn, dict[str, str], Gazetteer | None]]:
    """How the run parses: here, in worker processes, or on a Dask cluster.

    A run that writes files with one worker parses in one forked process while
    this one reads the inputs and writes (:func:`geomap.parallel.fork_safe`):
    the writers' imports overlap the model's load, and writing overlaps parsing.
    The records are the same as when parsing here.
    """
    from geomap.parallel import WorkerPool, fork_safe

    if settings.dask:
        from geomap.distributed import DaskRunner

        if parts is None:
            raise ValueError("a Dask run needs a parts folder")
        with DaskRunner(settings, parts) as runner:
            model, info = runner.info()
            yield runner.parse, model, open_gazetteer(info)
        return
    beside = (
        settings.parse_beside
        and geoparser is None
        and settings.workers <= 1
        and sink is not None
        and fork_safe()
    )
    if geoparser is not None or (settings.workers <= 1 and not beside):
        from geomap.geoparser import Geoparser

        if geoparser is None:
            from geomap.language import preload_detector

            preload_detector()  # lzma releases the GIL: overlaps loading spaCy
        gp = geoparser or Geoparser(settings)
        model = gp.model_info()
        yield (lambda items: parse_stream(gp, items)), model, gp.gazetteer()
        return
    with WorkerPool(settings, settings.workers, fork=beside, stages=beside) as pool:
        # the pool's processes are started: this one may run threads now
        from geomap.language import preload_detector

        preload_detector()  # the languages are found here (WorkerPool.parse)
        expected = _expected_gazetteer(settings) if sink is not None else None
        if sink is not None:
            sink.prepare(expected)
        model, info = pool.info()
        size = max(1, settings.batch_size * 2)
        used = expected if expected is not None and str(expected.path) == info.get("path") else None
        yield (
            (lambda items: pool.parse(batches(items, size, BATCH_CHARS))),
            model,
            used or open_gazetteer(info),
        )


def _expected_gazetteer(settings: Settings) -> Gazetteer | None:
    """The gazetteer the workers will most likely use (the settings'), or ``None``.

    Only for the writers to prepare with while the workers load; the run's report
    names the one the workers say they opened.  An unreadable one is left to them.
    """
    from geomap.errors import GazetteerError
    from geomap.gazetteer import Gazetteer

    try:
        return Gazetteer.open(settings.gazetteer)
    except GazetteerError:
        return None


def open_gazetteer(info: dict[str, Any]) -> Gazetteer | None:
    """The gazetteer that workers use, opened here by its path (for the map's shapes)."""
    from geomap.gazetteer import Gazetteer

    path = info.get("path")
    return Gazetteer.open(path) if path else None
