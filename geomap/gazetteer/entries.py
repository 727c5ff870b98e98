"""Entries of the gazetteer by id and code: a place, a country, an admin-1 unit, a demonym.

Mixed into :class:`geomap.gazetteer.store.Gazetteer`, which provides the
queries (``_query``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.rows import SELECT as _SELECT
from geomap.gazetteer.rows import place_from_row as _place
from geomap.gazetteer.rows import rank as _rank
from geomap.gazetteer.schema import KIND_CODE, numeric_id
from geomap.instance_cache import per_instance
from geomap.records import Place


class Entries:
    """Reads of entries by id and code; mixed into :class:`geomap.gazetteer.store.Gazetteer`."""

    if TYPE_CHECKING:

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

    @per_instance(maxsize=16384)
    def get(self, place_id: str) -> Place | None:
        """Return the entry with this ``place_id``, or ``None``."""
        pid = str(place_id)
        num = numeric_id(pid)
        if num is not None:
            rows = self._query(f"{_SELECT} WHERE p.id = ?", (num,))
        else:
            rows = self._query(f"{_SELECT} WHERE p.xid = ?", (pid,))
        return _place(rows[0]) if rows else None

    @per_instance(maxsize=1)
    def aliases(self) -> dict[str, list[str]]:
        """The curated common aliases ("usa", "britain", "kiev"), normalised, by place id."""
        rows = self._query(
            "SELECT n.norm, COALESCE(p.xid, CAST(p.id AS TEXT)) FROM names n "
            "JOIN places p ON p.id = n.pid WHERE n.kind = ?",
            (KIND_CODE["alias"],),
        )
        out: dict[str, list[str]] = {}
        for norm, pid in rows:
            out.setdefault(str(pid), []).append(str(norm))
        return out

    @per_instance(maxsize=1024)
    def country(self, cc: str) -> Place | None:
        """Return the country with ISO 3166-1 alpha-2 code ``cc`` (any case), or ``None``."""
        rows = self._query(f"{_SELECT} WHERE p.ftype = 0 AND p.cc = ?", (cc.upper(),))
        ranked = _rank((_place(r), "") for r in rows)
        return ranked[0][0] if ranked else None

    @per_instance(maxsize=8192)
    def admin1(self, cc: str, admin1_code: str) -> Place | None:
        """Return the first-order administrative unit ``cc.admin1_code`` (e.g. ``"US", "TX"``)."""
        rows = self._query(
            f"{_SELECT} WHERE p.ftype = 1 AND p.cc = ? AND p.admin1_code = ?",
            (cc.upper(), str(admin1_code)),
        )
        return _place(rows[0]) if rows else None

    def places_in(self, cc: str, feature_type: str | None = None) -> list[Place]:
        """Return the entries of one country, optionally of one feature type, by prior."""
        rows = self._query(f"{_SELECT} WHERE p.cc = ?", (cc.upper(),))
        places = [_place(r) for r in rows]
        if feature_type:
            places = [p for p in places if p.feature_type == feature_type]
        return [p for p, _ in _rank((p, "") for p in places)]

    @per_instance(maxsize=4096)
    def demonym(self, word: str) -> Place | None:
        """Return the place a demonym refers to ("Russian", "Russians" -> Russia), or ``None``.

        A plural ("Russians", "Britons") is tried without its final "s" when the word
        itself is not listed.
        """
        norm = normalize_name(word)
        keys = [norm] + ([norm[:-1]] if len(norm) > 3 and norm.endswith("s") else [])
        for key in keys:
            sql = f"{_SELECT} WHERE p.id = (SELECT pid FROM demonyms WHERE word = ?)"
            rows = self._query(sql, (key,))
            if rows:
                return _place(rows[0])
        return None

    @per_instance(maxsize=4096)
    def country_keys(self, cc: str, lang: str) -> tuple[str, ...]:
        """The lookup keys of country ``cc``'s names in ``lang`` (one-word names only).

        ``country_keys("BY", "pl")`` is ``("bialorus",)``: the keys are normalised as
        the local names' index writes them (:mod:`geomap.gazetteer.lemmas`); official
        long forms ("republika bialorus") are left out.
        """
        rows = self._query(
            "SELECT DISTINCT n.key FROM local_names n JOIN places p ON p.id = n.pid "
            "WHERE p.ftype = 0 AND p.cc = ? AND n.lang = ?",
            (cc.upper(), lang),
        )
        return tuple(sorted(str(r[0]) for r in rows if " " not in str(r[0])))

    @per_instance(maxsize=16)
    def country_name_keys(self, lang: str) -> tuple[tuple[str, str], ...]:
        """``(key, cc)``: every country's one-word name keys in ``lang`` (:meth:`country_keys`)."""
        rows = self._query(
            "SELECT DISTINCT n.key, p.cc FROM local_names n JOIN places p ON p.id = n.pid "
            "WHERE p.ftype = 0 AND n.lang = ? AND p.cc IS NOT NULL",
            (lang,),
        )
        return tuple(sorted((str(k), str(c)) for k, c in rows if " " not in str(k) and c))

    @per_instance(maxsize=16)
    def country_words(self, lang: str) -> tuple[tuple[str, str], ...]:
        """``(word, cc)``: the words of countries' long names in ``lang`` that one country owns.

        "franzosische" of "Französische Republik" is France's only, "republik" many
        countries'. The words are keys as the local names' index writes them.
        """
        rows = self._query(
            "SELECT p.cc, n.key FROM local_names n JOIN places p ON p.id = n.pid "
            "WHERE p.ftype = 0 AND n.lang = ? AND n.key LIKE '% %'",
            (lang,),
        )
        owners: dict[str, set[str]] = {}
        for cc, key in rows:
            for word in str(key).split():
                owners.setdefault(word, set()).add(str(cc))
        return tuple(sorted((w, next(iter(c))) for w, c in owners.items() if len(c) == 1))

    @per_instance(maxsize=4096)
    def named_from(self, words: str, before: tuple[str, ...] = ()) -> list[Place]:
        """Entries with a name that starts with ``words`` and goes on, or is one of ``before`` + it.

        ``named_from("Cheshire")`` finds Cheshire East and Cheshire West and Chester;
        with ``before=("north",)``, North Cheshire too.  Read off the names' index (a
        range of it and a few exact names), not by scanning a country's entries.
        """
        norm = normalize_name(words)
        if not norm:
            return []
        exact = [f"{w} {norm}" for w in before]
        marks = ",".join("?" * len(exact)) or "NULL"
        rows = self._query(
            f"{_SELECT} WHERE p.id IN (SELECT pid FROM names WHERE (norm > ? AND norm < ?)"
            f" OR norm IN ({marks}))",
            (f"{norm} ", f"{norm}!", *exact),
        )
        return [_place(r) for r in rows]
