"""The plain functions behind the command line: geoparse inputs, write the outputs.

>>> result = geoparse_inputs(["seeds/"])            # doctest: +SKIP
>>> paths = write_outputs(result, Path("geomap-out"))  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geomap.errors import GazetteerError
from geomap.io.readers import read_inputs
from geomap.nlp.geoparser import Geoparser
from geomap.records import Article, InputStatus, Mention
from geomap.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunResult:
    """Everything one run found, and what happened to every input."""

    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]
    statuses: tuple[InputStatus, ...]
    settings: Settings
    model: dict[str, str] = field(default_factory=dict)
    gazetteer: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> tuple[InputStatus, ...]:
        """The inputs that could not be processed."""
        return tuple(s for s in self.statuses if s.status == "error")

    @property
    def processed(self) -> tuple[InputStatus, ...]:
        """The articles that were geoparsed."""
        return tuple(s for s in self.statuses if s.status == "ok")


def geoparse_inputs(
    inputs: Sequence[Path | str],
    *,
    settings: Settings | None = None,
    geoparser: Geoparser | None = None,
    progress: bool = False,
) -> RunResult:
    """Read ``inputs`` (files, folders, JSONL/CSV corpora) and geoparse every article."""
    t0 = time.perf_counter()
    max_bytes = int((settings or Settings.from_env()).max_article_mb * 1_000_000)
    read = list(read_inputs(inputs, max_article_bytes=max_bytes))
    articles = [r for r in read if isinstance(r, Article)]
    read_errors = [r for r in read if isinstance(r, InputStatus)]
    result = geoparse_articles(articles, settings=settings, geoparser=geoparser, progress=progress)
    statuses = _in_input_order(read, result.statuses, read_errors)
    total = time.perf_counter() - t0
    timings = {
        "read_s": round(total - result.timings["total_s"], 4),
        **result.timings,
        "total_s": round(total, 4),
    }
    return replace(result, statuses=statuses, timings=timings)


def geoparse_articles(
    articles: Sequence[Article],
    *,
    settings: Settings | None = None,
    geoparser: Geoparser | None = None,
    progress: bool = False,
) -> RunResult:
    """Geoparse articles; an article whose processing fails is reported, the rest go on."""
    t0 = time.perf_counter()
    gp = geoparser or Geoparser(settings)
    nlp = gp.nlp
    t_load = time.perf_counter()
    mentions: list[Mention] = []
    statuses: list[InputStatus] = []
    for article, found in _with_progress(_parse_isolated(gp, articles), len(articles), progress):
        if isinstance(found, Exception):
            reason = f"{article.source}: processing failed ({type(found).__name__}: {found})"
            statuses.append(
                InputStatus(
                    article.source, article.article_id, "error", reason, warnings=article.warnings
                )
            )
            continue
        mentions.extend(found)
        resolved = sum(1 for m in found if m.place is not None)
        statuses.append(
            InputStatus(
                article.source,
                article.article_id,
                "ok",
                None,
                len(found),
                resolved,
                warnings=article.warnings,
            )
        )
    t_end = time.perf_counter()
    return RunResult(
        articles=tuple(articles),
        mentions=tuple(mentions),
        statuses=tuple(statuses),
        settings=gp.settings,
        model={
            "package": gp.settings.model,
            "name": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
            "version": str(nlp.meta.get("version", "")),
            "spacy_version": _spacy_version(),
        },
        gazetteer=_gazetteer_info(gp.settings),
        timings={
            "load_s": round(t_load - t0, 4),
            "parse_s": round(t_end - t_load, 4),
            "total_s": round(t_end - t0, 4),
        },
    )


def _parse_isolated(
    gp: Geoparser, articles: Sequence[Article], batch: int = 32
) -> Iterator[tuple[Article, list[Mention] | Exception]]:
    """Parse in batches; if a batch fails, redo it one article at a time to isolate the bad one."""
    for i in range(0, len(articles), batch):
        chunk = articles[i : i + batch]
        try:
            found = list(gp.parse_many((a.article_id, a.text) for a in chunk))
        except GazetteerError:
            raise  # a broken gazetteer stops the run: no article can be placed
        except Exception:
            for article in chunk:
                try:
                    yield article, gp.parse(article.article_id, article.text)
                except GazetteerError:
                    raise
                except Exception as exc:
                    # Recorded in the report; the traceback is logged (GEOMAP_DEBUG=1 shows it).
                    log.debug("processing %s failed", article.source, exc_info=exc)
                    yield article, exc
            continue
        yield from zip(chunk, found, strict=True)


def _with_progress(
    items: Iterable[tuple[Article, list[Mention] | Exception]], total: int, enabled: bool
) -> Iterator[tuple[Article, list[Mention] | Exception]]:
    if not enabled or not sys.stderr.isatty() or total < 2:
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("geoparsing", total=total)
        for item in items:
            bar.advance(task)
            yield item


def _in_input_order(
    read: Sequence[Article | InputStatus],
    parsed: Sequence[InputStatus],
    read_errors: Sequence[InputStatus],
) -> tuple[InputStatus, ...]:
    by_article = {s.article_id: s for s in parsed}
    out: list[InputStatus] = []
    for item in read:
        if isinstance(item, Article):
            out.append(by_article[item.article_id])
        else:
            out.append(item)
    assert len(out) == len(parsed) + len(read_errors)
    return tuple(out)


def _spacy_version() -> str:
    import spacy

    return str(spacy.__version__)


def _gazetteer_info(settings: Settings) -> dict[str, Any]:
    from geomap.nlp.registry import gazetteer_from_path

    return dict(gazetteer_from_path(settings.gazetteer).info)
