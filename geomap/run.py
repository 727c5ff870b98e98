"""The plain functions behind the command line: geoparse inputs, stream them to the outputs.

>>> result = geoparse_inputs(["seeds/"])                     # doctest: +SKIP
>>> with OutputDir("geomap-out", KNOWN_FILES) as out:        # doctest: +SKIP
...     result = map_inputs(["seeds/"], out)

Articles are read lazily and parsed in batches; each article's records go to
the writers as they come (:class:`geomap.sink.OutputSink`).  A run keeps its
records in memory only when asked (``keep=True``: the Python API, ``geomap
claims``).
"""

from __future__ import annotations

import logging
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.batches import Parsed
from geomap.copies import CopyFinder, with_copy
from geomap.input_sizes import input_sizes
from geomap.io import DEFAULT_FORMATS, WriteOptions
from geomap.io.given_outlets import as_given
from geomap.io.readers import read_inputs
from geomap.io.record import RecordFields
from geomap.metadata import COPY_FIELD
from geomap.outdir import OutputDir
from geomap.parsing import parser_for
from geomap.progress import ProgressLog, with_progress
from geomap.records import Article, ArticleResult, InputStatus
from geomap.result import Records, Result, totals_of
from geomap.reuse import ParsedStore, parse_reusing, previous_folder
from geomap.said_once import said_once_per_run
from geomap.settings import Settings
from geomap.sink import OutputSink
from geomap.write import finish_and_commit, output_errors
from geomap.write import write_outputs as write_outputs  # the API's, here since 0.1

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.geoparser import Geoparser

log = logging.getLogger(__name__)


def geoparse_inputs(
    inputs: Sequence[Path | str] | Path | str,
    *,
    settings: Settings | None = None,
    geoparser: Geoparser | None = None,
    progress: bool = False,
    keep: bool = True,
    sink: OutputSink | None = None,
    parts: Path | None = None,
    reuse: ParsedStore | None = None,
) -> Result:
    """Read ``inputs`` (files, folders, JSONL/CSV corpora) and geoparse every article."""
    settings = settings or (geoparser.settings if geoparser else Settings.from_env())
    max_bytes = int(settings.max_article_mb * 1_000_000)
    items = as_given(
        read_inputs(inputs, max_article_bytes=max_bytes, fields=RecordFields.of(settings)),
        settings.outlet,
    )
    sizes = None
    if progress and not sys.stderr.isatty():  # the progress lines' total
        sizes = input_sizes([inputs] if isinstance(inputs, str | Path) else inputs)
    return geoparse_articles(
        items,
        settings=settings,
        geoparser=geoparser,
        progress=progress,
        keep=keep,
        sink=sink,
        parts=parts,
        reuse=reuse,
        sizes=sizes,
    )


def geoparse_articles(
    items: Iterable[Article | InputStatus],
    *,
    settings: Settings | None = None,
    geoparser: Geoparser | None = None,
    progress: bool = False,
    keep: bool = True,
    sink: OutputSink | None = None,
    parts: Path | None = None,
    reuse: ParsedStore | None = None,
    sizes: dict[str, int] | None = None,
) -> Result:
    """Geoparse articles; an article whose processing fails is reported, the rest go on.

    Parameters
    ----------
    items
        Articles, and statuses of inputs that could not be read (passed through).
    settings, geoparser
        The geoparser to use (built from ``settings`` when not given).
    progress
        Show a progress bar on a terminal; elsewhere, a progress line on stderr
        every half minute (:class:`geomap.progress.ProgressLog`).
    keep
        Keep the articles, mentions and claims in :attr:`Result.records`.
    sink
        Where each article's records go as they come (the output writers).
    parts
        The parts folder of a Dask run (``settings.dask``).
    reuse
        Where the articles a previous run parsed are taken from, and this run's are
        kept (:mod:`geomap.reuse`).
    sizes
        The inputs' files' sizes, for the progress lines' share read and time left
        (:func:`geomap.input_sizes.input_sizes`).
    """
    t0 = time.perf_counter()
    settings = geoparser.settings if geoparser is not None else settings or Settings.from_env()
    lines = (
        ProgressLog(language=settings.language, sizes=sizes)
        if progress and not sys.stderr.isatty()
        else None
    )
    if lines is not None and geoparser is None:  # the parsing processes say how far, too
        settings = replace(settings, progress_s=lines.every)
    once = said_once_per_run() if lines is not None else nullcontext()
    with once, parser_for(settings, geoparser, parts, sink) as (parse, model, gazetteer):
        log.info(
            "model %s %s loaded; gazetteer %s",
            model.get("package", "?"),
            model.get("version", ""),
            gazetteer.path if gazetteer is not None else "(none)",
        )
        result = drive(
            parse_reusing(parse, items, reuse, lines.reading if lines is not None else None),
            settings=settings,
            model=model,
            gazetteer=gazetteer,
            progress=lines or progress,
            keep=keep,
            sink=sink,
            started=t0,
        )
    log.info(
        "%d input(s): %d processed, %d failed, in %.1f s",
        len(result.statuses),
        len(result.processed),
        len(result.failed),
        result.timings.get("total_s", 0.0),
    )
    return result


def drive(
    parsed: Iterable[tuple[Parsed, Article | None]],
    *,
    settings: Settings,
    model: dict[str, str],
    gazetteer: Gazetteer | None,
    progress: bool | ProgressLog = False,
    keep: bool = True,
    sink: OutputSink | None = None,
    started: float | None = None,
) -> Result:
    """Hand every parsed article to the sink (and keep it if asked); return the run's Result.

    ``progress``: a bar on a terminal, or the :class:`ProgressLog` that writes lines.
    """
    t_load = time.perf_counter()
    t0 = started if started is not None else t_load
    statuses: list[InputStatus] = []
    kept_articles: list[Article] = []
    kept: list[ArticleResult] = []
    with CopyFinder(sink.folder if sink is not None else None) as copies:
        for item, article in with_progress(parsed, progress):
            if isinstance(item, InputStatus):
                statuses.append(item)
                continue
            statuses.append(item.status)
            item = with_copy(item, copies)
            if sink is not None:
                sink.add(item)
            if keep:
                kept.append(item)
                if article is not None:
                    # with what parsing found out (the language detected, the copy;
                    # never a record's own "copy_of")
                    own = {k: v for k, v in article.metadata.items() if k != COPY_FIELD}
                    meta = {**own, **item.metadata}
                    kept_articles.append(replace(article, metadata=meta))
    t_end = time.perf_counter()
    records = None
    if keep:
        records = Records(
            articles=tuple(kept_articles),
            mentions=tuple(m for r in kept for m in r.mentions),
            claims=tuple(c for r in kept for c in r.claims),
        )
    return Result(
        statuses=tuple(statuses),
        settings=settings,
        model=model,
        gazetteer=dict(gazetteer.info) if gazetteer is not None else {},
        timings={
            "load_s": round(t_load - t0, 4),
            "parse_s": round(t_end - t_load, 4),
            "total_s": round(t_end - t0, 4),
        },
        records=records,
        totals=totals_of(kept) if keep else {},
        gazetteer_used=gazetteer,
    )


def map_inputs(
    inputs: Sequence[Path | str],
    out: OutputDir,
    *,
    settings: Settings | None = None,
    options: WriteOptions | None = None,
    progress: bool = False,
    extra_formats: Sequence[str] = (),
    reuse: bool = True,
) -> Result:
    """Geoparse ``inputs`` streaming into the outputs; commit them if any article was processed.

    ``out`` must be entered (checked and locked).  With no processed input,
    nothing is committed and ``result.outputs`` is empty.  ``extra_formats``
    names optional writers (:data:`geomap.io.OPTIONAL_FORMATS`) written besides
    the default set.  With ``reuse``, an article the previous run into ``out``
    parsed (the same text, metadata and settings) is taken from it, not parsed
    again (:mod:`geomap.reuse`); the outputs are the same.

    Raises
    ------
    geomap.errors.OutputError
        If a file cannot be written; the previous outputs are unchanged.
    """
    settings = settings or Settings.from_env()
    parts = None
    if settings.dask:
        from geomap.distributed import prepare_parts, run_fingerprint

        parts = out.parts_path
        resumed = prepare_parts(parts, run_fingerprint(inputs, settings))
        if resumed:
            from geomap.progress import write_line

            write_line(f"resuming {resumed} finished partition(s) of an interrupted run")
    with output_errors(out):
        formats = (*DEFAULT_FORMATS, *extra_formats)
        sink = OutputSink(out.staging, options or WriteOptions(), formats)
        cut = None if parts is not None else out.interrupted_path  # Dask: its parts
        store = ParsedStore(
            previous_folder(out.path) if reuse else None,
            out.staging,
            settings,
            cut if reuse else None,
        )
        try:
            result = geoparse_inputs(
                inputs,
                settings=settings,
                progress=progress,
                keep=False,
                sink=sink,
                parts=parts,
                reuse=store,
            )
        except BaseException:
            sink.abandon()
            if cut is not None:  # what it parsed is kept for the next run
                store.keep_interrupted(cut)
            store.close()
            raise
        store.close()
        if not result.processed:
            sink.close()
            return result
        result = replace(result, reused=store.reused, resumed=store.resumed)
        if progress and not sys.stderr.isatty():  # the lines stopped with the parsing
            from geomap.progress import write_line

            write_line(
                f"{len(result.processed)} article(s) parsed: writing the places, the map "
                "and the GeoPackage"
            )
        try:
            result = finish_and_commit(result, sink, result.gazetteer_used, out)
        except BaseException:
            if cut is not None and not out.committed:
                store.keep_interrupted(cut)
            raise
    if cut is not None:  # its articles are in the outputs' own file now
        cut.unlink(missing_ok=True)
    if parts is not None:
        shutil.rmtree(parts, ignore_errors=True)  # done: nothing left to resume
    return result
