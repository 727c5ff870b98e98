"""How alike an ISO 3166-2 subdivision's names are to an admin-1 unit's own name.

:func:`similar` picks the admin-1 unit a top-level subdivision names when no name
is equal ("Lombardia" is "Lombardy", "Altayskiy kray" is "Altai Krai", "Toscana",
whose vowels alone differ, "Tuscany"), for
:mod:`geomap.gazetteer.builder.iso_names`.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

#: Words for a kind of unit, articles and "and", left out when names are compared by similarity.
UNIT_WORDS = frozenset(
    [
        "oblast",
        "oblasti",
        "oblys",
        "oblysy",
        "kraj",
        "kray",
        "krai",
        "lan",
        "okrug",
        "zupanija",
        "zupanija",
        "zhupaniya",
        "voivodeship",
        "wojewodztwo",
        "voevodstvo",
        "voievodstvo",
        "province",
        "provincia",
        "region",
        "regione",
        "respublika",
        "republika",
        "republic",
        "comunidad",
        "county",
        "district",
        "state",
        "department",
        "departement",
        "governorate",
        "muhafazat",
        "gespanschaft",
        "obwod",
        "ajmak",
        "aymak",
        "kantonas",
        "apskritis",
        "maakond",
        "novads",
        "al",
        "el",
        "ad",
        "an",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "la",
        "le",
        "les",
        "de",
        "of",
        "and",
        "i",
        "und",
        "et",
        "va",
        "wa",
    ]
)
#: Least :class:`~difflib.SequenceMatcher` ratio of a top-level subdivision's name and
#: its admin-1 unit's when no name is equal ("Lombardia", "Lombardy": .82).
MIN_SIMILARITY = 0.75
#: The score of a name that begins with the other (of at least :data:`MIN_PREFIX`
#: letters: "krasnodarskij", "Krasnodar").
PREFIX_LIKENESS = 0.99
MIN_PREFIX = 5
#: The score of a name of at least :data:`MIN_PREFIX` letters that has the other's
#: first letter and consonants, only its vowels differing ("Toscana", "Tuscany").
SKELETON_LIKENESS = 0.9
#: What a subdivision's word for its kind adds to a unit's likeness when the unit's
#: English name has the same word, and takes away when it has another.
KIND_AGREES = 0.1
KIND_DIFFERS = 0.2
#: One spelling of each word for a kind of unit in romanised names.
_KIND_SPELLINGS = {
    "kray": "krai",
    "kraj": "krai",
    "respublika": "republic",
    "republika": "republic",
    "oblys": "oblast",
}
#: A similar name is taken only this far ahead of the second most similar unit's.
SIMILARITY_MARGIN = 0.1


def _bare(key: str) -> str:
    """A name key without its words for a kind of unit ("atyrauskaya oblast" -> "atyrauskaya")."""
    words = [w for w in key.split() if w not in UNIT_WORDS]
    return " ".join(words) or key


def _kind(key: str) -> str | None:
    """A name key's word for a kind of unit, spelt one way ("kray" -> "krai"), or ``None``."""
    words = [w for w in key.split() if w in UNIT_WORDS and len(w) > 3]
    return None if not words else _KIND_SPELLINGS.get(words[-1], words[-1])


def _fold(key: str) -> str:
    """A romanised name with "y" read as "i" ("altayskiy" begins like "altai")."""
    return key.replace("y", "i")


def _consonants(key: str) -> str:
    """A folded name key's consonants ("toscana", "tuscani" -> "tscn")."""
    return "".join(c for c in key if c not in "aeiou ")


def _likeness(key: str, own: str) -> float:
    """How alike two bare names are: 0 unless they begin alike; .99 when one begins the other."""
    key, own = _fold(key), _fold(own)
    skeleton = 0.0
    if key[:1] == own[:1] and len(key) >= MIN_PREFIX and _consonants(key) == _consonants(own):
        skeleton = SKELETON_LIKENESS  # "Toscana" of "Tuscany": the vowels alone differ
    if key[:2] != own[:2]:
        return skeleton
    if min(len(key), len(own)) >= MIN_PREFIX and (key.startswith(own) or own.startswith(key)):
        return PREFIX_LIKENESS  # "krasnodarskij" of "Krasnodar"
    return max(skeleton, SequenceMatcher(None, key, own).ratio())


def similar(keys: set[str], units: list[Entry]) -> tuple[Entry, float] | None:
    """The admin-1 unit whose own name is clearly the most like one of ``keys``, or ``None``.

    "Lombardia" is "Lombardy", "Piemonte" "Piedmont": the same name in two languages.
    Names are compared without their words for a kind of unit (:func:`_likeness`).
    """
    bare = {_bare(k) for k in keys}
    kinds = {_kind(k) for k in keys} - {None}

    def score(unit: Entry) -> float:
        own = _bare(normalize_name(unit.name))
        like = max((_likeness(k, own) for k in bare), default=0.0)
        # "Altayskiy kray" is Altai Krai, "Altay, Respublika" not: the kind words agree or not
        kind = _kind(normalize_name(unit.name))
        if kind is not None and kinds:
            like += KIND_AGREES if kind in kinds else -KIND_DIFFERS
        return like

    scored = sorted(((score(u), i) for i, u in enumerate(units)), reverse=True)
    if not scored or scored[0][0] < MIN_SIMILARITY:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < SIMILARITY_MARGIN:
        return None
    return units[scored[0][1]], scored[0][0]
