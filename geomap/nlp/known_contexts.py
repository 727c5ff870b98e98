"""The contexts that make a well-known name a place, for :mod:`geomap.nlp.known`.

:func:`place_context`: a preposition of place or a verb of attack or movement before
the name, "the city of X", "the capital X", "advanced on X", a unit noun or a river noun after it,
"X-based", a list with another place; :func:`country_among_places`: a country's or a
capital's name the model took for a person in a sentence naming another place (or
speaking: "Ankara said"); :func:`unit_before_noun`: an admin unit's short name before
its unit noun ("Lanao del Sur province").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span, Token

from geomap.nlp.context import (
    ADVANCE_VERBS,
    PLACE_VERBS,
    TOWN_WORDS,
    border_with,
    governs,
    heading_for,
    listed,
)
from geomap.nlp.modifiers import CONTEXT_PREPOSITIONS, past_modifiers
from geomap.nlp.name_shapes import is_acronym, lookup_demonym
from geomap.nlp.scoring import is_short_form
from geomap.nlp.town_actions import attacked, taken_passive
from geomap.nlp.vocab import GENERIC_WORDS, SPEECH_LEMMAS

#: Smallest city that counts as well known (also its exonym: "Khan Younis" for Khān Yūnis).
WELL_KNOWN_CITY = 100_000
#: Lower-case nouns after a river's name that make it the river ("the Danube port of Reni").
RIVER_NOUNS = frozenset({"port", "ports", "delta", "basin", "estuary", "valley", "bank", "banks"})
#: Types whose name before a lower-case unit noun is the unit ("Sanaag region").
UNIT_TYPES = frozenset({"admin1", "region"})
#: The lower-case nouns of administrative units.
UNIT_NOUNS = frozenset(
    {"region", "state", "province", "governorate", "prefecture", "department", "oblast"}
)


def country_among_places(
    span: Span, types: set[str], found_starts: Sequence[int], gazetteer: Any
) -> bool:
    """A country's or a capital's name taken for a person in a sentence naming another place.

    "... into Gaza, while Jordan airdropped food", "... the town of Sudzha, Kyiv said":
    a country's own name, or a national capital's (of 100,000 people or more: a
    government speaks through it), which the model tagged PERSON, is the place when
    its sentence names another place that the other rules found (a name of a person
    elsewhere in the article never is). A capital's name that is the subject of a verb
    of saying speaks for its government whatever its sentence ("Ankara said it was
    following the situation"), and so does one that is the subject of what a verb of
    saying reports ("Officials said Kyiv was calm": :func:`reported_subject`), unless
    the article names a person by it ("Sofia Petrova ... police said Sofia had left");
    so does a country's one-word name ("Vanuatu said the unrest showed ...").
    """
    if span.label_ != "PERSON":
        return False
    capital = "city" in types and national_capital(gazetteer, span.text)
    if "country" not in types and not capital:
        return False
    if capital and len(span) == 1 and speaks(span[0]):
        return True
    government = capital or "country" in types
    if (
        government
        and len(span) == 1
        and (speaks(span[0]) or reported_subject(span[0]))
        and not first_name(span)
    ):
        return True  # "Vanuatu said", "Officials said Kyiv was calm"
    sent = span.sent
    return any(sent.start <= i < sent.end and i != span.start for i in found_starts)


def speaks(tok: Token) -> bool:
    """Whether the token is the subject of a verb of saying ("Ankara said")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_LEMMAS


def reported_subject(tok: Token) -> bool:
    """Whether the token is the active subject of a clause a verb of saying reports.

    "Officials said Kyiv was calm", "He said that Kyiv would respond": the subject of
    the clause complement (``ccomp``) of a verb of saying. A passive subject is not
    one ("Police said Sofia was taken to hospital" is about a person).
    """
    head = tok.head
    return (
        tok.dep_ == "nsubj"
        and head.dep_ == "ccomp"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in SPEECH_LEMMAS
    )


def first_name(span: Span) -> bool:
    """Whether the article names a person of two words or more starting with the span.

    "Sofia Petrova" (tagged PERSON, or ORG as the small model sometimes does).
    """
    text = span.text
    return any(
        e.label_ in {"PERSON", "ORG"} and len(e) > 1 and e[0].text == text for e in span.doc.ents
    )


#: GeoNames codes of the seats of national governments: a capital, and a seat of
#: government that is not the capital (La Paz; Sucre is Bolivia's capital).
GOVERNMENT_SEATS = frozenset({"PPLC", "PPLG"})


def national_capital(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` is the own or English name of a national capital or seat of government.

    Of 100,000 people or more (:data:`GOVERNMENT_SEATS`: "Santiago asked La Paz to take
    them back"); its English name too ("Naypyitaw" for Nay Pyi Taw).
    """
    return any(
        c.match in {"name", "alias", "exonym"}
        and c.place.feature_code in GOVERNMENT_SEATS
        and c.place.population >= WELL_KNOWN_CITY
        for c in gazetteer.candidates(text)
    )


def place_context(
    span: Span, types: set[str], starts: dict[int, int], ends: dict[int, int]
) -> bool:
    """Whether the context of a well-known name of these ``types`` says it is a place.

    ``starts`` and ``ends`` map the starts and ends of the places found around it
    (for :func:`geomap.nlp.context.listed`).
    """
    doc = span.doc
    i = past_modifiers(doc, span.start - 1)  # "in neighbouring Ingushetia"
    if i >= 0 and doc[i].lower_ == "the":
        if types == {"city"} and i == span.start - 1:
            return False  # "in the Duma": cities take no article
        i -= 1
    if i >= 0:
        prev = doc[i]
        if prev.lower_ in CONTEXT_PREPOSITIONS or (
            prev.pos_ == "VERB" and prev.lemma_.lower() in PLACE_VERBS
        ):
            return True
        if border_with(doc, i) or heading_for(doc, i):
            return True  # "near its border with Sikkim", "heading for Salta"
        if prev.lower_ == "on" and types & {"water", "landform"}:
            return True  # "a port on the Danube", "a settlement on Svalbard"
        if prev.lower_ == "of" and i > 0 and doc[i - 1].lower_ in TOWN_WORDS:
            return True
        if prev.lower_ == "on" and i > 0 and doc[i - 1].lemma_.lower() in ADVANCE_VERBS:
            return True  # "rebels advanced on Goma"
        if prev.text == "capital" and "city" in types and i == span.start - 1:
            return True  # "flights to Senegal's capital Dakar", "the state capital Sittwe"
    if attacked(doc, span.start) or taken_passive(span):
        return True  # "air strikes on Khan Younis", "Kharkiv was shelled"
    j = span.end
    if types & UNIT_TYPES and j < len(doc) and doc[j].is_lower and doc[j].lower_ in UNIT_NOUNS:
        return True  # "the disputed Sanaag region", "from Chin state"
    if "water" in types and j < len(doc) and doc[j].lower_ in RIVER_NOUNS:
        return True  # "the Danube port of Reni", "the Nile delta"
    if j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "based":
        return True
    if j < len(doc) and doc[j].lower_ == "-based":
        return True
    return listed(span, starts, ends)


#: Unit nouns after which an admin unit's other name is the unit ("Lanao del Sur province").
ANY_UNIT_NOUNS = UNIT_NOUNS | frozenset({"district", "county", "territory"})


def unit_before_noun(span: Span, gazetteer: Any) -> bool:
    """Whether the span is an admin unit's name, by any of its names, before its unit noun.

    "clashes in Lanao del Sur province": the gazetteer knows the unit as "Province of
    Lanao del Sur" and "Lanao del Sur" only as its short (alternate) form, which is
    the unit where a lower-case unit noun follows it.
    """
    doc, j = span.doc, span.end
    if j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in ANY_UNIT_NOUNS:
        return False
    if not all(t.text[:1].isupper() or t.is_lower for t in span) or is_acronym(span.text):
        return False
    if not span.text[:1].isupper() or span.text.lower() in GENERIC_WORDS:
        return False
    return any(
        c.place.feature_type in {"admin1", "admin2"} for c in gazetteer.candidates(span.text)
    )


#: The model's labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC"})


def labelled_in_place(span: Span) -> bool:
    """Whether the model labelled the name a place and a preposition of place governs it.

    "Shops were burnt in Matsapha": a name the gazetteer lacks that the model calls a
    place where the sentence puts something in, at or near it is a place of the
    article's area; the resolver places it at the article's focus
    (:func:`geomap.nlp.focus.placeable`). A person the model took for a place is not
    governed so ("A spokeswoman, Sheryl Gorsuch, said").
    """
    return span.label_ in PLACE_LABELS and governs(span.doc, span.start)


#: Labels of organisations, whose names are read as places only by a place's own name.
ORG_LABELS = frozenset({"ORG", "NORP", "PRODUCT"})


def reads_other_names(span: Span, gazetteer: Any) -> bool:
    """Whether a name is looked up by its English and short forms too, not only its own.

    An organisation's name may be a town's English name ("Hamas": Hamm), so ORG,
    NORP and PRODUCT entities are read by own names only; a NORP entity that is no
    demonym and that a preposition of place governs is a place's name, though, also by
    a short form ("a state of emergency in Apurimac" tagged NORP: the gazetteer's
    Apurímac Department), and so is an ORG entity of two words or more that one governs
    when it is an admin-1 unit's own name without its unit word ("officials in Norte de
    Santander said": Norte de Santander Department; not an English form, "South Darfur"
    for Southern Darfur).
    """
    if span.label_ not in ORG_LABELS:
        return True
    if span.label_ == "ORG":
        return (
            len(span) > 1
            and governs(span.doc, span.start)
            and any(is_short_form(span.text, c.place) for c in gazetteer.candidates(span.text))
        )
    return (
        span.label_ == "NORP"
        and governs(span.doc, span.start)
        and lookup_demonym(gazetteer, span.text) is None
    )
