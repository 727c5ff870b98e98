"""Past one machine: Dask.  Partitions geoparsed on the workers, kept as GeoParquet parts.

``geomap map ... --dask local`` starts a :class:`dask.distributed.LocalCluster`;
``--dask tcp://HOST:PORT`` uses a running scheduler (its workers must see the
parts folder: a shared file system).  The main process reads the inputs and
cuts them into partitions of :data:`PARTITION` articles; each worker process
loads the model and gazetteer once, geoparses a partition and writes it as
``part-NNNNNN.parquet`` (GeoParquet: one row per mention,
:func:`geomap.mention_rows.mention_row`) and ``part-NNNNNN.json`` (the statuses,
written last: it marks the part done).  The parts are then read back in order
and merged into the same writers a local run uses, so the outputs are those of
a local run.  A run that is cut off resumes where it stopped: parts already
done are read, not redone, when the inputs (every file's path, size and
modification time) and settings are the same (``run.json`` in the parts folder;
standard input is never resumed).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from geomap.claims.collect import claims_from_mentions
from geomap.errors import WorkerError
from geomap.mention_rows import mention_from_row, mention_row
from geomap.records import Article, ArticleResult, InputStatus, Mention
from geomap.serialize import status_from_record, status_record
from geomap.settings import Settings
from geomap.stage_records import Reused

#: Articles per partition (one Dask task, one part file).
PARTITION = 200
_WORKER: dict[str, Any] = {}

Item = Article | InputStatus | Reused
Parsed = ArticleResult | InputStatus


def client_for(spec: str) -> Any:
    """A Dask client: ``"local"`` starts a LocalCluster (one process per core)."""
    from dask.distributed import Client, LocalCluster

    from geomap.parallel import available_cores

    if spec == "local":
        with _sigint_ignored():
            cluster = LocalCluster(
                n_workers=available_cores(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # the scheduler's HTTP routes still listen, by default on 8787: another
                # cluster there printed Dask's raw "Port 8787 is already in use"
                # warning (user73a); any free port, no dashboard
                scheduler_kwargs={"dashboard_address": ":0"},
                silence_logs=logging.ERROR,  # no "Worker process still alive ..." on a normal end
            )
        return Client(cluster)
    try:
        return Client(spec)
    except OSError as exc:  # a timeout or a refused connection: no output was at fault
        raise WorkerError(f"--dask {spec}: no Dask scheduler answered there ({exc})") from exc


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while the LocalCluster starts its worker processes, which inherit that.

    Ctrl-C reaches every process of the terminal's job: a Dask worker process that
    obeyed it printed two tracebacks (the nanny's CancelledError, then
    KeyboardInterrupt) above the run's one line.  Ignoring it, a worker is stopped
    by this process, which closes the cluster (a spawned Python keeps SIGINT
    ignored, and asyncio then installs no handler of its own).  A Ctrl-C while the
    workers start is lost; one after that stops the run.  Only the main thread may
    set a handler: elsewhere nothing is changed.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def _geoparser(settings: Settings) -> Any:
    """The worker process's geoparser, built once per settings."""
    key = json.dumps(asdict(settings), sort_keys=True)
    if key not in _WORKER:
        from geomap.geoparser import Geoparser

        _WORKER.clear()
        _WORKER[key] = Geoparser(replace(settings, workers=1, dask=None))
    return _WORKER[key]


def worker_info(settings: Settings) -> tuple[dict[str, str], dict[str, Any]]:
    """Model and gazetteer info, computed on a worker."""
    gp = _geoparser(settings)
    gz = gp.gazetteer()
    return gp.model_info(), (dict(gz.info) if gz is not None else {})


def process_partition(index: int, articles: list[Article], settings: Settings, parts: str) -> str:
    """Geoparse one partition on a worker and write its two part files; return the JSON path."""
    from geomap.batches import parse_batch

    gp = _geoparser(settings)
    size = max(1, settings.batch_size * 2)
    parsed: list[Parsed] = []
    for lo in range(0, len(articles), size):
        parsed.extend(parse_batch(gp, articles[lo : lo + size]))
    return write_part(Path(parts), index, parsed)


def write_part(parts: Path, index: int, parsed: Sequence[Parsed]) -> str:
    """Write a partition's mentions (GeoParquet) and statuses (JSON, last)."""
    import geopandas as gpd
    from shapely.geometry import Point

    rows = [
        mention_row(m) for item in parsed if isinstance(item, ArticleResult) for m in item.mentions
    ]
    stem = parts / f"part-{index:06d}"
    if rows:
        geometry = [Point(r["lon"], r["lat"]) if r["lon"] is not None else None for r in rows]
        frame = gpd.GeoDataFrame(rows, geometry=geometry, crs="EPSG:4326")
        tmp = stem.with_suffix(".parquet.tmp")
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, stem.with_suffix(".parquet"))
    entries = [
        {
            "status": status_record(item.status if isinstance(item, ArticleResult) else item),
            "metadata": item.metadata if isinstance(item, ArticleResult) else {},
            "text": item.text if isinstance(item, ArticleResult) else "",
        }
        for item in parsed
    ]
    tmp = stem.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"entries": entries}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, stem.with_suffix(".json"))
    return str(stem.with_suffix(".json"))


def read_part(parts: Path, index: int) -> list[Parsed]:
    """Read a partition back as the records its articles gave (claims derived from mentions)."""
    import pandas as pd

    stem = parts / f"part-{index:06d}"
    entries = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))["entries"]
    by_article: dict[str, list[Mention]] = {}
    if stem.with_suffix(".parquet").exists():
        frame = pd.read_parquet(stem.with_suffix(".parquet")).drop(columns="geometry")
        for row in frame.to_dict("records"):
            m = mention_from_row(row)
            by_article.setdefault(m.article_id, []).append(m)
    out: list[Parsed] = []
    for entry in entries:
        status = status_from_record(entry["status"])
        if status.status != "ok":
            out.append(status)
            continue
        mentions = tuple(by_article.get(status.article_id or "", ()))
        claims = tuple(claims_from_mentions(mentions))
        meta = dict(entry["metadata"])
        out.append(ArticleResult(status, mentions, claims, meta, str(entry.get("text", ""))))
    return out


def run_fingerprint(inputs: Sequence[Path | str], settings: Settings) -> dict[str, Any]:
    """What makes the parts of an interrupted run reusable: the same inputs and settings.

    The inputs are every file given or found in a folder given (hidden ones aside, as
    the readers skip them), each with its size and modification time: a file edited,
    added or removed since makes the parts another run's.  Standard input (``-``)
    cannot be compared: a run reading it never resumes.
    """
    import uuid

    import geomap

    kept = {k: v for k, v in asdict(settings).items() if k not in ("workers", "dask", "progress_s")}
    files: list[list[object]] = []
    for given in inputs:
        if str(given) == "-":
            files.append(["-", uuid.uuid4().hex])  # never the same twice
            continue
        path = Path(given).resolve()
        found = [path]
        if path.is_dir():  # hidden ones are never read (nor the staging and parts folders)
            found = []
            for root, folders, names in os.walk(path):
                folders[:] = [f for f in folders if not f.startswith(".")]
                found += [Path(root, n) for n in names if not n.startswith(".")]
            found.sort()
        for file in found:
            try:
                stat = file.stat()
            except OSError:
                files.append([str(file), None])
                continue
            files.append([str(file), stat.st_size, stat.st_mtime_ns])
    return {"geomap": geomap.__version__, "inputs": files, "settings": kept}


def prepare_parts(parts: Path, fingerprint: dict[str, Any]) -> int:
    """Make the parts folder for this run; return how many parts are already done.

    Parts of another run (other inputs or settings) are removed.
    """
    marker = parts / "run.json"
    written = json.dumps(fingerprint, sort_keys=True)
    if parts.is_dir() and not parts.is_symlink():
        try:  # as JSON reads it back: a tuple of the settings is a list there
            same = json.loads(marker.read_text(encoding="utf-8")) == json.loads(written)
        except (OSError, ValueError):
            same = False
        if not same:
            shutil.rmtree(parts)
    parts.mkdir(parents=True, exist_ok=True)
    marker.write_text(written, encoding="utf-8")
    return len(list(parts.glob("part-*.json")))


def _ready(future: Any) -> bool:
    """Whether a partition's future is done (``None``: a partition done before, or empty)."""
    return future is None or bool(future.done())


class DaskRunner:
    """Geoparse partitions on a Dask cluster; hand their records on in input order.

    Parameters
    ----------
    settings
        What the workers load (``settings.dask`` names the cluster).
    parts
        The parts folder (on a file system every worker sees).
    client
        An existing ``dask.distributed.Client`` (default: one for ``settings.dask``).
    """

    def __init__(self, settings: Settings, parts: Path, client: Any = None) -> None:
        self.settings = settings
        self.parts = parts
        self._own = client is None
        self.client = client if client is not None else client_for(settings.dask or "local")
        self.resumed = 0

    def info(self) -> tuple[dict[str, str], dict[str, Any]]:
        """Model and gazetteer info, from a worker."""
        result: tuple[dict[str, str], dict[str, Any]] = self.client.submit(
            worker_info, self.settings, pure=False
        ).result()
        return result

    def parse(self, items: Iterable[Item]) -> Iterator[tuple[Parsed | Reused, Article | None]]:
        """Yield ``(result or status, article)`` for every item, in input order."""
        from geomap.batches import batches

        window = max(2, 2 * len(self.client.scheduler_info().get("workers", {})))
        pending: deque[tuple[int, list[Item], Any]] = deque()
        for index, batch in enumerate(batches(items, PARTITION)):
            articles = [i for i in batch if isinstance(i, Article)]
            done = (self.parts / f"part-{index:06d}.json").exists()
            future = None
            if articles and not done:
                future = self.client.submit(
                    process_partition, index, articles, self.settings, str(self.parts), pure=False
                )
            elif articles:
                self.resumed += 1
            pending.append((index, batch, future))
            while len(pending) >= window or (pending and _ready(pending[0][2])):
                yield from self._drain(pending.popleft())  # in order, as soon as done
        while pending:
            yield from self._drain(pending.popleft())

    def _drain(
        self, entry: tuple[int, list[Item], Any]
    ) -> Iterator[tuple[Parsed | Reused, Article | None]]:
        index, batch, future = entry
        if future is not None:
            future.result()
        from geomap.batches import merge_batch

        has_articles = any(isinstance(i, Article) for i in batch)
        yield from merge_batch(batch, read_part(self.parts, index) if has_articles else ())

    def close(self) -> None:
        """Close the client (and the LocalCluster it started)."""
        if self._own:
            cluster = getattr(self.client, "cluster", None)
            self.client.close()
            if cluster is not None:
                cluster.close()

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
