"""A town's people and officers named after it: "the Menaka governor", "A Larne man".

Local and conflict news names a town's residents, officials and officers by the town
("Kidal residents said", "Kupiansk's mayor", "Omagh officials", "Omagh Mayor Jane
Doe", "the Omagh fire chief") and gives a person's town of origin before "man" or
"woman" ("A Larne man, 34, was charged"): :func:`before_office_noun` reads the name
before such words as a place, and :func:`after_office_noun` the name after such a noun
and "in" ("police in Baramulla said"), for :mod:`geomap.nlp.known` (which also asks the
gazetteer for a town or a well-known place of that name).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.name_shapes import lookup_demonym

#: Lower-case nouns of a town's people and government after its name ("the Menaka
#: governor", "Kidal residents", "Kupiansk's mayor").
OFFICE_NOUNS = frozenset(
    {"mayor", "governor", "residents", "inhabitants", "villagers", "townspeople", "municipality",
     "officials", "councillors", "councilors"}
)  # fmt: skip
#: Capitalised titles of a town's officers before their names ("Omagh Mayor Jane Doe").
OFFICE_TITLES = frozenset({"Mayor", "Governor"})
#: Nouns of the service whose chief a town's name may precede ("the Omagh fire chief").
CHIEF_SERVICES = frozenset({"fire", "police"})
#: Lower-case words of a level of government after a name's possessive ("Amhara's
#: regional government", "Sicily's civil protection"): no person has one.
LEVEL_WORDS = frozenset(
    {"regional", "provincial", "state", "municipal", "civil", "district", "county"}
)
#: Nouns of a government or public service after :data:`LEVEL_WORDS`.
GOVERNMENT_NOUNS = frozenset(
    {"government", "administration", "authorities", "authority", "protection", "police",
     "council", "assembly", "parliament", "legislature"}
)  # fmt: skip
#: Nouns of a person that, after "a" or "an", make the name before them their town of
#: origin, as local news gives it ("A Larne man, 34, was charged").
ORIGIN_NOUNS = frozenset({"man", "woman", "teenager", "boy", "girl", "pensioner", "couple"})


def before_office_noun(span: Span, gazetteer: Any) -> bool:
    """Whether a noun of the town's people or government follows the name.

    "the Menaka governor said", "Kidal residents said", "Kupiansk's mayor", "Omagh
    officials"; an officer's capitalised title before a name ("Omagh Mayor Jane Doe"), a
    fire or police chief ("the Omagh fire chief"), "a"/"an" before the name and a
    noun of a person ("A Larne man"), or after the name's possessive a level of
    government and its noun ("Amhara's regional government", "Sicily's civil
    protection"); a demonym is no town's name ("Kurdish and Arab residents").
    """
    doc, j = span.doc, span.end
    owned = j < len(doc) and doc[j].text in {"'s", "\u2019s"}
    if owned:
        j += 1
    if j >= len(doc) or not (
        (doc[j].is_lower and doc[j].lower_ in OFFICE_NOUNS)
        or (owned and _level_government(doc, j))
        or _titled_officer(doc, j)
        or _service_chief(doc, j)
        or _origin(span, j)
    ):
        return False
    return lookup_demonym(gazetteer, span.text) is None


def _level_government(doc: Doc, j: int) -> bool:
    """Whether a level of government and its noun start at ``j`` ("regional government")."""
    return (
        doc[j].is_lower
        and doc[j].lower_ in LEVEL_WORDS
        and j + 1 < len(doc)
        and doc[j + 1].is_lower
        and doc[j + 1].lower_ in GOVERNMENT_NOUNS
    )


def _titled_officer(doc: Doc, j: int) -> bool:
    """Whether a town's officer's title and a capitalised name start at ``j`` ("Mayor Jane Doe")."""
    return doc[j].text in OFFICE_TITLES and j + 1 < len(doc) and doc[j + 1].is_title


def _service_chief(doc: Doc, j: int) -> bool:
    """Whether "fire chief" or "police chief" starts at ``j`` ("the Omagh fire chief")."""
    return (
        doc[j].lower_ in CHIEF_SERVICES
        and doc[j].is_lower
        and j + 1 < len(doc)
        and doc[j + 1].lower_ == "chief"
    )


def _origin(span: Span, j: int) -> bool:
    """Whether "a" or "an" is before the name and a noun of a person at ``j`` ("A Larne man")."""
    doc = span.doc
    i = span.start - 1
    return (
        i >= 0
        and doc[i].lower_ in {"a", "an"}
        and doc[j].is_lower
        and doc[j].lower_ in ORIGIN_NOUNS
    )


#: Lower-case nouns of a town's people, government or police before "in" and its name
#: ("police in Baramulla said", "officials in Sebha said", "residents in Kidal").
IN_TOWN_NOUNS = OFFICE_NOUNS | frozenset({"police", "authorities", "elders"})


def after_office_noun(span: Span) -> bool:
    """Whether a noun of the town's people or government and "in" come before the name.

    "police in Baramulla said", "officials in Sebha said": the officers of the place
    the name gives ("Police in X said" opening a sentence too), with "in" right before
    the name.
    """
    doc, i = span.doc, span.start - 1
    return i > 0 and doc[i].lower_ == "in" and doc[i - 1].lower_ in IN_TOWN_NOUNS
