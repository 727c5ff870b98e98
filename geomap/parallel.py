"""Every core: articles parsed by a pool of worker processes, results kept in input order.

Each worker process builds its :class:`~geomap.geoparser.Geoparser` (model and
gazetteer) once, then parses batches of articles into
:class:`~geomap.records.ArticleResult` records, which travel back small (no
spaCy docs).  The main process reads the inputs, feeds the pool a bounded
number of batches ahead, and hands results on in input order, so the outputs
are identical to one worker's.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from geomap.records import Article, ArticleResult, InputStatus
from geomap.settings import Settings

_WORKER: dict[str, Any] = {}
#: Batches queued per worker ahead of the one being parsed.
AHEAD = 2
#: Batches a worker process parses before a fresh one replaces it (it reloads the
#: model and gazetteer, a few seconds per this many batches), so that a long run's
#: memory does not creep with what the caches and the allocator keep.
RECYCLE_AFTER = 50


def resolve_workers(value: int | str | None) -> int:
    """``"auto"`` (or 0) -> the cores this process may use; a number -> itself (at least 1).

    Raises
    ------
    ValueError
        For anything else.
    """
    if value is None:
        return 1
    if isinstance(value, str):
        if value.strip().lower() == "auto":
            return available_cores()
        try:
            value = int(value)
        except ValueError:
            raise ValueError(f"--workers must be a number or 'auto', not {value!r}") from None
    if value < 0:
        raise ValueError(f"--workers must be at least 1 (or 'auto'), not {value}")
    return available_cores() if value == 0 else value


def available_cores() -> int:
    """The CPU cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _init(settings: Settings) -> None:
    from geomap.geoparser import Geoparser

    gp = Geoparser(settings)
    gp.nlp  # noqa: B018  (load the model and the gazetteer now, once per process)
    _WORKER["gp"] = gp


def _parse(articles: list[Article]) -> list[ArticleResult | InputStatus]:
    from geomap.batches import parse_batch

    return parse_batch(_WORKER["gp"], articles)


def _info() -> tuple[dict[str, str], dict[str, Any]]:
    gp = _WORKER["gp"]
    gz = gp.gazetteer()
    return gp.model_info(), (dict(gz.info) if gz is not None else {})


class WorkerPool:
    """A pool of geoparsing processes.

    Parameters
    ----------
    settings
        What each worker loads.
    workers
        Number of processes.
    """

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init,
            initargs=(settings,),
            max_tasks_per_child=RECYCLE_AFTER,
        )

    def info(self) -> tuple[dict[str, str], dict[str, Any]]:
        """Model and gazetteer info, from a worker (the main process loads neither)."""
        return self._pool.submit(_info).result()

    def parse(
        self, batches: Iterable[list[Article | InputStatus]]
    ) -> Iterator[tuple[ArticleResult | InputStatus, Article | None]]:
        """Yield ``(result or status, article)`` for every item of every batch, in order."""
        pending: deque[tuple[list[Article | InputStatus], Future[Any] | None]] = deque()
        limit = self.workers * (AHEAD + 1)
        for batch in batches:
            articles = [i for i in batch if isinstance(i, Article)]
            pending.append((batch, self._pool.submit(_parse, articles) if articles else None))
            while len(pending) >= limit:
                yield from _drain(pending.popleft())
        while pending:
            yield from _drain(pending.popleft())

    def close(self) -> None:
        """Stop the workers."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Stop the workers now, without waiting for the batches they are parsing."""
        # concurrent.futures has no public way to do this before Python 3.14
        # (ProcessPoolExecutor.terminate_workers); its process table is the way.
        processes = dict(getattr(self._pool, "_processes", None) or {})
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            process.join(5)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()


def _drain(
    entry: tuple[list[Article | InputStatus], Future[Any] | None],
) -> Iterator[tuple[ArticleResult | InputStatus, Article | None]]:
    from geomap.batches import merge_batch

    batch, future = entry
    return merge_batch(batch, future.result() if future is not None else ())
