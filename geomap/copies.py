"""Articles that repeat another article's text: a wire story several outlets run.

A media study counts who said what about a place; five outlets running one agency story
are one source, not five. Each article's text gets a MinHash sketch of its five-word
sequences (:func:`~geomap.copy_sketches.sketch`), whose share of equal values estimates
two texts' Jaccard similarity; from it and the texts' counts of sequences follows the
share of the shorter text's sequences the other holds
(:func:`~geomap.copy_sketches.overlap`). An article repeats another when that share is
at least :data:`MIN_SIMILARITY` (a copy that adds "on Tuesday" after "said" still shares
most of its sequences; the Jaccard similarity of a short one falls below 0.7) and it
names no place the other does not (:meth:`CopyFinder.add`'s ``places``): a templated
daily brief that differs in one town is another report, its only report of that town.
Independently written reports of one event share almost no sequences.
:class:`CopyFinder` keeps the sketches and their bands (locality-sensitive hashing:
:data:`~geomap.copy_sketches.BANDS` bands of :data:`~geomap.copy_sketches.ROWS` values)
in SQLite, so memory does not grow with the run, and names for each article the first
article of the run whose text it nearly repeats: the outputs' ``copy_of``. That is run
order (the inputs' order: a folder's files by name, an archive's members where the
archive's name sorts), not who published first: the articles stream to the outputs as
they are parsed, before a later one's date is known.
A text the same as an earlier one's (spaces aside) is a copy however short
(:meth:`CopyFinder.add`): the notion of :func:`geomap.io.repeats.same_text`'s note,
so three identical advertisement lines are one text and two copies, not three texts.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from geomap.copy_sketches import MAX_WORDS, Sketch, band_keys, shared, sketched
from geomap.io.repeats import text_key
from geomap.metadata import COPY_FIELD
from geomap.records import ArticleResult, Mention

#: Share of the shorter text's five-word sequences the other must hold (estimated).
MIN_SIMILARITY = 0.8
_SEP = "\x1f"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _figures(text: str) -> frozenset[str]:
    """The numbers a text writes ("#45"): a copy keeps its figures, another day's changes them."""
    return frozenset("#" + w for w in _NUMBER.findall(text[: MAX_WORDS * 8]))


def _places(joined: str) -> frozenset[str]:
    return frozenset(joined.split(_SEP)) if joined else frozenset()


class CopyFinder:
    """Finds, article by article, the earlier article of the run whose text each repeats.

    Parameters
    ----------
    folder
        Where its SQLite file goes (a temporary folder when ``None``); the file is
        deleted by :meth:`close`.
    """

    def __init__(self, folder: Path | None = None) -> None:
        fd, name = tempfile.mkstemp(prefix=".geomap-copies-", suffix=".sqlite", dir=folder)
        os.close(fd)
        self.path = Path(name)
        self._db = sqlite3.connect(self.path)
        self._db.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "CREATE TABLE sketches (article INTEGER PRIMARY KEY, sig BLOB NOT NULL,"
            " id TEXT NOT NULL, count INTEGER NOT NULL, exact BLOB, places TEXT NOT NULL);"
            "CREATE TABLE bands (key INTEGER NOT NULL, article INTEGER NOT NULL);"
            "CREATE INDEX bands_key ON bands (key);"
            "CREATE TABLE texts (key BLOB PRIMARY KEY, first TEXT NOT NULL, places TEXT NOT NULL);"
        )
        self._count = 0

    def add(
        self, article_id: str, text: str, places: frozenset[str] = frozenset()
    ) -> tuple[str, float] | None:
        """Take the run's next article; return the id of the one it repeats and their overlap.

        That is the first article (in the order :meth:`add` saw them) of the copies
        it belongs to; ``None`` when it repeats none (or is too short to tell, unless
        an earlier article had the very same text: a copy however short).
        ``places`` names the places the article names (ids, or names where none was
        found): an article repeats only one that names each of them, the same places
        or more (a copy may leave a paragraph out, not put a town in), and writes
        each of its numbers (a casualty count or a day changed is another report).  Only such
        first articles are kept and compared with, so a story many outlets run
        costs one row, and each article one look-up, however many copies there are.
        """
        rank = self._count
        self._count += 1
        if not text.strip():
            return None
        key = text_key(text)
        same = self._db.execute("SELECT first, places FROM texts WHERE key = ?", (key,)).fetchone()
        if same is not None and places <= _places(same[1]):  # the very text: however short
            return str(same[0]), 1.0
        found = self._near(rank, article_id, text, places)
        if same is None:  # the first article with this text, and the original it repeats
            first = article_id if found is None else found[0]
            self._db.execute(
                "INSERT INTO texts (key, first, places) VALUES (?, ?, ?)",
                (key, first, _SEP.join(sorted(places))),
            )
        return found

    def _near(
        self, rank: int, article_id: str, text: str, places: frozenset[str]
    ) -> tuple[str, float] | None:
        """:meth:`add` for a text no earlier article had word for word: by its sketch."""
        mine = sketched(text)
        if mine is None:
            return None
        places = places | _figures(text)
        keys = band_keys(mine.values)
        marks = ",".join("?" * len(keys))
        found = self._db.execute(
            "SELECT DISTINCT s.article, s.sig, s.count, s.exact, s.places FROM bands b "
            f"JOIN sketches s ON s.article = b.article WHERE b.key IN ({marks})",
            keys,
        ).fetchall()
        best: tuple[float, int] | None = None  # (share, -rank): the earliest of the best
        for earlier, sig, count, exact, named in found:
            other = Sketch(
                np.frombuffer(sig, dtype=np.uint32),
                count,
                None if exact is None else np.frombuffer(exact, dtype=np.uint64),
            )
            share = shared(mine, other)
            if share < MIN_SIMILARITY or not places <= _places(named):
                continue
            if best is None or (share, -earlier) > best:
                best = (share, -earlier)
        if best is None:  # only originals are kept: a story run 10,000 times is one row
            exact_blob = None if mine.exact is None else mine.exact.tobytes()
            self._db.execute(
                "INSERT INTO sketches (article, sig, id, count, exact, places)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    rank,
                    mine.values.tobytes(),
                    article_id,
                    mine.count,
                    exact_blob,
                    _SEP.join(sorted(places)),
                ),
            )
            self._db.executemany(
                "INSERT INTO bands (key, article) VALUES (?, ?)", [(k, rank) for k in keys]
            )
            return None
        (first,) = self._db.execute(
            "SELECT id FROM sketches WHERE article = ?", (-best[1],)
        ).fetchone()
        return str(first), round(best[0], 2)

    def close(self) -> None:
        """Close and delete the SQLite file."""
        self._db.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> CopyFinder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def with_copy(item: ArticleResult, copies: CopyFinder) -> ArticleResult:
    """``item`` with ``copy_of``: the article of the run whose text it nearly repeats, if any."""
    meta = {k: v for k, v in item.metadata.items() if k != COPY_FIELD}
    found = copies.add(item.article_id, item.text, named_places(item.mentions))
    if found is not None:
        meta[COPY_FIELD] = found[0]
    if meta == item.metadata:
        return item
    return replace(item, metadata=meta)


def named_places(mentions: Sequence[Mention]) -> frozenset[str]:
    """The places an article names, for :meth:`CopyFinder.add`: ids, or names left unresolved."""
    return frozenset(
        str(m.place.place_id) if m.place is not None else "name:" + m.text.casefold()
        for m in mentions
    )
