"""Lookups by name: a surface form -> the entries it names, and how.

Mixed into :class:`geomap.gazetteer.store.Gazetteer`, which provides the
queries (``_query``), its lock and the memo of :meth:`NameLookup.known_norms`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from geomap.gazetteer.names import compass_forms, normalize_name
from geomap.gazetteer.rows import place_from_row as _place
from geomap.gazetteer.rows import rank as _rank
from geomap.gazetteer.schema import MATCH_KINDS, PLACE_SELECT
from geomap.gazetteer.unit_frames import frame_candidates, unit_frames
from geomap.instance_cache import per_instance
from geomap.records import Candidate, Place

#: Names per query of :meth:`NameLookup.known_norms` (SQLite's bound parameters).
_IN_CHUNK = 500
#: Names whose presence :meth:`NameLookup.known_norms` keeps before it starts afresh.
_MEMO_SIZE = 65_536


#: Feature types a county's name without its word "County" may name.
_UNITS = frozenset({"admin1", "admin2"})
#: Words before a name that say it is a county's ("County Louth", "Co Tyrone").
_COUNTY_WORDS = ("county ", "co ")


def county_names(norm: str) -> tuple[str, ...]:
    """The other forms of a normalised "county x" ("x") or "co x" ("county x", "x").

    Irish and British news write counties "County Louth" or "Co Louth"; GeoNames names
    some of them so ("County Donegal") and some without the word ("Louth"). None for
    another name.
    """
    for word in _COUNTY_WORDS:
        if norm.startswith(word) and len(norm) > len(word):
            rest = norm[len(word) :]
            return (rest,) if word == "county " else ("county " + rest, rest)
    return ()


def _county(row: Any) -> bool:
    """Whether a row is an admin unit's own name (not "Antrim County", Michigan, for "Antrim")."""
    return _place(row).feature_type in _UNITS and MATCH_KINDS[row[-1]] in {"name", "alias"}


def _spellings(norm: str) -> tuple[str, ...]:
    """A normalised name and its other compass spellings ("south west", "southwest")."""
    return (norm, *compass_forms(norm))


class NameLookup:
    """Reads of entries by name; mixed into :class:`geomap.gazetteer.store.Gazetteer`."""

    if TYPE_CHECKING:
        _lock: threading.Lock
        _norm_memo: dict[str, bool]

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

        def admin1(self, cc: str, admin1_code: str) -> Place | None: ...  # noqa: D102

    @per_instance(maxsize=16384)
    def _candidates_norm(self, norm: str) -> tuple[Candidate, ...]:
        if not norm:
            return ()
        keys = _spellings(norm)  # "Southwest" is "South-West" too
        rows = self._rows(keys)
        for other in () if rows else county_names(norm):
            # "County Louth", "Co Donegal": the county GeoNames calls Louth, County Donegal
            rows = [r for r in self._rows(_spellings(other)) if _county(r)]
            if rows:
                break
        if not rows:  # "Republic of Crimea", "Zaporozhye Region": the unit in its official form
            return self._framed(norm)
        ranked = _rank((_place(r), MATCH_KINDS[r[-1]]) for r in rows)
        if len(keys) > 1:  # an entry under both spellings: its best match once
            first = {p.place_id: i for i, (p, _) in reversed(list(enumerate(ranked)))}
            ranked = [pk for i, pk in enumerate(ranked) if first[pk[0].place_id] == i]
        return tuple(Candidate(p, k) for p, k in ranked)

    def _framed(self, norm: str) -> tuple[Candidate, ...]:
        """The units a name without entries of its own names in its official form."""
        for core, kinds in unit_frames(norm):
            found = frame_candidates(kinds, self._candidates_norm(core), self.admin1)
            if found:
                return tuple(found)
        return ()

    def _rows(self, keys: Sequence[str]) -> list[Any]:
        """The rows of the entries and the names' kinds that ``keys`` name."""
        return self._query(
            f"SELECT {PLACE_SELECT}, n.kind FROM names n JOIN places p ON p.id = n.pid "
            f"WHERE n.norm IN ({', '.join('?' * len(keys))})",
            keys,
        )

    def lookup(self, name: str) -> list[Place]:
        """Return all places a surface name matches (see :meth:`candidates`).

        Parameters
        ----------
        name
            Surface form, e.g. ``"Georgia"``.

        Returns
        -------
        list of Place
            Sorted by prior, best first; empty if the name is unknown.
        """
        return [c.place for c in self._candidates_norm(normalize_name(name))]

    def known_norms(self, norms: Iterable[str]) -> set[str]:
        """The normalised names among ``norms`` that the names table holds.

        A name counts as held under any of its compass spellings, as
        :meth:`candidates` finds it.  One query per :data:`_IN_CHUNK` spellings
        not asked before, where :meth:`candidates` makes one per name: a caller
        about to try many names, most of them unknown, asks first which exist (a
        name not returned has no candidates).  The answers are kept (at most
        :data:`_MEMO_SIZE`).
        """
        wanted = {n for n in norms if n}
        with self._lock:
            memo = self._norm_memo
            if len(memo) > _MEMO_SIZE:
                memo.clear()
            answers = {n: memo[n] for n in wanted if n in memo}
        ask = sorted({s for n in wanted - answers.keys() for s in _spellings(n)})
        found: set[str] = set()
        for k in range(0, len(ask), _IN_CHUNK):
            chunk = ask[k : k + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._query(f"SELECT DISTINCT norm FROM names WHERE norm IN ({marks})", chunk)
            found.update(str(r[0]) for r in rows)
        fresh = {
            n: any(s in found for s in _spellings(n)) or bool(self._framed(n))
            for n in wanted - answers.keys()
        }
        answers.update(fresh)
        with self._lock:
            memo.update(fresh)
        return {n for n, present in answers.items() if present}

    @per_instance(maxsize=65536)
    def _has_norm(self, norm: str) -> bool:
        keys = _spellings(norm)
        return bool(norm) and bool(
            self._query(
                f"SELECT 1 FROM names WHERE norm IN ({', '.join('?' * len(keys))}) LIMIT 1", keys
            )
        )

    def has_name(self, name: str) -> bool:
        """Return whether any entry has this (normalised) name."""
        return self._has_norm(normalize_name(name))
