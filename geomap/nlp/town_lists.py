"""Two towns listed by their own names: "окупанти обстріляли Оріхів і Степногірськ".

Where nothing but names is capitalised (Polish, Russian, Ukrainian), two capitalised
words inside a sentence joined by a conjunction, each written as the own name of a town
of :data:`~geomap.nlp.local_kinds.TOWN` people in a country of the article's language
(:data:`~geomap.nlp.local_words.HOME_COUNTRIES`), in the nominative (a subject's or
object's list; a preposition's list is read by :func:`~geomap.nlp.local_context.locative`),
are places: each vouches for the other.  A person's name is no such pair: neither word
stands beside another capitalised word (:func:`~geomap.nlp.local_position.in_name_run`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.local_context import capitalised
from geomap.nlp.local_kinds import TOWN
from geomap.nlp.local_position import in_name_run
from geomap.nlp.local_words import CONJUNCTIONS, HOME_COUNTRIES, NAME_CAPITALS


def _home_town(tok: Token, gazetteer: Any, lang: str) -> bool:
    """A capitalised word inside a sentence, written as a home town's own name."""
    if not (tok.is_alpha and capitalised(tok)) or tok.is_sent_start or in_name_run(tok, lang):
        return False
    if word_lemma(tok.text, lang).lower() != tok.lower_:
        return False  # an oblique case: the list of a preposition or a verb's other case
    home = HOME_COUNTRIES.get(lang, frozenset())
    return any(
        c.match == "name"
        and c.place.feature_type == "city"
        and c.place.country_code in home
        and c.place.population >= TOWN
        for c in gazetteer.candidates(tok.text, lang)
    )


def listed_home_towns(tok: Token, gazetteer: Any, lang: str) -> bool:
    """Whether ``tok`` and a word a conjunction joins to it are both home towns (docstring)."""
    if lang not in NAME_CAPITALS or not _home_town(tok, gazetteer, lang):
        return False
    doc = tok.doc
    joins = CONJUNCTIONS.get(lang, frozenset())
    return any(
        0 <= other < len(doc)
        and doc[link].lower_ in joins
        and _home_town(doc[other], gazetteer, lang)
        for link, other in ((tok.i + 1, tok.i + 2), (tok.i - 1, tok.i - 2))
    )
