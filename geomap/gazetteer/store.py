"""Read-only access to the gazetteer artifact (SQLite)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.errors import GazetteerCorruptError, GazetteerMissingError
from geomap.gazetteer import integrity
from geomap.gazetteer.entries import Entries
from geomap.gazetteer.integrity import quick_check
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES, index_keys
from geomap.gazetteer.local_names import LocalNames
from geomap.gazetteer.name_lookup import NameLookup
from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.paths import REBUILD_HINT, default_path
from geomap.gazetteer.romanised import ROMANISED, RomanisedNames, romanised_key
from geomap.gazetteer.schema import (
    FEATURE_TYPE_CODES,
    SCHEMA_VERSION,
)
from geomap.gazetteer.shapes import Shapes
from geomap.gazetteer.towns_abroad import TownsAbroad
from geomap.records import Candidate, Place
from geomap.sanitize import quoted

#: The feature type code of admin-1 units in the places table.
ADMIN1_CODE = FEATURE_TYPE_CODES.index("admin1")

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry


class Gazetteer(Entries, NameLookup, LocalNames, RomanisedNames, Shapes, TownsAbroad):
    """The offline gazetteer: names -> places, backed by one read-only SQLite file.

    Use :meth:`open` (the committed artifact) or :meth:`from_places` (a small
    in-memory store for tests).  All methods are safe to call from several
    threads.

    Parameters
    ----------
    conn
        An open connection to a gazetteer database.
    path
        Where it came from (``None`` for an in-memory store).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self.path = path
        self._meta = self._read_meta()
        #: Whether the names table holds a normalised name, as :meth:`known_norms` found.
        self._norm_memo: dict[str, bool] = {}

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | Path | None = None, *, verify: bool = False) -> Gazetteer:
        """Open a gazetteer artifact read-only.

        Every open runs cheap integrity checks (schema, row counts, the
        metadata checksum; :mod:`geomap.gazetteer.integrity`).

        Parameters
        ----------
        path
            The SQLite file, or a folder holding ``gazetteer.sqlite``.  Default:
            ``$GEOMAP_DATA`` or ``<repo>/data/gazetteer.sqlite``.
        verify
            Also compare the whole file's SHA-256 with its manifest (~50 ms);
            runs do this once per process.

        Returns
        -------
        Gazetteer
            The opened store.

        Raises
        ------
        GazetteerMissingError
            If the file does not exist.
        GazetteerCorruptError
            If it is not a gazetteer database of the expected schema version,
            or fails an integrity check.

        Examples
        --------
        >>> gz = Gazetteer.open()  # doctest: +SKIP
        >>> gz.lookup("Georgia")[0].country_code  # doctest: +SKIP
        'GE'
        """
        p = Path(path) if path is not None else default_path()
        if p.is_dir():
            p = p / "gazetteer.sqlite"
        if not p.is_file():
            raise GazetteerMissingError(f"Gazetteer artifact not found at {p}. {REBUILD_HINT}")
        if verify:
            integrity.verify(p)
        uri = p.resolve().as_uri() + "?mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            return cls(conn, p)
        except sqlite3.Error as exc:
            raise GazetteerCorruptError(
                f"Gazetteer artifact at {p} is unreadable ({exc}). {REBUILD_HINT}"
            ) from exc

    @classmethod
    def from_places(
        cls,
        places: Iterable[Place],
        shapes: Mapping[str, BaseGeometry] | None = None,
        *,
        aliases: Mapping[str, str] | None = None,
        demonyms: Mapping[str, str] | None = None,
        local_names: Iterable[tuple[str, str, str]] = (),
        other_names: Iterable[tuple[str, str, str]] = (),
    ) -> Gazetteer:
        """Build a small in-memory gazetteer through the artifact writer.

        Parameters
        ----------
        places
            Entries (unique ``place_id``).
        shapes
            Optional geometries by ``place_id``.
        aliases
            Optional alias -> ``place_id`` (indexed as ``"alias"`` matches).
        demonyms
            Optional demonym -> ``place_id``.
        local_names
            Optional ``(language, name, place_id)`` names in the languages
            indexed by lemma (``("uk", "Харків", "706483")``), or
            :data:`~geomap.gazetteer.romanised.ROMANISED` names indexed by their
            romanised key (``("romanised", "Bent Jbaïl", "276592")``).
        other_names
            Optional ``(name, place_id, match)`` names that are no entry's own name,
            ``match`` ``"exonym"`` or ``"alternate"`` (``("Hargeisa", "57289", "exonym")``).

        Returns
        -------
        Gazetteer
            A store that behaves like the real one.

        Examples
        --------
        >>> from geomap.records import Candidate, Place
        >>> spring = Place("1", "Springfield", "city", "US", None, 100, -89.6, 39.8, "curated")
        >>> gz = Gazetteer.from_places([spring])
        >>> gz.lookup("springfield")[0].place_id
        '1'
        """
        from geomap.gazetteer.builder.writer import write_store
        from geomap.gazetteer.names import strip_type_word

        plist = list(places)
        rows = [(normalize_name(a), pid, "alias") for a, pid in (aliases or {}).items()]
        rows += [(normalize_name(n), pid, match) for n, pid, match in other_names]
        for p in plist:
            if p.feature_type in ("admin1", "admin2"):
                short = strip_type_word(p.name)
                if short:
                    rows.append((short, p.place_id, "alternate"))
        dem = {normalize_name(w): pid for w, pid in (demonyms or {}).items()}
        local = [
            (lang, key, pid, "name")
            for lang, name, pid in local_names
            for key in (
                {romanised_key(name)} - {""} if lang == ROMANISED else index_keys(name, lang)
            )
        ]
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        meta = {"version": "from_places", "source": "memory"}
        write_store(conn, plist, rows, shapes, dem, meta, local)
        return cls(conn, None)

    def _read_meta(self) -> dict[str, str]:
        where = self.path if self.path is not None else "memory"
        try:
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
            self._conn.execute("SELECT 1 FROM places LIMIT 1").fetchall()
            self._conn.execute("SELECT 1 FROM names LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise GazetteerCorruptError(
                f"Gazetteer artifact at {where} is corrupt or not a gazetteer ({exc}). "
                f"{REBUILD_HINT}"
            ) from exc
        version = meta.get("schema_version")
        if version != SCHEMA_VERSION:
            raise GazetteerCorruptError(
                f"Gazetteer artifact at {where} has schema version {quoted(version)}, "
                f"expected {quoted(SCHEMA_VERSION)}. {REBUILD_HINT}"
            )
        quick_check(self._conn, self.path, meta)
        return meta

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"Gazetteer({where!r}, places={self._meta.get('count_places')})"

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise GazetteerCorruptError(
                    f"Gazetteer artifact at {self.path or 'memory'} is corrupt or unreadable "
                    f"({exc}). {REBUILD_HINT}"
                ) from exc

    # ------------------------------------------------------------------ names
    @property
    def info(self) -> dict[str, Any]:
        """Version, build date, sources and counts from the artifact's metadata."""
        info: dict[str, Any] = dict(self._meta)
        info["path"] = str(self.path) if self.path else None
        return info

    @property
    def max_name_tokens(self) -> int:
        """Number of tokens of the longest indexed name (for n-gram scanning)."""
        return int(self._meta.get("max_name_tokens", "1"))

    def candidates(self, name: str, lang: str | None = None) -> list[Candidate]:
        """Return every entry a surface name matches, and how it matched.

        Parameters
        ----------
        name
            Surface form, e.g. ``"Kiev"``; it is normalised first.
        lang
            The article's language: in Russian, Ukrainian, Polish, German and
            French a name is also looked up by its lemmas ("под Харьковом",
            "we Lwowie": :mod:`geomap.gazetteer.lemmas`) and among the names
            indexed in that language.

        Returns
        -------
        list of Candidate
            Sorted by a prior (countries, continents, regions first, then by
            population), then ``place_id``.
        """
        if lang in LOCAL_LANGUAGES:
            return list(self._candidates_local(name, lang))
        return list(self._candidates_norm(normalize_name(name)))
