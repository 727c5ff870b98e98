"""A run store's claims and pairs read back place by place (:class:`PlaceReads`).

The writers read :class:`geomap.runstore.RunStore` through these: a place's claims, its
pairs of claims and its claims in no pair, in the order they were stored, each a
:func:`geomap.serialize.claim_record` dict, never a whole run's at once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from geomap.metadata import COPY_FIELD
from geomap.serialize import place_summary

if TYPE_CHECKING:
    from geomap.runstore import PlaceTally


class PlaceReads:
    """The reading side of the run store (a base of :class:`~geomap.runstore.RunStore`)."""

    _db: sqlite3.Connection
    _fields: tuple[str, ...] | None
    places: dict[str, PlaceTally]
    articles: list[str]
    metadata: list[dict[str, str]]

    def _record(self, text: str) -> dict[str, Any]:
        """A stored claim record (the JSON list of its values) as a dict again."""
        return dict(zip(self._fields or (), json.loads(text), strict=True))

    def articles_of(self, place_id: str) -> list[str]:
        """Ids of the articles that mention the place, in run order."""
        return [self.articles[r] for r in sorted(self.places[place_id].per_article)]

    def originals_of(self, place_id: str) -> int:
        """How many articles mention the place with a text of their own (no ``copy_of``)."""
        ranks = self.places[place_id].per_article
        return sum(not self.metadata[r].get(COPY_FIELD) for r in ranks)

    def summary_of(self, place_id: str) -> dict[str, Any]:
        """The place with its counts (:func:`~geomap.serialize.place_summary`) for every writer."""
        tally = self.places[place_id]
        return place_summary(
            tally.place,
            mentions=tally.mentions,
            claims=tally.claims,
            articles=self.articles_of(place_id),
            confidence=tally.confidence,
            originals=self.originals_of(place_id),
        )

    def claims_of(self, place_id: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """The place's claims (as :func:`~geomap.serialize.claim_record` dicts), in order."""
        seq = self.places[place_id].seq
        cur = self._db.execute(
            "SELECT record FROM claims WHERE place = ? ORDER BY id LIMIT ?",
            (seq, -1 if limit is None else limit),
        )
        for (record,) in cur:
            yield self._record(record)

    def claims_in(
        self, place_id: str, article: int, limit: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """The place's claims in the article of rank ``article``, in order."""
        cur = self._db.execute(
            "SELECT record FROM claims WHERE place = ? AND article = ? ORDER BY id LIMIT ?",
            (self.places[place_id].seq, article, -1 if limit is None else limit),
        )
        for (record,) in cur:
            yield self._record(record)

    def claim_counts(self, place_id: str) -> dict[int, int]:
        """``article rank -> claims of the place in it``."""
        cur = self._db.execute(
            "SELECT article, COUNT(*) FROM claims WHERE place = ? GROUP BY article",
            (self.places[place_id].seq,),
        )
        return {int(a): int(n) for a, n in cur}

    def pairs_of(
        self, place_id: str, limit: int | None = None
    ) -> Iterator[tuple[dict[str, Any], dict[str, Any], float | None, dict[str, Any] | None]]:
        """The place's claim pairs ``(claim_a, claim_b, similarity, evidence)``, in order."""
        seq = self.places[place_id].seq
        cur = self._db.execute(
            "SELECT ca.record, cb.record, p.similarity, p.evidence FROM pairs p "
            "JOIN claims ca ON ca.id = p.a JOIN claims cb ON cb.id = p.b "
            "WHERE p.place = ? ORDER BY p.seq LIMIT ?",
            (seq, -1 if limit is None else limit),
        )
        for a, b, sim, ev in cur:
            evidence = None if ev is None else json.loads(ev)
            yield self._record(a), self._record(b), None if sim is None else float(sim), evidence

    def unpaired_of(self, place_id: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """The place's claims in no pair, in order."""
        seq = self.places[place_id].seq
        cur = self._db.execute(
            "SELECT record FROM claims c WHERE place = ? "
            "AND NOT EXISTS (SELECT 1 FROM pairs p WHERE p.a = c.id) "
            "AND NOT EXISTS (SELECT 1 FROM pairs p WHERE p.b = c.id) "
            "ORDER BY id LIMIT ?",
            (seq, -1 if limit is None else limit),
        )
        for (record,) in cur:
            yield self._record(record)

    #: A place's claims numbered from 0 in stored order (their positions in claims_of).
    _NUMBERED = (
        "WITH n AS (SELECT id, article, ROW_NUMBER() OVER (ORDER BY id) - 1 AS i "
        "FROM claims WHERE place = ?) "
    )

    def pair_indices_of(
        self, place_id: str
    ) -> Iterator[tuple[str, str, int, int, float | None, dict[str, Any] | None]]:
        """The place's pairs as ``(article a, article b, claim a, claim b, similarity, evidence)``.

        A claim is its position in :meth:`claims_of` (from 0): ``comparison.json``
        writes each claim once and its pairs by position.
        """
        seq = self.places[place_id].seq
        # Positions from one scan of the place's claims, then the pairs joined on the
        # claims' primary key: numbering in SQL per pair grew with the square of claims.
        position = {
            cid: i
            for i, (cid,) in enumerate(
                self._db.execute("SELECT id FROM claims WHERE place = ? ORDER BY id", (seq,))
            )
        }
        cur = self._db.execute(
            "SELECT ca.article, cb.article, p.a, p.b, p.similarity, p.evidence FROM pairs p "
            "JOIN claims ca ON ca.id = p.a JOIN claims cb ON cb.id = p.b "
            "WHERE p.place = ? ORDER BY p.seq",
            (seq,),
        )
        for ra, rb, ida, idb, sim, ev in cur:
            evidence = None if ev is None else json.loads(ev)
            similarity = None if sim is None else float(sim)
            yield (
                self.articles[ra],
                self.articles[rb],
                position[ida],
                position[idb],
                similarity,
                evidence,
            )

    def unpaired_indices_of(self, place_id: str) -> Iterator[int]:
        """The positions in :meth:`claims_of` of the place's claims in no pair, in order."""
        seq = self.places[place_id].seq
        cur = self._db.execute(
            self._NUMBERED + "SELECT i FROM n "
            "WHERE NOT EXISTS (SELECT 1 FROM pairs p WHERE p.a = n.id) "
            "AND NOT EXISTS (SELECT 1 FROM pairs p WHERE p.b = n.id) ORDER BY i",
            (seq,),
        )
        for (i,) in cur:
            yield i
