"""Map a Dask bag or DataFrame of articles that a user already has.

>>> import dask.dataframe as dd                                  # doctest: +SKIP
>>> frame = dd.read_parquet("articles/*.parquet")               # columns id, text, ...
>>> result = map_collection(frame, "geomap-out", client=client)  # doctest: +SKIP

Each partition is turned into articles and geoparsed on the workers
(:func:`geomap.distributed.process_partition`'s part files), then merged in
order into the writers of a local run.  Records are dicts (a bag),
:class:`~geomap.records.Article` objects (a bag), or rows (a DataFrame); the
text and id are read from ``text_column``/``id_column`` or the usual fields
(:data:`geomap.io.record.TEXT_FIELDS`); other columns become metadata.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from geomap.distributed import PARTITION, read_part, worker_info, write_part
from geomap.io import KNOWN_FILES, WriteOptions
from geomap.io.given_outlets import as_given
from geomap.io.record import RecordFields, record_article
from geomap.outdir import OutputDir
from geomap.records import Article, ArticleResult, InputStatus
from geomap.result import Result
from geomap.settings import Settings

__all__ = ["PARTITION", "map_collection"]


def _records(partition: Any) -> list[Any]:
    """The rows of a partition: a pandas DataFrame's records, or a bag partition's items."""
    if hasattr(partition, "to_dict") and hasattr(partition, "columns"):
        return list(partition.to_dict("records"))
    return list(partition)


def process_records(
    index: int,
    partition: Any,
    settings: Settings,
    parts: str,
    text_column: str | None,
    id_column: str | None,
) -> str:
    """On a worker: records -> articles -> geoparsed part files; return the JSON path."""
    from geomap.batches import parse_batch
    from geomap.distributed import _geoparser

    items: list[Article | InputStatus] = []
    max_bytes = int(settings.max_article_mb * 1_000_000)
    fields = RecordFields.of(settings)
    fields = RecordFields(text_column or fields.text, id_column or fields.id, fields.metadata)
    for n, record in enumerate(_records(partition)):
        if isinstance(record, Article):
            items.append(record)
            continue
        where = f"partition {index}, record {n}"
        items.append(record_article(dict(record), where, f"p{index}-{n}", max_bytes, fields))
    items = list(as_given(items, settings.outlet))
    gp = _geoparser(settings)
    articles = [i for i in items if isinstance(i, Article)]
    parsed = iter(parse_batch(gp, articles)) if articles else iter(())
    merged = [next(parsed) if isinstance(i, Article) else i for i in items]
    return write_part(Path(parts), index, merged)


def map_collection(
    collection: Any,
    out: str | Path,
    *,
    client: Any = None,
    settings: Settings | None = None,
    options: WriteOptions | None = None,
    text_column: str | None = None,
    id_column: str | None = None,
) -> Result:
    """Geoparse a Dask bag or DataFrame of articles on a cluster; write the usual outputs.

    Parameters
    ----------
    collection
        A ``dask.bag.Bag`` of dicts or :class:`~geomap.records.Article`, or a
        ``dask.dataframe.DataFrame``.
    out
        The output folder (checked, locked, replaced whole, as for ``geomap map``).
    client
        A ``dask.distributed.Client``; default: a LocalCluster on this machine.
    settings, options
        Model and gazetteer; title and tiles.
    text_column, id_column
        Where the text and id are, when not in the usual fields.

    Returns
    -------
    Result
        Statuses and outputs (records are streamed to the files, not kept).
    """
    import shutil

    import dask

    from geomap.distributed import client_for
    from geomap.parsing import open_gazetteer
    from geomap.run import drive
    from geomap.sink import OutputSink
    from geomap.write import finish_and_commit

    settings = settings or Settings.from_env()
    own = client is None
    client = client if client is not None else client_for("local")
    try:
        with OutputDir(out, KNOWN_FILES) as target:
            parts = target.parts_path
            shutil.rmtree(parts, ignore_errors=True)
            parts.mkdir(parents=True)
            model, info = client.submit(worker_info, settings, pure=False).result()
            gazetteer = open_gazetteer(info)
            tasks = [
                dask.delayed(process_records)(i, part, settings, str(parts), text_column, id_column)
                for i, part in enumerate(collection.to_delayed())
            ]
            sink = OutputSink(target.staging, options or WriteOptions())
            try:
                parsed = _in_order(client, tasks, parts)
                result = drive(
                    parsed,
                    settings=settings,
                    model=model,
                    gazetteer=gazetteer,
                    keep=False,
                    sink=sink,
                )
                if result.processed:
                    result = finish_and_commit(result, sink, gazetteer, target)
            finally:
                sink.close()
                shutil.rmtree(parts, ignore_errors=True)
        return result
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()


def _in_order(
    client: Any, tasks: list[Any], parts: Path
) -> Iterator[tuple[ArticleResult | InputStatus, Article | None]]:
    """Compute the partitions a few at a time; yield their records in partition order."""
    window = max(2, 2 * len(client.scheduler_info().get("workers", {})))
    pending: deque[tuple[int, Any]] = deque()
    for index, task in enumerate(tasks):
        pending.append((index, client.compute(task)))
        while len(pending) >= window:
            yield from _read(pending.popleft(), parts)
    while pending:
        yield from _read(pending.popleft(), parts)


def _read(
    entry: tuple[int, Any], parts: Path
) -> Iterator[tuple[ArticleResult | InputStatus, Article | None]]:
    index, future = entry
    future.result()
    for item in read_part(parts, index):  # the statuses of a partition are all in its part
        yield item, None
