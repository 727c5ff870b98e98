"""A parsing process's side of the pool: what it loads once, its signals, its batches.

:class:`geomap.parallel.WorkerPool` starts these processes with :func:`_init` as
their initializer and sends them :func:`_parse` tasks; each builds its
:class:`~geomap.geoparser.Geoparser` (model and gazetteer) once and keeps it in
:data:`_WORKER`.
"""

from __future__ import annotations

import gc
import os
import signal
from typing import Any

from geomap.records import Article, ArticleResult, InputStatus
from geomap.settings import Settings
from geomap.stage_records import ModelRead

_WORKER: dict[str, Any] = {}
#: prctl(2)'s option that names the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


def _init(settings: Settings, parent: int, forked: bool = False) -> None:
    """Load the model and the gazetteer, once per worker process.

    A failure (a model not installed, a gazetteer missing) is kept and raised by
    the worker's first task, so that the run stops with that error; raised here,
    it would only break the pool.  ``parent`` is the pid of the pool's process:
    the worker dies with it (:func:`_die_with_parent`).
    """
    _worker_signals()  # first: the parent's handlers must not run here, even mid-import
    _die_with_parent(parent)
    from geomap.geoparser import Geoparser

    if forked:
        _fresh_after_fork()
    try:
        gp = Geoparser(settings)
        gp.nlp  # noqa: B018  (load the model and the gazetteer now, once per process)
    except Exception as exc:  # raised again by the first task (_geoparser)
        _WORKER["error"] = exc
        return
    _WORKER["gp"] = gp
    _settle()


def _settle() -> None:
    """Keep the garbage collector off what the worker loaded once (model, gazetteer).

    Every full collection would go through the model's objects again, all of them
    alive until the process ends: :func:`gc.freeze` leaves them out of every later
    collection.  A collection of the two young generations goes first, so the
    load's garbage is not kept: it frees what a full one does after loading the
    model (about 200 objects) in 7 ms instead of 44 (a cold start's whole budget).
    """
    gc.collect(1)
    gc.freeze()
    gc.enable()  # forked, it inherits its parent's collector, which OutputSink.prepare pauses


def _geoparser() -> Any:
    """The geoparser of this worker, or the error its initialisation raised."""
    if "error" in _WORKER:
        raise _WORKER["error"]
    return _WORKER["gp"]


def _worker_signals() -> None:
    """Leave stopping to the parent: default SIGTERM and SIGHUP, SIGINT ignored.

    Called first in every worker. A forked one would otherwise run the parent's
    handlers (which end *its* run), and Ctrl-C, which a terminal sends to every
    process of the job, raised KeyboardInterrupt in a worker still importing
    spaCy: "Exception in initializer" and a traceback under the one-line message.
    The parent stops its workers itself (:meth:`geomap.parallel.WorkerPool.terminate`,
    SIGTERM: a worker starts with the stopping signals blocked, unblocked here).
    """
    stopping = set()
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, signal.SIG_DFL)
            stopping.add(sig)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # started with them blocked (WorkerPool._submit)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, stopping)


def _fresh_after_fork() -> None:
    """Open anew the gazetteers the parent opened: an SQLite connection must not cross a fork."""
    from geomap.nlp import registry

    registry.forget_open_gazetteers()


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when ``parent``, its parent, dies (Linux).

    Were the parent killed (SIGKILL, out of memory), a worker would block for ever
    on a pipe nobody reads, keeping its model's memory; a forked one also holds
    copies of the parent's descriptors, the output folder's lock among them, and
    every later run into that folder would stop with "another geomap run is writing".
    """
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux's C library: nothing to ask
        return
    if os.getppid() != parent:  # the parent died before the request
        os._exit(1)


def _parse(
    articles: list[Article], model_only: bool = False
) -> list[ArticleResult | InputStatus | ModelRead]:
    """Parse a batch whose languages the pool's process found.

    Sent by :meth:`geomap.parallel.WorkerPool.parse`.

    With ``model_only``, English articles stop after the model (:mod:`geomap.stages`),
    if the worker's main pipeline is English (the rules finish them over a blank "en").
    """
    from geomap.batches import model_batch, parse_batch

    gp = _geoparser()
    if model_only and gp.nlp.lang == "en":
        return model_batch(gp, articles)
    return list(parse_batch(gp, articles, languages_found=True))


def _ready() -> None:
    """Nothing: the task that makes the pool start a process (:class:`geomap.parallel.WorkerPool`).

    A worker whose load failed raises its error with its first batch, not here.
    """


def _info() -> tuple[dict[str, str], dict[str, Any]]:
    gp = _geoparser()
    gz = gp.gazetteer()
    return gp.model_info(), (dict(gz.info) if gz is not None else {})
