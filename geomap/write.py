"""A run's outputs written and swapped in: a streamed run's finish, a kept run's records.

:func:`finish_and_commit` completes the files a run streamed into
(:class:`geomap.sink.OutputSink`) and swaps them into the output folder as a set;
:func:`write_outputs` writes the records a run kept (the Python API) the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.errors import OutputError
from geomap.io import KNOWN_FILES, WriteOptions
from geomap.metadata import article_fields
from geomap.outdir import OutputDir
from geomap.records import ArticleResult, Claim, Mention
from geomap.result import Result
from geomap.sink import OutputSink

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer


def finish_and_commit(
    result: Result, sink: OutputSink, gazetteer: Gazetteer | None, out: OutputDir
) -> Result:
    """Complete every file of ``sink``, swap them into ``out``; the result with its outputs."""
    try:
        result = replace(result, totals=sink.store.totals())
        paths = sink.finish(result, gazetteer)
    except BaseException:
        sink.abandon()  # Ctrl-C, a signal, a failed write: nothing under way is waited for
        raise
    sink.close()
    final = out.commit()
    return replace(result, outputs={name: final / p.name for name, p in paths.items()})


def write_outputs(
    result: Result,
    outdir: Path | str | OutputDir,
    *,
    title: str = "geomap",
    tiles: str | None = None,
    formats: Sequence[str] | None = None,
) -> dict[str, Path]:
    """Write every output (or the ``formats`` named) of a run whose records were kept.

    All or nothing: the files are swapped in as a set.  ``formats`` are names of
    :data:`geomap.io.WRITERS` (``"gpkg"``, ``"claims"``, ``"map"``...).

    Raises
    ------
    geomap.errors.OutputError
        If the folder cannot be used or a file cannot be written; nothing is
        replaced then.
    ValueError
        If the run kept no records (it was streamed to files already).
    """
    if isinstance(outdir, OutputDir):
        return _write_kept(result, outdir, WriteOptions(title, tiles), formats)
    with OutputDir(outdir, KNOWN_FILES) as target:
        return _write_kept(result, target, WriteOptions(title, tiles), formats)


def _write_kept(
    result: Result, target: OutputDir, options: WriteOptions, formats: Sequence[str] | None = None
) -> dict[str, Path]:
    records = result.records
    if records is None:
        raise ValueError("the run kept no records to write (it was streamed to its outputs)")
    mentions: dict[str, list[Mention]] = {}
    claims: dict[str, list[Claim]] = {}
    for m in records.mentions:
        mentions.setdefault(m.article_id, []).append(m)
    for c in records.claims:
        claims.setdefault(c.article_id, []).append(c)
    ok = {s.article_id: s for s in result.statuses if s.status == "ok"}
    with output_errors(target):
        sink = OutputSink(target.staging, options, formats)
        try:
            for article in records.articles:
                status = ok.get(article.article_id)
                if status is None:
                    continue
                aid = article.article_id
                found_m, found_c = tuple(mentions.get(aid, ())), tuple(claims.get(aid, ()))
                meta = article_fields(article.metadata)
                sink.add(ArticleResult(status, found_m, found_c, meta, article.text))
        except BaseException:
            sink.close()
            raise
        done = finish_and_commit(result, sink, result.gazetteer_used, target)
    return dict(done.outputs)


@contextmanager
def output_errors(target: OutputDir) -> Iterator[None]:
    """Turn a failed write (full disk, permissions) into :class:`OutputError`."""
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(
            f"{target.path}: could not write the outputs ({exc.strerror or exc}); "
            "the previous outputs are unchanged"
        ) from exc
