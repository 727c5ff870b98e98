"""A name that a place noun and "of" introduce: "the town of Nansan", "the province of Mahra".

"the Chinese town of X" and "the eastern province of Y" say what X and Y are. The
rules for smaller towns (:func:`geomap.nlp.town_names.is_town`) want a town of 1,000
people known by its own name; after such words that is too strict: GeoNames gives no
population for many towns ("Nansan", "Bujanovac": 0), and knows an admin unit by its
official name, the news by a short one ("Mahra" for Al Mahrah Governorate, an
alternate name). :func:`named_by_place_noun` takes a populated place of any size by its
own name after a settlement noun (:data:`SETTLEMENT_NOUNS`), and an admin unit by any
of its names after a unit noun (:data:`UNIT_NOUNS`). The resolver keeps, of a name's
candidates, those of the kinds such a noun admits (:func:`kinds_named`: "the island of
Java" is the island, not a town in Georgia).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.compounds import compound_part
from geomap.nlp.name_shapes import is_acronym, lookup_demonym
from geomap.nlp.river_points import is_river
from geomap.nlp.vocab import GENERIC_WORDS
from geomap.records import Candidate

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


#: Words that open a noun phrase, capitalised at a sentence's start ("The city of X").
DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
#: The kinds of place a noun before "of" admits among a name's candidates: "the town of
#: X" is no county, "the state of Georgia" no country's namesake town, "the Indonesian
#: island of Java" no town (an island may be a country or a province: Cyprus, Sicily).
KIND_NOUNS: dict[str, frozenset[str]] = {
    **{noun: frozenset({"city"}) for noun in SETTLEMENT_NOUNS},
    "province": UNIT_TYPES,
    "district": UNIT_TYPES,
    "governorate": UNIT_TYPES,
    "region": UNIT_TYPES | {"region"},
    "county": frozenset({"admin2"}),
    "state": frozenset({"admin1", "country"}),
    **{
        noun: frozenset({"landform", "country", "admin1", "admin2"})
        for noun in ("island", "islands", "isle")
    },
}


def kind_before(gazetteer: Any, span: Span) -> frozenset[str] | None:
    """The kinds of place "the <noun> of" right before ``span`` admits (:data:`KIND_NOUNS`).

    The noun must be a common noun of its own phrase: after a determiner or another
    lower-case word ("The city of", "the northern province of") or a demonym ("the
    Indonesian island of"), not the last word of another name ("the Mukuru kwa Njenga
    district of Nairobi" is no district called Nairobi).
    """
    doc = span.doc
    i = span.start - 1
    if doc.lang_ != "en" or i < 2 or doc[i].lower_ != "of":
        return None
    kinds = KIND_NOUNS.get(doc[i - 1].lower_)
    before = doc[i - 2]
    if kinds is None or not (
        before.is_lower or before.lower_ in DETERMINERS or lookup_demonym(gazetteer, before.text)
    ):
        return None
    return kinds


#: Lower-case words after a name that make it a stretch of land ("the Essequibo region",
#: "the Kaliningrad exclave"): not a river named alike. A sea's or an ocean's region is
#: about the water ("the tropical Pacific region", "the Baltic region"): seas stay.
LAND_TAILS = frozenset({"region", "exclave", "enclave"})


def land_after(span: Span) -> bool:
    """Whether a lower-case land word follows ``span`` (:data:`LAND_TAILS`).

    "the disputed Essequibo region" is the region, not the river, when the gazetteer
    has both; English only (other languages write the word before the name).
    """
    doc = span.doc
    if doc.lang_ != "en" or span.end >= len(doc):
        return False
    if compound_part(span):
        return False  # "the Asian-Pacific region": the compound's region, not Pacific's
    nxt = doc[span.end]
    return nxt.is_lower and nxt.text in LAND_TAILS


def kinds_named(gazetteer: Any, cands: list[Candidate], spans: list[Span]) -> list[Candidate]:
    """A name's candidates of the kinds the nouns before its mentions admit, if any is.

    "the island of Java" keeps the island, not Java, Georgia, and "the X region" no
    river (:func:`land_after`); mentions without such a noun admit any kind, and when
    no candidate is of an admitted kind all stay.
    """
    if any(land_after(s) for s in spans):  # "the X region": no river X
        cands = [c for c in cands if not is_river(c.place)] or cands
    kinds = [k for k in (kind_before(gazetteer, s) for s in spans) if k is not None]
    if not kinds:
        return cands
    admitted = frozenset().union(*kinds)
    kept = [c for c in cands if c.place.feature_type in admitted]
    return kept or cands
