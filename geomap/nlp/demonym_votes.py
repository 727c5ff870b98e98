"""The countries an English article names by their people's or government's adjective.

"Lebanese Prime Minister Nawaf Salam denied that a curfew was imposed in Tripoli": the
article is about Lebanon as surely as if it had written the country's name, and its
Tripoli is Lebanon's. :func:`article_demonyms` reads such words: every entity the model
labels a nationality (``NORP``: "Lebanese", "Venezuelans", "South Korean") and every
capitalised word inside an organisation's name ("Mexican Security Secretary", the
recogniser's embedded demonyms) that the curated demonyms (``data/demonyms.csv``) give to
a country. A word inside a toponym the resolver places itself ("Somali" when it is a
name, "the Indian Ocean") is left to that toponym. The countries then vote in the
article's context as a named country does (:func:`geomap.nlp.article_votes.article_context`),
each with :data:`DEMONYM_CONFIDENCE` as its confidence and its number of mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.name_shapes import lookup_demonym
from geomap.nlp.vocab import DEMONYM_LABELS
from geomap.records import Place

#: The confidence a country named by a demonym votes with (a named country's is its pick's).
DEMONYM_CONFIDENCE = 1.0
#: Entity labels whose capitalised words may be a country's demonym ("Pakistani Army").
BODY_LABELS = frozenset({"ORG"})


def _demonym_words(doc: Doc) -> Iterator[Span]:
    """The entities and organisation words that may be a demonym (module docstring)."""
    for ent in doc.ents:
        if ent.label_ in DEMONYM_LABELS:
            yield ent
        elif ent.label_ in BODY_LABELS:
            yield from (ent[i : i + 1] for i, tok in enumerate(ent) if tok.is_title)


def article_demonyms(doc: Doc, gazetteer: Any, toponyms: Iterable[Span]) -> list[tuple[Place, int]]:
    """The countries ``doc`` names by a demonym, each with how often (module docstring).

    ``toponyms`` are the spans the resolver places; a word inside one is not counted.
    """
    taken = {i for span in toponyms for i in range(span.start, span.end)}
    counts: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for span in _demonym_words(doc):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        place = lookup_demonym(gazetteer, span.text)
        if place is None or place.feature_type != "country" or not place.country_code:
            continue
        counts[place.country_code] += 1
        places[place.country_code] = place
    return [(places[cc], n) for cc, n in sorted(counts.items())]
