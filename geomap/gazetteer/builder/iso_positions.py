"""ISO 3166-2 subdivisions named by their position ("North-West", "Extrême-Nord", "Grand Est").

Their translations are mostly common words ("Південний", "Nordost", "Nord-Ouest": a
quarter of any country), never indexed; :func:`named_part` keeps those written as a
proper name, every word capitalised and one that is no cardinal point ("Extrême-Nord",
Cameroon's Far North; "Grand Est", France's region; "Centre-Est", Burkina Faso's), for
:mod:`geomap.gazetteer.builder.iso_names`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.gazetteer.builder.iso_codes import Subdivision
from geomap.gazetteer.builder.iso_likeness import UNIT_WORDS
from geomap.gazetteer.names import normalize_name
from geomap.language import OWN_LANGUAGE_COUNTRIES

#: Words of a subdivision named by its position alone ("South", "Nord-Ouest", "Centre"):
#: its translations ("Південний", "Nord") are common words, never indexed.
POSITION_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "middle",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "far",
        "upper",
        "lower",
        "greater",
        "nord",
        "sud",
        "est",
        "ouest",
        "extreme",
        "haut",
        "bas",
        "grand",
        "norte",
        "sur",
        "sul",
        "este",
        "oeste",
        "centro",
        "centrale",
        "region",
    ]
)
#: A word for a cardinal point or the centre, or its stem, in English and the five languages.
_CARDINAL = re.compile(
    r"^(?:north|south|east|west|nord|sud|süd|est|ost|ouest|półn|połud|wsch|zach"
    r"|півн|півд|схід|східн|захід|західн|север|южн|восточ|запад|cent|środk|центр)",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\s\-]+")


def by_position(name: str) -> bool:
    """Whether a subdivision is named by its position alone ("South", "Nord-Ouest")."""
    words = normalize_name(name).split()
    return bool(words) and all(w in POSITION_WORDS for w in words)


def proper_name(name: str) -> bool:
    """Whether a position's name is written as a proper name ("Extrême-Nord", "Grand Est").

    Each of its two or more words is capitalised and one is neither a cardinal point,
    the centre nor a word for a kind of unit ("Nord-Ouest", "Південний Захід", "Region
    Północny" and "Далека північна" are not).
    """
    words = [w for w in _WORDS.split(name.strip()) if w]
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and not all(_CARDINAL.match(w) or normalize_name(w) in UNIT_WORDS for w in words)
    )


def named_part(sub: Subdivision, after_kind: bool = False) -> Subdivision:
    """``sub``; named by its position alone, with only its translations that are proper names.

    ``after_kind``: a unit of its country is named so after a word for its kind
    (GeoNames' "Département du Nord", ISO 3166-2's FR-59 "Nord"): the name is a proper
    name there, and the own name stays in a language of its country (French "Nord").
    """
    if not by_position(sub.name):
        return sub
    return replace(
        sub,
        local=tuple(
            (lang, n)
            for lang, n in sub.local
            if proper_name(n)
            or (after_kind and n == sub.name and sub.country in OWN_LANGUAGE_COUNTRIES[lang])
        ),
    )
