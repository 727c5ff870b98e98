"""Articles parsed in batches: each by its language's pipeline, a failing one isolated.

The one place that turns articles into records (:func:`parse_batch`); the local
run (:func:`parse_stream`), the worker pool (:mod:`geomap.parallel`) and the Dask
workers (:mod:`geomap.distributed`) all call it, so their outputs are the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from geomap import heap
from geomap.claims.collect import claims_from_mentions
from geomap.errors import GazetteerError, ModelNotFoundError
from geomap.language import SUPPORTED_LANGUAGES, language_label, with_language
from geomap.metadata import article_fields
from geomap.records import Article, ArticleResult, InputStatus, Mention
from geomap.setting_names import Wording, setting_value
from geomap.stage_records import ModelRead, Reused

if TYPE_CHECKING:
    from geomap.geoparser import Geoparser

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Articles parsed per batch (a failing batch is redone article by article).
BATCH = 32
#: Characters of text a batch holds at most (an article longer than this is a batch of
#: its own): a batch's parse takes memory in proportion to its text (about 1.3 MB per
#: 1,000 characters with the small English model, measured per batch with VmHWM), so
#: a run's peak is bounded by this, not by how many long articles meet in one batch.
#: 32,000 rather than 64,000: over the same 1,100 real news articles one process's
#: peak was 433 MB against 518 MB (``bench/results/batch-memory.md``), the model
#: reading as fast in batches of half the size.
BATCH_CHARS = 32_000

#: What the parsers read: articles, and what passes them through (statuses, reused records).
Item = Article | InputStatus | Reused
Parsed = ArticleResult | InputStatus


def article_result(article: Article, mentions: Sequence[Mention]) -> ArticleResult:
    """One parsed article's records: its status, mentions and claims (derived once, here).

    The result carries the article's :data:`~geomap.metadata.ARTICLE_FIELDS`
    (title, outlet, published...) for the outputs; other record fields stay
    with the article.
    """
    from geomap.io.given_outlets import with_dateline_outlet
    from geomap.pieces import pieces_note

    article = with_dateline_outlet(article, mentions)  # "LIMA, Peru (AP) —": AP
    resolved = sum(1 for m in mentions if m.place is not None)
    note = pieces_note(article.source, article.text)
    failed = tuple(
        f"{article.source}: {line}; the rest of the article was read (a bug in geomap's "
        "rules: -vv shows the traceback)"
        for line in getattr(mentions, "failures", ())
    )
    status = InputStatus(
        article.source,
        article.article_id,
        "ok",
        None,
        len(mentions),
        resolved,
        warnings=(*article.warnings, *failed),
        notes=(*article.notes, note) if note else article.notes,
        language=article.metadata.get("language"),
    )
    claims = tuple(claims_from_mentions(mentions))
    meta = article_fields(article.metadata)
    return ArticleResult(status, tuple(mentions), claims, meta, article.text)


def failed_status(article: Article, exc: BaseException) -> InputStatus:
    """The status of an article whose processing raised ``exc``."""
    reason = f"{article.source}: processing failed ({type(exc).__name__}: {exc})"
    return _status(article, "error", reason)


def _status(
    article: Article, kind: Literal["error", "skipped"], reason: str, language: str | None = None
) -> InputStatus:
    """An article's status when it yields no records."""
    return InputStatus(
        article.source,
        article.article_id,
        kind,
        reason,
        warnings=article.warnings,
        notes=article.notes,
        language=language,
    )


def parse_batch(
    gp: Geoparser, articles: Sequence[Article], *, languages_found: bool = False
) -> list[ArticleResult | InputStatus]:
    """Parse a batch, each article by its language's pipeline, in input order.

    Each article's language is found first (given by ``--language``, declared,
    or detected: :func:`geomap.language.with_language`), unless
    ``languages_found`` says the caller did (a worker pool finds them in the
    process that reads); an article in a language geomap has no pipeline for
    is skipped with a warning.  If a group fails, it is redone one article at a
    time to isolate the bad one.
    """
    return cast("list[Parsed]", _batch(gp, articles, languages_found, model_only=False))


def model_batch(gp: Geoparser, articles: Sequence[Article]) -> list[Parsed | ModelRead]:
    """:func:`parse_batch` of articles whose languages were found, the English ones only read.

    English articles stop after the model's components, as
    :class:`~geomap.stage_records.ModelRead` for the process that writes to finish
    (:mod:`geomap.stages`); the others are parsed through.
    """
    return _batch(gp, articles, True, model_only=True)


def _batch(
    gp: Geoparser, articles: Sequence[Article], languages_found: bool, model_only: bool
) -> list[Parsed | ModelRead]:
    """:func:`parse_batch`, or with ``model_only`` :func:`model_batch`."""
    if not languages_found:
        articles = [with_language(a, gp.settings.language, gp.wording) for a in articles]
    out: list[ArticleResult | InputStatus | ModelRead | None] = [None] * len(articles)
    groups: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        # a short post the detector left unsure goes by its names ("Ostrzał: Kupiańsk.")
        route = gp.route(article.metadata.get("language") or gp.names_language(article.text))
        if route is None:
            out[i] = unsupported_status(article, gp.wording)
        else:
            groups.setdefault(route, []).append(i)
    for route, members in groups.items():
        group = [articles[i] for i in members]
        done = _parse_group(gp, route, group, model_only and route == "en" and _short(group))
        for i, item in zip(members, done, strict=True):
            out[i] = item
    return [item for item in out if item is not None]


def _short(articles: Sequence[Article]) -> bool:
    """Whether a group's text is at most :data:`BATCH_CHARS` (its model reads may travel).

    A longer article is parsed through where it is read: its pieces' docs,
    serialised (about 24 bytes per character of text), would be held whole
    here, then in the process that writes.
    """
    return sum(len(a.text) for a in articles) <= BATCH_CHARS


def _parse_group(
    gp: Geoparser, lang: str, articles: Sequence[Article], model_only: bool = False
) -> list[ArticleResult | InputStatus | ModelRead]:
    """Parse articles of one language; isolate a failing one.

    The batch is parsed inside the pipeline's memory zone: the strings and
    lexemes its new words add to the vocabulary are freed once the records
    (plain data) are made, so a long run's memory does not grow with the words
    it has seen (the words of the first batches stay: :meth:`Geoparser.memory_zone`).
    What the previous batch freed is first given back to the system
    (:func:`geomap.heap.release`).
    """
    heap.release()
    stage: Callable[[Iterable[tuple[str, str]], str], Iterator[Any]] = (
        gp.model_pieces if model_only else gp.parse_many
    )
    make: Callable[[Article, Any], ArticleResult | ModelRead] = (
        (lambda _article, pieces: ModelRead(pieces)) if model_only else article_result
    )
    try:
        with gp.memory_zone(lang, sum(len(a.text) for a in articles)):
            found = list(stage(((a.article_id, a.text) for a in articles), lang))
            return [make(a, m) for a, m in zip(articles, found, strict=True)]
    except GazetteerError:
        raise  # a broken gazetteer stops the run: no article can be placed
    except ModelNotFoundError:
        raise  # a language's model is missing: a configuration error, for every article
    except Exception:

        def one(article: Article) -> ArticleResult | ModelRead:
            return make(article, next(stage([(article.article_id, article.text)], lang)))

        return [or_failed(article, one, article) for article in articles]


def or_failed(article: Article, work: Callable[..., T], *args: Any) -> T | InputStatus:
    """``work(*args)``, or the article's failed status if it raises (a broken gazetteer stops it).

    The failure is recorded in the report; its traceback is logged (``-vv`` or
    ``GEOMAP_DEBUG=1`` shows it).
    """
    try:
        return work(*args)
    except GazetteerError:
        raise
    except Exception as exc:
        log.debug("processing %s failed", article.source, exc_info=exc)
        return failed_status(article, exc)


def unsupported_status(article: Article, wording: Wording = Wording.OPTION) -> InputStatus:
    """The status of an article in a language geomap has no pipeline for.

    ``wording``: whose words it names the setting that reads it in English in.
    """
    code = article.metadata.get("language") or "unknown"
    label = language_label(article.metadata.get("language"))
    reason = (
        f"{article.source}: language: {label}; geomap has no "
        f"pipeline for it (it reads {', '.join(SUPPORTED_LANGUAGES)}), so it is not mapped. "
        f"{setting_value('language', 'en', wording)} reads it with the English pipeline."
    )
    return _status(article, "skipped", reason, code)


def batches(
    items: Iterable[Item], size: int = BATCH, max_chars: int | None = None
) -> Iterator[list[Item]]:
    """Group a stream into lists of at most ``size`` articles (statuses ride along).

    A reused article (:class:`~geomap.stage_records.Reused`) counts towards ``size``, so a
    list holds at most ``size`` of them too, but not towards ``max_chars``: it is
    not parsed.  With ``max_chars``, a list also closes before the article that would take its
    text past ``max_chars`` characters (an article longer than that goes alone).
    """
    batch: list[Item] = []
    n = chars = 0
    for item in items:
        size_of = len(item.text) if isinstance(item, Article) else 0
        if size_of and max_chars is not None and n and chars + size_of > max_chars:
            yield batch
            batch, n, chars = [], 0, 0
        batch.append(item)
        if isinstance(item, Article | Reused):
            n += 1
            chars += size_of
            if n >= size:
                yield batch
                batch, n, chars = [], 0, 0
    if batch:
        yield batch


def merge_batch(
    batch: Sequence[Item], parsed: Iterable[Parsed]
) -> Iterator[tuple[Parsed | Reused, Article | None]]:
    """Put a batch's parsed articles back between its read statuses, in input order.

    ``parsed`` holds one result (or status) per article of ``batch``, in order.
    """
    results = iter(parsed)
    for item in batch:
        if isinstance(item, Article):
            yield next(results), item
        else:
            yield item, None


def parse_stream(
    gp: Geoparser, items: Iterable[Item]
) -> Iterator[tuple[Parsed | Reused, Article | None]]:
    """Yield ``(result or status, article)`` for every item, in input order."""
    for batch in batches(items, max(1, gp.settings.batch_size * 2), BATCH_CHARS):
        articles = [i for i in batch if isinstance(i, Article)]
        yield from merge_batch(batch, parse_batch(gp, articles) if articles else ())
