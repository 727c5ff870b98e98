"""A common noun opening a dateline's sentence is no place ("RIVERA (Reuters) - Police seized").

:mod:`geomap.nlp.dateline_sentences` keeps a dateline and its sentence together, so the
word after the dateline's dash is no sentence start for the parser, and the rules that
discount a sentence's capitalised first word do not see it: "Police" (a town in Poland)
was read as a place in "RIVERA, Uruguay (Reuters) - Police seized ...", and "Gunmen"
(tagged GPE) in "COTABATO CITY, Philippines (AP) -- Gunmen ambushed ...".
:func:`without_dateline_openers` drops a one-word toponym right after a dateline's dash
or colon when the word is a common noun of the English dictionary (its lemma in lower
case: "police", "gunman"; not "Mali" or "Kyiv", whose lemma keeps its capital) and the
gazetteer holds no country, admin-1 unit or city of :data:`~geomap.nlp.vocab.BIG_CITY`
people by that name ("KYIV - Turkey said", "- Chad's army": the place).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.dateline_sentences import dateline_seps
from geomap.nlp.name_shapes import own_entries
from geomap.nlp.vocab import BIG_CITY

#: Feature types whose name opens a dateline's sentence as the place ("- Turkey said").
PROMINENT_TYPES = frozenset({"country", "admin1", "continent"})


def common_noun(word: str) -> bool:
    """Whether ``word`` is a common noun of the English dictionary ("Police", "Gunmen")."""
    import simplemma

    lower = word.lower()
    if not word.isalpha() or not simplemma.is_known(lower, lang="en"):
        return False
    lemma = simplemma.lemmatize(word, lang="en")
    return lemma == lemma.lower()


def prominent(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` is the own name of a country, an admin-1 unit or a big city."""
    return any(
        c.place.feature_type in PROMINENT_TYPES
        or (c.place.feature_type == "city" and c.place.population >= BIG_CITY)
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
