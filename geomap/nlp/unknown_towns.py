"""Names the gazetteer lacks that a town's context makes places ("retook Hsipaw").

Wire stories name small towns and villages no gazetteer holds ("the Arakan Army
retook Hsipaw", "residents of Aguelhok", "the road to Snuny"), and the small English
model tags them PERSON or ORG or leaves them untagged. A known town in such a context
is a place (:func:`geomap.nlp.context.town_context`); so is a name without any entry
when the context is a town's and the name looks like one (:func:`unknown_town`): one
or more capitalised words, no demonym, no given name of a person the article names
("Sofia" before "Sofia Petrova"), no modifier of a noun ("Druze protesters").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.context import after_town_word, town_action
from geomap.nlp.described import UNIT_KINDS
from geomap.nlp.known_contexts import first_name
from geomap.nlp.locative_unknowns import locative_unknown
from geomap.nlp.name_shapes import (
    article_capitalised,
    is_acronym,
    is_facility,
    lookup_demonym,
    not_a_name,
)
from geomap.nlp.town_actions import before_area_noun

#: Labels of the model's entities that may hold a town's name it did not know.
UNKNOWN_TOWN_LABELS = frozenset({"PERSON", "ORG", "GAZ", "PRODUCT", "WORK_OF_ART"})
#: Most words of such a name ("Oxford Yard Waste Curb Side Recycling" is a service's).
MAX_WORDS = 4
#: Nouns of units after a name, which it names all the same ("Rutshuru and Walikale
#: territories", "the Depayin and Ye-U townships").
_UNIT_NOUNS = UNIT_KINDS | frozenset({"territory", "township", "commune", "municipality"})
#: Lower-case words a town's name may hold between capitalised ones ("Kajo Keji" has
#: none; "Ras al-Ain" is one token with its particle).
_NAME_PARTICLES = frozenset({"de", "del", "do", "da", "al", "el", "la", "le", "du"})


def looks_like_town(span: Span) -> bool:
    """Whether the span's words are a place's: capitalised proper nouns (and particles).

    Its first and last words are capitalised, no word is a number, and every
    lower-case word is a particle of names ("Santa Elena de Uairen").
    """
    if not article_capitalised(span.text)[:1].isupper() or not span[-1].text[:1].isupper():
        return False
    for tok in span:
        if tok.like_num or (tok.is_punct and tok.text not in {"-", "'"}):
            return False
        if tok.is_lower and tok.lower_ not in _NAME_PARTICLES:
            return False
    return True


def modifies_noun(span: Span) -> bool:
    """Whether a lower-case common noun follows the name, which then modifies it.

    "In Suwayda, Druze factions clashed": a people's or a group's name before a noun
    ("Druze protesters"); a town's own name before a noun of its area is a town all
    the same ("the Greater Pibor area": :func:`geomap.nlp.town_actions.before_area_noun`),
    and so is one before a noun of its unit ("Walikale territory").
    """
    doc, j = span.doc, span.end
    return (
        j < len(doc)
        and doc[j].is_lower
        and doc[j].pos_ == "NOUN"
        and doc[j].lemma_ not in _UNIT_NOUNS
        and doc[j].lower_.removesuffix("s") not in _UNIT_NOUNS
        and not before_area_noun(span)
    )


def in_longer_name(span: Span) -> bool:
    """Whether a capitalised word runs on before or after the span ("Central Phoenix").

    Such a span is a piece of a longer name the model split ("Residents of Central
    Phoenix": "Central" untagged beside "Phoenix"), not a name of its own.
    """
    doc, i, j = span.doc, span.start - 1, span.end
    after = j < len(doc) and doc[j].is_title and not doc[j].is_sent_start
    before = i >= 0 and doc[i].is_title and not span[0].is_sent_start
    return after or before


def unknown_town(span: Span, gazetteer: Any) -> bool:
    """Whether ``span`` may be a town the gazetteer lacks (the module docstring).

    The gazetteer has no entry under the name in any spelling it knows (nor under the
    name without a leading "al-"), the model's label is one it gives unknown towns
    (:data:`UNKNOWN_TOWN_LABELS`), the words look like a place's
    (:func:`looks_like_town`) of at most :data:`MAX_WORDS` words, it is no single
    common word (:func:`~geomap.nlp.name_shapes.not_a_name`), no street or building
    (:func:`~geomap.nlp.name_shapes.is_facility`), no acronym nor demonym nor a person's name of two
    capitalised words or more ("Tomasz Wrobel" tagged PERSON; "Ras al-Ain" may be), it
    modifies no noun after it (:func:`modifies_noun`) and is no piece of a longer name
    (:func:`in_longer_name`), and no person of the article has a longer name starting
    with it (:func:`geomap.nlp.known_contexts.first_name`).
    """
    if span.label_ not in UNKNOWN_TOWN_LABELS or not looks_like_town(span):
        return False
    if is_acronym(span.text) or len(span) > MAX_WORDS or not_a_name(span, frozenset()):
        return False  # "DPR", "NATO": an acronym needs its full form; "Adventure"
    if is_facility(span):
        return False  # "the new residents of Fithian House": a building
    if span.label_ == "PERSON" and len(span) > 1 and all(t.is_alpha and t.is_title for t in span):
        return False  # "captured Tomasz Wrobel": a given name and a surname
    text = article_capitalised(span.text)
    if gazetteer.candidates(text) or gazetteer.candidates(span.text):
        return False
    if modifies_noun(span) or in_longer_name(span):
        return False
    return lookup_demonym(gazetteer, span.text) is None and not first_name(span)


def town_action_context(span: Span) -> bool:
    """A town's context of its own words, no list: "the town of X", "captured X" ...

    The contexts of :func:`geomap.nlp.context.town_context` before its lists: "the
    northern town of Kandi", "residents of X" (:func:`~geomap.nlp.context.after_town_word`),
    "captured X" (:func:`~geomap.nlp.town_actions.seized`), "air strikes on X",
    "Drones attacked X", "X was shelled", "the road to X", "the X area" and "heading for
    X"; "near X" and a crossing's "at X" ("crossed at Nimule":
    :func:`geomap.nlp.locative_unknowns.locative_unknown`); the word before "of" in
    lower case ("the Dermatology Center of Northeast Texas", "the City of Oxford Yard
    Waste" name bodies). Lists are left to
    :mod:`geomap.nlp.listed_unknowns`, which weighs an organisation's name beside a
    place ("between Israel and Hamas").
    """
    doc = span.doc
    lower_of = after_town_word(span) and doc[span.start - 2].is_lower  # not "the City of X"
    return lower_of or town_action(span) or locative_unknown(span)
