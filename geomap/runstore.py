"""What a run accumulates while its articles stream past, in bounded memory.

In memory, per place: the :class:`~geomap.records.Place`, its mention count, its
claim count and how many mentions each article makes of it (``PlaceTally``);
per run: the article ids in order, the term frequencies of the claims
(:class:`~geomap.claims.similarity.TermCounts`, fixed size) and of the articles'
contexts with the words written in lower case (:class:`~geomap.claims.articles.ArticleIndex`,
fixed size; the contexts themselves go to SQLite).  The claims
themselves (serialised by :func:`geomap.serialize.claim_record`) and the pairs
of the cross-article comparison go to a SQLite file, read back place by place
by the writers.  Peak memory depends on the number of places and of
(place, article) pairs, not on the number of claims.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from geomap import heap
from geomap.claim_records import claim_records
from geomap.claims.articles import ArticleIndex, ContextFacts, context
from geomap.claims.pairing import DEFAULT_CANDIDATES, DEFAULT_THRESHOLD, pair_place
from geomap.claims.sameevent import DEFAULT_RULE, Evidence, Rule
from geomap.claims.similarity import TermCounts, joined_terms, sentence_terms
from geomap.metadata import COPY_FIELD
from geomap.records import ArticleResult, Place, confidence_rank
from geomap.runstore_languages import OtherLanguagesWriter
from geomap.runstore_reads import PlaceReads

#: Claims of one place compared at most (in order); the rest are kept but not paired.
MAX_COMPARED = 5000
#: Claims of one article stored at once, at most (a long article has tens of thousands).
CLAIMS_AT_ONCE = 1000

_SCHEMA = """
CREATE TABLE claims (id INTEGER PRIMARY KEY, place INTEGER NOT NULL, article INTEGER NOT NULL,
                     terms BLOB NOT NULL, record TEXT NOT NULL);
CREATE INDEX claims_place ON claims (place, id);
CREATE TABLE pairs (place INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL,
                    similarity REAL, seq INTEGER NOT NULL, evidence TEXT);
CREATE TABLE contexts (article INTEGER PRIMARY KEY, facts TEXT NOT NULL);
CREATE TABLE other_languages (place INTEGER NOT NULL, seq INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX other_languages_place ON other_languages (place, seq);
CREATE INDEX pairs_place ON pairs (place, seq);
CREATE INDEX pairs_a ON pairs (a);
CREATE INDEX pairs_b ON pairs (b);
"""


def _dump(evidence: Evidence | None) -> str | None:
    """A pair's evidence as stored (JSON), ``None`` for a pair made by place."""
    return None if evidence is None else json.dumps(evidence.to_dict())


@dataclass
class PlaceTally:
    """A place's running totals (memory per place: its articles, not its claims)."""

    place: Place
    seq: int
    mentions: int = 0
    claims: int = 0
    rank: tuple[bool, float] = (False, 0.0)  # the best mention's :func:`confidence_rank`
    per_article: dict[int, int] = field(default_factory=dict)  # article rank -> mentions

    @property
    def confidence(self) -> float:
        """The highest confidence of its mentions naming it, else of those placed at it."""
        return self.rank[1]


class RunStore(PlaceReads):
    """The run's places, articles, claims and comparison.

    Parameters
    ----------
    folder
        Where the SQLite file goes (a temporary folder when ``None``); it is
        deleted by :meth:`close`.
    """

    def __init__(self, folder: Path | None = None) -> None:
        fd, name = tempfile.mkstemp(prefix=".geomap-run-", suffix=".sqlite", dir=folder)
        os.close(fd)
        self.path = Path(name)
        self._db = sqlite3.connect(self.path)
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        self.places: dict[str, PlaceTally] = {}
        self.articles: list[str] = []
        self.metadata: list[dict[str, str]] = []
        self.terms = TermCounts()
        self.index = ArticleIndex(self._context)
        self.mentions = 0
        self.resolved = 0
        self.placed_at_focus = 0
        self.copies = 0  # articles that repeat an earlier one's text (``copy_of``)
        self.paired = False
        #: The claim records' keys, in order (every record has the same): a record is
        #: stored as the JSON list of its values and read back with these keys, shared by
        #: every record (``json.loads`` of an object makes new key strings for each).
        self._fields: tuple[str, ...] | None = None

    # ----------------------------------------------------------------- input
    def add(self, result: ArticleResult) -> None:
        """Take in one article's mentions and claims."""
        rank = len(self.articles)
        self.articles.append(result.article_id)
        self.metadata.append(dict(result.metadata))
        self.copies += bool(result.metadata.get(COPY_FIELD))
        for m in result.mentions:
            self.mentions += 1
            if m.place is None:
                continue
            self.resolved += 1
            self.placed_at_focus += m.located_by == "focus"
            tally = self.places.get(m.place.place_id)
            if tally is None:
                tally = self.places[m.place.place_id] = PlaceTally(m.place, len(self.places))
            tally.mentions += 1
            tally.rank = max(tally.rank, confidence_rank(m))
            tally.per_article[rank] = tally.per_article.get(rank, 0) + 1
        rows: list[tuple[int, int, bytes, str]] = []
        found: list[list[int]] = []  # each claim's terms, found here while the next are parsed
        # each sentence's words and terms are found once, for its claims and the context
        seen: dict[str, tuple[list[str], list[int]]] = {}
        sentence: str | None = None
        buckets: list[int] = []
        packed = b""
        named: dict[str, dict[str, None]] = {}  # the places the context names, with forms
        for c, record in zip(result.claims, claim_records(result), strict=True):
            tally = self.places[c.place_id]
            tally.claims += 1
            forms = named.setdefault(c.place_id, {tally.place.name: None})
            forms[str(record.get("mention") or "")] = None
            if self._fields is None:
                self._fields = tuple(record)
            if c.sentence != sentence:
                sentence = c.sentence
                if sentence not in seen:
                    seen[sentence] = sentence_terms(sentence)
                buckets = seen[sentence][1]
                packed = np.asarray(buckets, dtype=np.int32).tobytes()
            found.append(buckets)
            rows.append((tally.seq, rank, packed, json.dumps(list(record.values()))))
            if len(rows) >= CLAIMS_AT_ONCE:  # a long article's claims: a chunk at a time
                self._insert(rows, found)
                rows, found = [], []
        self._insert(rows, found)
        # the context's sentences are ``seen``'s, in order (:func:`context`)
        places = {pid: [f for f in forms if f] for pid, forms in named.items()}
        facts = self.index.add(context(seen), joined_terms(list(seen.values())), places)
        self._db.execute(
            "INSERT INTO contexts (article, facts) VALUES (?, ?)", (rank, facts.to_json())
        )

    def _insert(self, rows: list[tuple[int, int, bytes, str]], found: list[list[int]]) -> None:
        """Store claims' rows and count their terms."""
        self._db.executemany(
            "INSERT INTO claims (place, article, terms, record) VALUES (?, ?, ?, ?)", rows
        )
        self.terms.add_terms(found)

    def _context(self, rank: int) -> tuple[ContextFacts, str | None]:
        """What pairing reads of an article's context, and its date (for :class:`ArticleIndex`)."""
        row = self._db.execute("SELECT facts FROM contexts WHERE article = ?", (rank,)).fetchone()
        meta = self.metadata[rank] if 0 <= rank < len(self.metadata) else {}
        facts = ContextFacts.from_json(row[0]) if row else ContextFacts.of("")
        return facts, meta.get("published") or None

    def totals(self) -> dict[str, int]:
        """Counts of the run's mentions, places and copies."""
        return {
            "mentions": self.mentions,
            "resolved": self.resolved,
            "unresolved": self.mentions - self.resolved,
            "placed_at_focus": self.placed_at_focus,
            "places": len(self.places),
            "copies": self.copies,
        }

    # ----------------------------------------------------------- comparison
    def pair(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        k: int = DEFAULT_CANDIDATES,
        rule: Rule = DEFAULT_RULE,
    ) -> None:
        """Pair the claims of every place that tell the same event (once; stored, not kept)."""
        if self.paired:
            return
        mention = f"$[{self._fields.index('mention')}]" if self._fields else "$"
        across = (
            OtherLanguagesWriter(self) if len(set(filter(None, self._languages()))) > 1 else None
        )
        for tally in self.places.values():
            if len(tally.per_article) < 2:
                continue
            if across is not None:
                across.write(tally, k, rule)
            rows = self._db.execute(
                "SELECT id, article, terms, json_extract(record, ?) FROM claims "
                "WHERE place = ? ORDER BY id LIMIT ?",
                (mention, tally.seq, MAX_COMPARED),
            ).fetchall()
            forms = [tally.place.name, *dict.fromkeys(r[3] or "" for r in rows)]

            def evidence(
                i: int,
                j: int,
                sim: float,
                r: list[Any] = rows,
                f: list[str] = forms,
                p: str = tally.place.place_id,
            ) -> Evidence:
                return self.index.evidence(r[i][1], r[j][1], sim, f, p)

            found = pair_place(
                [np.frombuffer(r[2], dtype=np.int32).tolist() for r in rows],
                [r[1] for r in rows],
                self.terms,
                threshold=threshold,
                k=k,
                languages=[self._language(r[1]) for r in rows],
                evidence=evidence,
                rule=rule,
            )
            self._db.executemany(
                "INSERT INTO pairs (place, a, b, similarity, seq, evidence) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (tally.seq, rows[i][0], rows[j][0], sim, n, _dump(ev))
                    for n, (i, j, sim, ev) in enumerate(found)
                ],
            )
        self.paired = True
        # what pairing cached (up to CACHE articles' features and PAIR_CACHE pairs: tens of
        # MB in a big run) is not needed by the writers that follow: give it back
        self.index.forget()
        heap.release()

    def _languages(self) -> list[str | None]:
        """Each article's language, in run order."""
        return [self._language(r) for r in range(len(self.articles))]

    def _language(self, rank: int) -> str | None:
        """The language of the article of this rank, if known."""
        meta = self.metadata[rank] if 0 <= rank < len(self.metadata) else {}
        return meta.get("language") or None

    def _published(self, rank: int) -> str | None:
        """The publication date of the article of this rank, if known."""
        meta = self.metadata[rank] if 0 <= rank < len(self.metadata) else {}
        return meta.get("published") or None

    def other_languages_of(self, place_id: str, limit: int | None = None) -> list[dict[str, Any]]:
        """The place's articles in two languages (:mod:`geomap.claims.other_languages`)."""
        cur = self._db.execute(
            "SELECT record FROM other_languages WHERE place = ? ORDER BY seq LIMIT ?",
            (self.places[place_id].seq, -1 if limit is None else limit),
        )
        return [json.loads(r) for (r,) in cur]

    def only_in(self) -> dict[str, list[str]]:
        """``article -> names of the places only that article mentions``."""
        out: dict[str, list[str]] = {a: [] for a in self.articles}
        for tally in self.places.values():
            if len(tally.per_article) == 1:
                (rank,) = tally.per_article
                out[self.articles[rank]].append(tally.place.name)
        return out

    def close(self) -> None:
        """Close and delete the SQLite file."""
        self._db.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
