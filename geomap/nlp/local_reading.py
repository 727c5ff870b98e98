"""The entity label the words before a name give it in the local languages.

These languages' models tag every place ``LOC``; :func:`reading` turns the cues of
:mod:`geomap.nlp.local_context` into the label and the "after the" cue the resolver
weighs for English (``GPE`` favours towns and countries, ``LOC`` waters, landforms
and regions).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.nlp.local_context import capitalised, kind_before, previous_word, straight_apostrophe
from geomap.nlp.local_position import dateline
from geomap.nlp.local_words import BANK_PREPOSITIONS, CONJUNCTIONS, DEFINITE, TOWN_PREPOSITIONS

#: Entity labels the resolver weighs (:data:`geomap.nlp.scoring.LABEL_AFFINITY`).
TOWN_LABEL, AREA_LABEL, NO_LABEL = "GPE", "LOC", "GAZ"


def reading(span: Span) -> tuple[str, bool]:
    """The entity label the context gives a name, and whether it follows a definite article.

    ``GPE`` after a preposition that takes towns and countries bare ("в Харкові",
    "à Vienne", "in Spremberg"), in a dateline or after a word for a town; ``LOC``
    after a word for a river, lake or island, or a preposition of a bank ("nad
    Wisłą", "am Rhein", "an Mosel"); a name joined to the one before it in a list
    reads as that one does ("nad Wartą i Notecią", "an Mosel und Lahn"); else
    ``GAZ`` (no evidence either way).
    """
    return _reading_at(span[0], LIST_DEPTH)


#: How many names back a list's reading is carried ("an Mosel, Saar und Lahn").
LIST_DEPTH = 3


def _reading_at(first: Token, depth: int) -> tuple[str, bool]:
    lang = first.doc.lang_
    kind = kind_before(first, lang)
    definite = _after_definite_token(first)
    if kind in ("water", "landform"):
        return AREA_LABEL, definite
    if kind == "city" or dateline(first):
        return TOWN_LABEL, False
    prev = previous_word(first)
    word = "" if prev is None else straight_apostrophe(prev.lower_)
    if word in TOWN_PREPOSITIONS.get(lang, frozenset()):
        return TOWN_LABEL, False
    if word in BANK_PREPOSITIONS.get(lang, frozenset()):
        return AREA_LABEL, False
    if prev is not None and depth > 0 and word in CONJUNCTIONS.get(lang, frozenset()):
        before = _name_start(prev)
        if before is not None:
            label, _ = _reading_at(before, depth - 1)
            if label != NO_LABEL:
                return label, definite
    return NO_LABEL, definite


def _name_start(conjunction: Token) -> Token | None:
    """The first word of the capitalised name right before a list's conjunction, if any."""
    doc = conjunction.doc
    i = conjunction.i - 1
    if i < 0 or not capitalised(doc[i]):
        return None
    while i > 0 and conjunction.i - i < MAX_NAME_WORDS and capitalised(doc[i - 1]):
        i -= 1
    return doc[i]


#: Longest name looked back over for a list's reading.
MAX_NAME_WORDS = 4


def _after_definite_token(tok: Token) -> bool:
    prev = previous_word(tok)
    lang = tok.doc.lang_
    return prev is not None and straight_apostrophe(prev.lower_) in DEFINITE.get(lang, frozenset())
