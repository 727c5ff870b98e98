"""A common noun opening a dateline's sentence is no place ("RIVERA (Reuters) - Police seized").

:mod:`geomap.nlp.dateline_sentences` keeps a dateline and its sentence together, so the
word after the dateline's dash is no sentence start for the parser, and the rules that
discount a sentence's capitalised first word do not see it: "Police" (a town in Poland)
was read as a place in "RIVERA, Uruguay (Reuters) - Police seized ...", and "Gunmen"
(tagged GPE) in "COTABATO CITY, Philippines (AP) -- Gunmen ambushed ...".
:func:`without_dateline_openers` drops a one-word toponym right after a dateline's dash
or colon when the word is a common noun of the English dictionary (a common word or an
inflected form of one, :func:`geomap.nlp.headline_case.common_word`, or an irregular
plural: "gunmen") and the gazetteer holds it as no more than a town of fewer than
:data:`~geomap.nlp.vocab.BIG_CITY` people: a country, a unit, a region, a water or a
big city by that name is the place ("KYIV - Turkey said", "- Kashmir police said").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.dateline_sentences import dateline_seps
from geomap.nlp.name_shapes import own_entries
from geomap.nlp.vocab import BIG_CITY

#: Feature types of the towns a dateline's common noun may be named like ("Police").
TOWN_TYPES = frozenset({"city", "admin2", "admin3"})


def common_noun(word: str) -> bool:
    """Whether ``word`` is a common noun of the English dictionary ("Police", "Gunmen")."""
    import simplemma

    from geomap.nlp.headline_case import common_word, inflected_common

    lower = word.lower()
    if not word.isalpha():
        return False
    if common_word(lower) or inflected_common(lower):
        return True
    lemma = simplemma.lemmatize(lower, lang="en")  # "gunmen" -> "gunman"
    return simplemma.is_known(lower, lang="en") and lemma != lower and lemma.islower()


def prominent(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` names more than a small town: a country, unit, region, water, big city."""
    return any(
        c.place.feature_type not in TOWN_TYPES or c.place.population >= BIG_CITY
        for c in own_entries(gazetteer, text)
    )


def without_dateline_openers(doc: Doc, spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` without the common nouns opening a dateline's sentence (module docstring)."""
    openers = {sep + 1 for sep in dateline_seps(doc)}
    if not openers:
        return list(spans)
    return [
        s
        for s in spans
        if not (
            len(s) == 1
            and s.start in openers
            and common_noun(s.text)
            and not prominent(gazetteer, s.text)
        )
    ]
