"""Names the gazetteer lacks after "the town of", "the villages of A and B".

"Israeli strikes hit the southern Lebanese towns of Nabatieh and Bint Jbeil": the
model tags the names an organisation and a person, the gazetteer has neither, and no
other word says what they are. A lower-case noun of a settlement and "of" before a
capitalised name (or before the list it is part of) says it
(:func:`settlement_before`) of a name the gazetteer has no entry for
(:func:`unknown_settlement`: a village known by that spelling, or a unit's other name,
is left to the rules for towns); :mod:`geomap.nlp.known` reads it, and the resolver
places the name by its qualifier or the article's focus
(:func:`geomap.nlp.focus.placeable`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.name_shapes import is_acronym
from geomap.nlp.town_actions import list_start

#: Lower-case nouns of a settlement before "of" and its name; not "capital" ("the
#: capital of Mali" names a country) or "port" ("the port of Spain").
SETTLEMENT_NOUNS_BEFORE = frozenset(
    """
    town towns village villages hamlet hamlets settlement settlements township townships
    city cities island islands
    """.split()  # noqa: SIM905
)

#: Most words between "the" and the noun ("the southern Lebanese", "the oil-rich").
MAX_MODIFIERS = 4


def settlement_before(span: Span) -> bool:
    """Whether "the town of", "the villages of A and" ... comes before the name.

    The noun is in lower case ("the City of London" is a name) after "the" and up to
    :data:`MAX_MODIFIERS` words, demonyms or hyphens ("the southern Lebanese towns of",
    "the oil-rich town of"); the name is
    the first of the list or a later one ("the villages of Aitaroun and Maroun al-Ras").
    """
    doc = span.doc
    i = list_start(doc, span.start) - 1
    if i < 2 or doc[i].lower_ != "of":
        return False
    noun = doc[i - 1]
    if not noun.is_lower or noun.lower_ not in SETTLEMENT_NOUNS_BEFORE:
        return False
    k = i - 2
    while k >= 0 and i - 2 - k < MAX_MODIFIERS and doc[k].lower_ != "the":
        word = doc[k]
        if not (word.is_alpha or word.text == "-") or word.ent_type_ not in ("", "NORP", "GPE"):
            return False  # "Smith's towns of", "1990 towns of"
        k -= 1
    return k >= 0 and doc[k].lower_ == "the"


def unknown_settlement(span: Span, gazetteer: Any) -> bool:
    """Whether a capitalised name the gazetteer has no entry for follows "the town of".

    :func:`settlement_before`; not an acronym, and no entry of any kind by that name.
    """
    text = span.text
    if not text[:1].isupper() or is_acronym(text):
        return False
    return settlement_before(span) and not gazetteer.candidates(text)
