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

A run stopped while it parses (Ctrl-C, a signal, an error) writes no outputs, but
keeps the articles it parsed in a file beside the folder
(:meth:`ParsedStore.keep_interrupted`, written whole then renamed into place); the
next run into the folder takes them from there too (:attr:`ParsedStore.resumed`),
under the same keys: only what the same settings, code, model and gazetteer parsed
matches.  A damaged file is ignored with a warning.  The run that replaces the
outputs removes it (its own :data:`PARSED_FILE` holds what it read).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.batches import Item, Parsed
from geomap.claims.collect import claims_from_mentions
from geomap.io import PARSED_FILE
from geomap.mention_rows import mention_from_row, mention_row
from geomap.records import Article, ArticleResult
from geomap.run_stamps import run_stamp
from geomap.serialize import status_from_record, status_record
from geomap.settings import Settings
from geomap.stage_records import Reused

if TYPE_CHECKING:
    from geomap.parsing import ParseFn

log = logging.getLogger(__name__)


#: Records written between two commits of the new file.
_COMMIT_EVERY = 500


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
        The run's settings (with the code, model and gazetteer:
        :func:`~geomap.run_stamps.run_stamp`).
    interrupted
        Where an interrupted run into the same folder kept the articles it had
        parsed (read if it is there), or ``None``.

    Attributes
    ----------
    reused
        Articles taken, from either file.
    resumed
        Those of them taken from the interrupted run's file.
    """

    def __init__(
        self,
        previous: Path | None,
        staging: Path,
        settings: Settings,
        interrupted: Path | None = None,
    ) -> None:
        self._stamp = hashlib.sha256(run_stamp(settings)).digest()
        self.reused = 0
        self.resumed = 0
        self._pending = 0
        old = previous / PARSED_FILE if previous is not None else None
        self._old = _open_read_only(old) if old is not None else None
        self._cut = _open_read_only(interrupted, cut=True) if interrupted is not None else None
        self._new_path = staging / PARSED_FILE
        self._new = sqlite3.connect(self._new_path)
        self._closed = False
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
        """The records a previous run gave the article (and as stored), or ``None``.

        The previous outputs' file first, then the interrupted run's.
        """
        found = _lookup(self._old, key, article)
        if found is None and self._cut is not None:
            found = _lookup(self._cut, key, article)
            self.resumed += found is not None
        return found

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
        """Write what is pending and close the files (once)."""
        if self._closed:
            return
        self._closed = True
        self._new.commit()
        self._new.close()
        for old in (self._old, self._cut):
            if old is not None:
                old.close()
        self._old = self._cut = None

    def keep_interrupted(self, dest: Path) -> int:
        """Close, keeping what this run parsed (and the interrupted run's file held) at ``dest``.

        For a run that stops before its outputs are swapped in, while it parses or
        writes.  ``dest`` is written whole beside itself, then renamed into place: it
        is the previous file or the new one, never a part.  Returns the number of
        articles kept (0 when it could not be written: logged, the run goes on
        stopping).
        """
        merge = self._cut is not None  # what it held and this run did not reach
        self.close()
        tmp = dest.with_name(f"{dest.name}.tmp-{os.getpid()}")
        try:
            shutil.copyfile(self._new_path, tmp)
            with contextlib.closing(sqlite3.connect(tmp)) as conn:
                if merge:
                    conn.execute("ATTACH DATABASE ? AS cut", (str(dest),))
                    conn.execute("INSERT OR IGNORE INTO parsed SELECT key, value FROM cut.parsed")
                    conn.commit()
                    conn.execute("DETACH DATABASE cut")
                (kept,) = conn.execute("SELECT count(*) FROM parsed").fetchone()
            if kept:
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(tmp, dest)
            return int(kept)
        except (OSError, sqlite3.Error) as exc:
            log.warning("the articles parsed so far could not be kept (%s)", exc)
            return 0
        finally:
            tmp.unlink(missing_ok=True)


def _open_read_only(path: Path, *, cut: bool = False) -> sqlite3.Connection | None:
    """``path``'s parsed articles, opened read-only; ``None`` if absent or unreadable.

    The interrupted run's file (``cut``) that cannot be read is ignored with a warning.
    """
    if not path.is_file() or path.is_symlink():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT key, value FROM parsed LIMIT 1").fetchall()
        return conn
    except sqlite3.Error as exc:
        if cut:
            log.warning(
                "%s: the articles an interrupted run parsed cannot be read (%s): ignored", path, exc
            )
        else:
            log.info("%s cannot be read (%s): every article is parsed", path, exc)
        return None


def _lookup(
    conn: sqlite3.Connection | None, key: bytes, article: Article
) -> tuple[ArticleResult, bytes] | None:
    """The records stored under ``key`` in ``conn`` (and as stored), or ``None``."""
    if conn is None:
        return None
    try:
        row = conn.execute("SELECT value FROM parsed WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        blob = bytes(row[0])
        return _result(json.loads(zlib.decompress(blob)), article), blob
    except (sqlite3.Error, zlib.error, ValueError, KeyError, TypeError) as exc:
        log.info("%s: its saved records cannot be read (%s); parsed", article.source, exc)
        return None


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

    A reused article passes the parsers as a :class:`~geomap.stage_records.Reused`, in
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
