"""Every core: articles parsed by a pool of worker processes, results kept in input order.

Each worker process builds its :class:`~geomap.geoparser.Geoparser` (model and
gazetteer) once, then parses batches of articles into
:class:`~geomap.records.ArticleResult` records, which travel back small (no
spaCy docs).  The main process reads the inputs, feeds the pool a bounded
number of batches ahead, and hands results on in input order, so the outputs
are identical to one worker's.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from geomap.errors import WorkerError
from geomap.processes import signals_blocked, spawn_context
from geomap.records import Article, ArticleResult, InputStatus
from geomap.sanitize import quoted
from geomap.settings import Settings
from geomap.stage_records import Reused
from geomap.worker import _info, _init, _parse, _ready

if TYPE_CHECKING:
    from geomap.stages import RuleStage

log = logging.getLogger(__name__)

#: Batches queued per worker ahead of the one being parsed.
AHEAD = 2
#: Batches a worker process parses before a fresh one replaces it (it reloads the
#: model and gazetteer, a few seconds per this many batches), so that a long run's
#: memory does not creep with what the allocator keeps (the caches are bounded: a
#: few MB).  Batches hold at most :data:`geomap.batches.BATCH_CHARS` characters: 100
#: of them are about 1,600 news articles.
RECYCLE_AFTER = 100


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
            raise ValueError(f"--workers must be a number or 'auto', not {quoted(value)}") from None
    if value < 0:
        raise ValueError(f"--workers must be at least 1 (or 'auto'), not {value}")
    return available_cores() if value == 0 else value


def worker_limit() -> int:
    """The most parsing processes worth starting: the cores, and never fewer than two.

    Each process holds its own model and gazetteer (~400 MB) and parsing is
    CPU-bound, so processes beyond the cores only cost memory (``--workers 999``
    would start 999 of them).
    """
    return max(2, available_cores())


def available_cores() -> int:
    """The CPU cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def fork_safe() -> bool:
    """Whether this process may fork a parsing process now.

    Only on Linux, and only while this process runs a single thread: a fork copies
    every lock as it stands, so one held by another thread (an import, a logger)
    would never be released in the child.
    """
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


class WorkerPool:
    """A pool of geoparsing processes.

    Parameters
    ----------
    settings
        What each worker loads.
    workers
        Number of processes.
    fork
        Fork the workers from this process (Linux, only when :func:`fork_safe`)
        instead of starting fresh interpreters: they start at once, without
        importing geomap again, but are not recycled (:data:`RECYCLE_AFTER`).
    stages
        The workers run only the model; geomap's rules finish each article in
        this process (:mod:`geomap.stages`), beside the writers.

    The workers start, and load the model, as soon as the pool is made: all of
    them at once (a pool of spawned processes starts one per task it is given
    while none is idle, so each is given a first task, :func:`geomap.worker._ready`).
    Otherwise the second process started only with the first batch, once the
    first had loaded, while a core was free.
    """

    def __init__(
        self, settings: Settings, workers: int, *, fork: bool = False, stages: bool = False
    ) -> None:
        self.settings = settings
        self.workers = min(workers, worker_limit())
        self._stages = stages
        self._rules: RuleStage | None = None
        try:
            # made whole before a signal stops the run: Ctrl-C while its queues' semaphores
            # were made left one registered and never cleaned up ("leaked semaphore")
            with signals_blocked():
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("fork") if fork else spawn_context(),
                    initializer=_init,
                    initargs=(settings, os.getpid(), fork),
                    max_tasks_per_child=None if fork else RECYCLE_AFTER,
                )
                self._info = self._pool.submit(_info)
                for _ in range(self.workers - 1):  # every process starts loading now
                    self._pool.submit(_ready)
        except BaseException:  # the signal, delivered as the block ends
            if hasattr(self, "_pool"):
                self.terminate()
            raise

    def info(self) -> tuple[dict[str, str], dict[str, Any]]:
        """Model and gazetteer info, from a worker (the main process loads neither)."""
        return _result(self._info)

    def _start_rules(self) -> None:
        """Build the rules that finish the workers' articles here (a pool with two stages).

        Called once the pool has a full queue, while it waits for the workers: a
        short run (the seeds) never builds them and parses as before.  If they
        cannot be built, the workers go on parsing whole articles.
        """
        if not self._stages or self._rules is not None:
            return
        from geomap.stages import RuleStage

        try:
            self._rules = RuleStage(self.settings)
        except Exception:  # the workers, which built the same, parse through
            log.debug("geomap's rules could not be built in this process", exc_info=True)
            self._stages = False

    def parse(
        self, batches: Iterable[list[Article | InputStatus | Reused]]
    ) -> Iterator[tuple[ArticleResult | InputStatus | Reused, Article | None]]:
        """Yield ``(result or status, article)`` for every item of every batch, in order.

        Each article's language is found here, in the process that reads, while
        the workers parse (:func:`geomap.language.with_language`, as
        :func:`geomap.batches.parse_batch` would).
        """
        from geomap.language import with_language

        given = self.settings.language
        pending: deque[Pending] = deque()
        limit = self.workers * (AHEAD + 1)
        for batch in batches:
            articles = [with_language(i, given) for i in batch if isinstance(i, Article)]
            model_only = self._rules is not None
            future = self._submit(_parse, articles, model_only) if articles else None
            pending.append((batch, articles, future))
            if len(pending) >= limit:
                self._start_rules()
            while len(pending) >= limit:
                yield from _drain(pending.popleft(), self._rules)
        while pending:
            yield from _drain(pending.popleft(), self._rules)

    def close(self) -> None:
        """Stop the workers, once they are done; stopped now if this is interrupted.

        Ctrl-C or a signal while waiting for them (the run's last articles are
        written meanwhile) stops them at once (:meth:`terminate`), as it would
        during the run.
        """
        try:
            self._pool.shutdown(wait=True, cancel_futures=True)
        except BaseException:
            self.terminate()
            raise

    def terminate(self) -> None:
        """Stop the workers now, without waiting for the batches they are parsing."""
        # concurrent.futures has no public way to do this before Python 3.14
        # (ProcessPoolExecutor.terminate_workers); its process table is the way.
        processes = dict(getattr(self._pool, "_processes", None) or {})
        # The pool's manager thread (not a daemon) sees its processes gone and ends;
        # while it ran, the program's exit waited for it through Python's teardown.
        # As it ends it frees the pool's queues, whose semaphores are unregistered from
        # multiprocessing's resource tracker: cut short by the exit, one was unlinked
        # but never unregistered ("leaked semaphore").  The pool forgets both threads
        # on shutdown: taken first.
        threads = [
            getattr(self._pool, "_executor_manager_thread", None),
            getattr(getattr(self._pool, "_call_queue", None), "_thread", None),  # its feeder
        ]
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            process.join(5)
        for thread in threads:
            if isinstance(thread, threading.Thread) and thread is not threading.current_thread():
                thread.join(5)

    def _submit(self, fn: Any, *args: Any) -> Future[Any]:
        """Submit a task, with Ctrl-C and the stopping signals held back meanwhile.

        The pool starts (or replaces) a process on a submit, and its manager thread,
        started by the first, replaces the recycled ones.  A terminal sends Ctrl-C to
        every process of the job: one still starting (before :func:`geomap.worker._init`
        ignores SIGINT) died with a traceback under the run's one-line message.  With
        the signals blocked in the thread that starts it, a new process starts with
        them blocked (the manager thread, made in the first submit, keeps them
        blocked; a worker unblocks SIGTERM and SIGHUP, its way to be stopped); here,
        a signal is delivered when the submit returns.
        """
        with signals_blocked():
            return self._pool.submit(fn, *args)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()


#: A batch sent to the pool: its items, its articles (languages found) and their future.
Pending = tuple[list[Article | InputStatus | Reused], list[Article], "Future[Any] | None"]


def _drain(
    entry: Pending, rules: RuleStage | None = None
) -> Iterator[tuple[ArticleResult | InputStatus | Reused, Article | None]]:
    """A batch's results in input order, finished by ``rules`` where the workers left them."""
    from geomap.batches import merge_batch

    batch, articles, future = entry
    results = _result(future) if future is not None else []
    if rules is not None:
        results = rules.finish(articles, results)
    return merge_batch(batch, results)


def _result(future: Future[Any]) -> Any:
    """A task's result; a worker that died (killed, out of memory) is a :class:`WorkerError`."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a parsing process ended abruptly (killed, perhaps for lack of memory); "
            "nothing was written"
        ) from exc
