"""Which words of an entity name a place, and whether the gazetteer backs them.

The recognizer (:mod:`geomap.nlp.recognizer`) keeps the longest run of an
entity's words the gazetteer knows (:func:`best_subspan`: "the United Kingdom's
Foreign Office" -> "United Kingdom"; never a run ending inside a compound name,
:func:`cuts_a_compound`), takes an ORG, PRODUCT or NORP entity only
where the gazetteer corroborates its head (:func:`head_name`,
:func:`corroborated`: "Crimea" tagged ORG), and drops a one-word name too weak to
stand on the model's word (:func:`weak_word`: "North", a surname).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from geomap.nlp.boundaries import abbreviation_period, after_articles, drops_a_name
from geomap.nlp.name_shapes import common_noun_as_name, is_acronym
from geomap.nlp.repeats import notable
from geomap.nlp.scoring import ADMIN_PLURALS, ADMIN_WORDS
from geomap.nlp.vocab import (
    ARTICLES,
    CORROBORATING_POPULATION,
    GENERIC_WORDS,
    POSSESSIVE,
    SCAN_TYPES,
    SINGLE_WORD_TYPES,
)
from geomap.records import Candidate


def best_subspan(ent: Span, gazetteer: Any, max_tokens: int, *, strict: bool) -> Span | None:
    """The longest (then earliest) run of the entity's tokens that the gazetteer knows."""
    doc = ent.doc
    tokens = range(ent.start, ent.end)
    n = len(tokens)
    for length in range(min(n, max_tokens), 0, -1):
        for i in range(ent.start, ent.end - length + 1):
            sub = doc[i : i + length]
            if sub[0].is_punct or sub[0].text in POSSESSIVE:
                continue
            if sub[-1].is_punct and not abbreviation_period(doc, sub.start, sub.end, gazetteer):
                continue
            if sub[0].lower_ in ARTICLES:
                continue
            if (
                length == 1
                and sub[0].lower_ in GENERIC_WORDS
                and not (n == 1 and names_listed_unit(sub[0], gazetteer))
            ):
                continue  # "North Texas" is cut to Texas, not to a town called North
            if cuts_a_compound(ent, sub):
                continue  # "Republic of South Ossetia" is not "Republic of South"
            cands = gazetteer.candidates(sub.text)
            if not cands:
                continue
            if strict and not any(c.match in {"name", "alias"} for c in cands):
                continue
            if (
                length == 1
                and drops_a_name(ent, sub)
                and not any(notable(c, single=True, model_said=False) for c in cands)
            ):
                return None  # "French Quarter" is not Quarter, Scotland
            return Span(doc, sub.start, sub.end, label=ent.label_)
    return None


def cuts_a_compound(ent: Span, sub: Span) -> bool:
    """Whether ``sub`` ends on a generic word that the entity's next, capitalised word completes.

    "Republic of South Ossetia": "South" opens "South Ossetia", so "Republic of South" (a
    unit's official form around the name "South", a region of Cameroon) cuts the name in two.
    """
    if sub.end >= ent.end or sub[-1].lower_ not in GENERIC_WORDS:
        return False
    after = ent.doc[sub.end]
    return after.text[:1].isupper() and after.lower_ not in GENERIC_WORDS


def corroborated(span: Span, label: str, gazetteer: Any) -> bool:
    """Whether the gazetteer confirms an ORG/PRODUCT/NORP entity as a place.

    An acronym ("NATO") needs a curated alias (it is not a village of that
    name). Otherwise the name must be an entry's own name: for ORG and NORP
    an entry that stands alone in news (country, admin-1 unit, region ...:
    "Crimea" tagged ORG), never a town that shares a company's or a party's
    name ("Toyota", "Republican"), except a capital or a city of a million
    speaking as its government ("Kyiv said", tagged ORG); for PRODUCT also a
    large city ("Kaliningrad" tagged PRODUCT).
    """
    cands: list[Candidate] = gazetteer.candidates(span.text)
    if is_acronym(span.text):
        return any(c.match == "alias" for c in cands)
    if common_noun_as_name(span):
        return False  # "the Centre" (a government), "the West": a metonym, not a place
    types = SINGLE_WORD_TYPES if label == "NORP" else SCAN_TYPES
    return any(
        c.match in {"name", "alias"}
        and (
            c.place.feature_type in types
            or (label == "PRODUCT" and c.place.population >= CORROBORATING_POPULATION)
            or (
                label == "ORG"
                and c.place.feature_type == "city"
                and (c.place.feature_code == "PPLC" or c.place.population >= 1_000_000)
            )
        )
        for c in cands
    )


def head_name(ent: Span) -> Span | None:
    """The entity up to a possessive, without a leading determiner."""
    doc = ent.doc
    end = ent.end
    start = after_articles(doc, ent.start, end)
    for i in range(start, end):
        if doc[i].text in POSSESSIVE:
            end = i
            break
    return Span(doc, start, end) if end > start else None


def weak_word(tok: Token, gazetteer: Any, person_words: frozenset[str]) -> bool:
    """Whether a one-word name is too weak to stand as a place on the model's word.

    Generic words ("North", "Road") are, unless they name a unit before its noun
    (:func:`names_listed_unit`: "the Northwest and Southwest regions"); so is a word
    that is part of a person's name elsewhere in the article ("Petrova" after "Elena
    Petrova") unless it names a country or admin-1 unit ("Washington" after "George
    Washington").
    """
    if tok.lower_ in GENERIC_WORDS:
        return not names_listed_unit(tok, gazetteer)
    if tok.text not in person_words:
        return False
    return not any(
        c.match in {"name", "alias"} and c.place.feature_type in {"country", "admin1"}
        for c in gazetteer.candidates(tok.text)
    )


#: Kinds of unit a generic word names before its unit noun ("the Southwest region").
_UNIT_TYPES = frozenset({"admin1", "admin2"})


def names_listed_unit(tok: Token, gazetteer: Any) -> bool:
    """Whether a capitalised generic word names an admin unit before the unit's noun.

    "Cameroon's Northwest and Southwest regions", "in Western province": a lower-case
    admin word after the name, or a plural one after a list of capitalised names it
    belongs to, says the words are units' names; the gazetteer must have a unit so
    called (its own name, any spelling of a compass compound: "South-West").
    """
    doc = tok.doc
    if not tok.text[:1].isupper():
        return False
    j = tok.i + 1
    listed = False
    while j + 1 < len(doc) and doc[j].lower_ in {",", "and", "or"} and doc[j + 1].is_title:
        j += 2  # "Northwest and Southwest": on to the noun after the list
        listed = True
    if j >= len(doc) or not doc[j].is_lower:
        return False
    noun = doc[j].lower_
    if not (noun in ADMIN_WORDS or (noun in ADMIN_PLURALS and (listed or _after_list(tok)))):
        return False
    return any(
        c.match in {"name", "alias"} and c.place.feature_type in _UNIT_TYPES
        for c in gazetteer.candidates(tok.text)
    )


def _after_list(tok: Token) -> bool:
    """Whether a list's "and", "or" or comma and a capitalised word come before ``tok``."""
    i = tok.i
    return i > 1 and tok.doc[i - 1].lower_ in {",", "and", "or"} and tok.doc[i - 2].is_title


#: Capitalised words that end a water's name ("the San Bernardino Strait").
WATER_NAME_ENDS = frozenset(
    {"sea", "ocean", "gulf", "strait", "straits", "channel", "river", "bay"}
)
#: Capitalised words that end an island's or a reef's name ("St. Lawrence Island" is not
#: the St. Lawrence river).
ISLAND_NAME_ENDS = frozenset({"island", "islands", "islet", "atoll", "reef", "shoal"})


def whole_water_name(ent: Span, sub: Span) -> Span | None:
    """The entity's whole name when the gazetteer's run stops right before its water word.

    "the San Bernardino Strait" (the gazetteer lacks the strait) is not San Bernardino,
    California: a capitalised word of water (:data:`WATER_NAME_ENDS`) ending the
    entity right after the known run makes the entity, without its article, the name;
    the resolver reads it as a water's. So does an island's or a reef's word
    (:data:`ISLAND_NAME_ENDS`): "St. Lawrence Island" is not the St. Lawrence river.
    ``None`` otherwise.
    """
    last = ent[-1]
    ends = WATER_NAME_ENDS | ISLAND_NAME_ENDS
    if sub.end != ent.end - 1 or not last.is_title or last.lower_ not in ends:
        return None
    start = after_articles(ent.doc, ent.start, ent.end - 1)
    return Span(ent.doc, start, ent.end, label=ent.label_)


def without_article(ent: Span) -> Span:
    """``ent`` without a leading article: "the Rogers Centre" -> "Rogers Centre"."""
    return ent.doc[after_articles(ent.doc, ent.start, ent.end - 1) : ent.end]


def only_generic_words(ent: Span) -> bool:
    """Whether an entity is generic words only ("the West's", "North State"): no name."""
    words = [t for t in ent if t.is_alpha and t.lower_ not in ARTICLES]
    return bool(words) and all(t.lower_ in GENERIC_WORDS for t in words)
