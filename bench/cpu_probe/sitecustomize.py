"""CPU probe of a ``geomap map`` run, process by process and stage by stage (perf42).

Put this folder first on ``PYTHONPATH`` and name a log file in ``GEOMAP_PROBE``:
every Python process of the run (the writing one and its spawned workers) then
appends JSON lines to it, each with its pid, the event, the wall time and the
process's CPU seconds (``getrusage``, user + system).  Spans (``name:start`` /
``name:end``): a worker's load, the pool, the writers' ``prepare`` and ``finish``
each, the run's drive and commit.  Sums (``acc`` events, written at exit): calls,
thread CPU and wall of each worker's batches, each writer's ``add``, the run
store's, language detection, the rule stage, each rule component (toponyms,
resolver, attribution), the mention and claim records, the results sent by a
worker, and the whole CPU of the pool's manager thread (results unpickled) and
queue feeder thread (tasks pickled).  A forked worker, which ends without
``atexit``, writes its sums from multiprocessing's finalizers.
``bench/cpu_timeline.py`` prints the log; ``bench/cpu_accounts.py`` tables it
by process and stage.  Without ``GEOMAP_PROBE`` nothing is done.

    GEOMAP_PROBE=/tmp/run.log PYTHONPATH=bench/cpu_probe:. \\
        .venv/bin/python -m geomap map corpus.jsonl -o /tmp/out -q -j 2
"""

from __future__ import annotations

import os
from typing import Any

LOG = os.environ.get("GEOMAP_PROBE")


def _install(log: str) -> None:
    import atexit
    import functools
    import importlib.abc
    import json
    import resource
    import sys
    import time
    from collections.abc import Callable, Sequence

    sums: dict[str, list[Any]] = {}

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    def emit(event: str, **fields: Any) -> None:
        rec = {"pid": os.getpid(), "ev": event, "wall": time.time(), "cpu": cpu(), **fields}
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(rec) + "\n")

    def summed(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(fn)
            def inner(*args: Any, **kwargs: Any) -> Any:
                t0, w0 = time.thread_time(), time.time()
                try:
                    return fn(*args, **kwargs)
                finally:
                    s = sums.setdefault(name, [0, 0.0, 0.0, w0, w0])
                    s[0] += 1
                    s[1] += time.thread_time() - t0
                    s[2] += time.time() - w0
                    s[4] = time.time()

            return inner

        return wrap

    def spanned(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(fn)
            def inner(*args: Any, **kwargs: Any) -> Any:
                emit(name + ":start", tcpu=time.thread_time())
                try:
                    return fn(*args, **kwargs)
                finally:
                    emit(name + ":end", tcpu=time.thread_time())

            return inner

        return wrap

    def dump_sums() -> None:
        emit("acc", acc=sums)

    dumped: list[bool] = []

    def dump_once() -> None:
        if not dumped:
            dumped.append(True)
            dump_sums()
            emit("exit")

    def threaded(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """A thread's whole CPU, summed under ``name`` when its function returns."""

        def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(fn)
            def inner(*args: Any, **kwargs: Any) -> Any:
                try:
                    return fn(*args, **kwargs)
                finally:
                    s = sums.setdefault(name, [0, 0.0, 0.0, time.time(), time.time()])
                    s[0] += 1
                    s[1] += time.thread_time()

            return inner

        return wrap

    def patch(name: str, mod: Any) -> None:
        if name == "geomap.worker":
            init = mod._init

            @functools.wraps(init)  # pickled by name: geomap.worker._init
            def _init(*args: Any, **kwargs: Any) -> None:
                # a forked worker ends with os._exit: atexit never runs there, the
                # finalizers multiprocessing runs at its end do
                import multiprocessing.util

                multiprocessing.util.Finalize(None, dump_once, exitpriority=100)
                init(*args, **kwargs)

            mod._init = spanned("worker_init")(_init)
            mod._parse = summed("worker_parse")(mod._parse)
            atexit.register(dump_once)
        elif name == "geomap.nlp.recognizer":
            mod.ToponymRecognizer.__call__ = summed("rule_toponyms")(mod.ToponymRecognizer.__call__)
        elif name == "geomap.nlp.resolver":
            mod.ToponymResolver.__call__ = summed("rule_resolver")(mod.ToponymResolver.__call__)
        elif name == "geomap.claims.attribution":
            mod.Attribution.__call__ = summed("rule_attribution")(mod.Attribution.__call__)
        elif name == "geomap.doc_mentions":
            mod.doc_mentions = summed("doc_mentions")(mod.doc_mentions)
        elif name == "geomap.batches":
            mod.article_result = summed("article_result")(mod.article_result)
        elif name == "concurrent.futures.process":
            mod._sendback_result = summed("send_result")(mod._sendback_result)
            manager = mod._ExecutorManagerThread
            manager.run = threaded("manager_thread")(manager.run)
            manager.wait_result_broken_or_wakeup = summed("result_recv")(
                manager.wait_result_broken_or_wakeup
            )
        elif name == "multiprocessing.queues":
            mod.Queue._feed = staticmethod(threaded("feeder_thread")(mod.Queue._feed))
        elif name == "geomap.sink":
            from geomap.io import WRITERS
            from geomap.runstore import RunStore

            mod.OutputSink.add = summed("sink_add")(mod.OutputSink.add)
            mod.OutputSink.finish = spanned("sink_finish")(mod.OutputSink.finish)
            for wname, cls in WRITERS.items():
                for method, how in (("finish", spanned), ("add", summed), ("prepare", spanned)):
                    if method in cls.__dict__:
                        setattr(cls, method, how(f"{method}_{wname}")(cls.__dict__[method]))
            RunStore.add = summed("add_store")(RunStore.add)
            RunStore.pair = spanned("pair")(RunStore.pair)
        elif name == "geomap.stages":
            mod.RuleStage.finish = summed("rules")(mod.RuleStage.finish)
        elif name == "geomap.language":
            mod.with_language = summed("language")(mod.with_language)
        elif name == "geomap.parallel":
            mod.WorkerPool.__init__ = spanned("pool_init")(mod.WorkerPool.__init__)
            mod.WorkerPool.close = spanned("pool_close")(mod.WorkerPool.close)
        elif name == "geomap.write":
            mod.finish_and_commit = spanned("finish_and_commit")(mod.finish_and_commit)
        elif name == "geomap.run":
            mod.drive = spanned("drive")(mod.drive)
        elif name == "geomap.cli.program":
            quick_exit = mod.quick_exit

            def exiting(code: object) -> None:
                dump_sums()
                r = resource.getrusage(resource.RUSAGE_CHILDREN)
                emit("main_exit", children=r.ru_utime + r.ru_stime)
                quick_exit(code)

            mod.quick_exit = exiting

    hooked = {
        "geomap.worker",
        "geomap.sink",
        "geomap.stages",
        "geomap.language",
        "geomap.parallel",
        "geomap.write",
        "geomap.run",
        "geomap.cli.program",
        "geomap.nlp.recognizer",
        "geomap.nlp.resolver",
        "geomap.claims.attribution",
        "geomap.doc_mentions",
        "geomap.batches",
        "concurrent.futures.process",
        "multiprocessing.queues",
    }

    class Finder(importlib.abc.MetaPathFinder):
        """Patch the hooked modules right after they are executed."""

        def find_spec(self, fullname: str, path: Sequence[str] | None, target: Any = None) -> Any:
            if fullname not in hooked:
                return None
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(fullname, path, target)
                if spec is not None:
                    break
            else:
                return None
            run = spec.loader.exec_module

            def exec_module(module: Any) -> None:
                run(module)
                patch(fullname, module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Finder())
    emit("start", argv=sys.argv[:3])


if LOG:
    _install(LOG)
