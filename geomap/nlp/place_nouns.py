"""A name that a place noun and "of" introduce: "the town of Nansan", "the province of Mahra".

"the Chinese town of X" and "the eastern province of Y" say what X and Y are. The
rules for smaller towns (:func:`geomap.nlp.town_names.is_town`) want a town of 1,000
people known by its own name; after such words that is too strict: GeoNames gives no
population for many towns ("Nansan", "Bujanovac": 0), and knows an admin unit by its
official name, the news by a short one ("Mahra" for Al Mahrah Governorate, an
alternate name). :func:`named_by_place_noun` takes a populated place of any size by its
own name after a settlement noun (:data:`SETTLEMENT_NOUNS`), and an admin unit by any
of its names after a unit noun (:data:`UNIT_NOUNS`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.name_shapes import is_acronym
from geomap.nlp.vocab import GENERIC_WORDS

#: Nouns of settlements before "of" ("the town of X").
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "township", "hamlet"})
#: Nouns of admin units before "of" ("the province of X").
UNIT_NOUNS = frozenset({"province", "region", "district", "governorate", "state", "county"})
#: Feature types of units a unit noun names.
UNIT_TYPES = frozenset({"admin1", "admin2"})


def place_noun_before(span: Span) -> str | None:
    """The settlement or unit noun of "the <noun> of" right before ``span``, if any."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    noun = doc[i - 1].lower_
    if noun not in SETTLEMENT_NOUNS and noun not in UNIT_NOUNS:
        return None
    return noun


def named_by_place_noun(gazetteer: Any, span: Span) -> bool:
    """Whether the gazetteer has the place that "the town of" or "the province of" names.

    After a settlement noun: a populated place (city) by its own name, whatever its
    population; after a unit noun: an admin unit by any of its names.
    """
    text = span.text
    if not text[:1].isupper() or is_acronym(text) or text.lower() in GENERIC_WORDS:
        return False
    noun = place_noun_before(span)
    if noun is None:
        return False
    for c in gazetteer.candidates(text):
        p = c.place
        if noun in SETTLEMENT_NOUNS and p.feature_type == "city" and c.match in {"name", "alias"}:
            return True
        if noun in UNIT_NOUNS and p.feature_type in UNIT_TYPES:
            return True
    return False
