"""A town abroad after a preposition and its country's adjective: "до румунської Сулини".

Russian and Ukrainian write a foreign town as it sounds and often put its country's
adjective before it ("до угорського Захоня", "в ливийском Тобруке"). Where the lookup
finds nothing for such a name (the gazetteer holds the town only under its Latin
names), a capitalised word after a preposition of place and a country's adjective is a
toponym when it transcribes a town of that country
(:meth:`~geomap.gazetteer.Gazetteer.towns_abroad`); the resolver then takes that town
(:func:`~geomap.nlp.named_countries.towns_in_named_countries`, which reads the
article's country adjectives too).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.gazetteer.towns_abroad import CYRILLIC_LANGUAGES
from geomap.nlp.local_context import capitalised, locative
from geomap.nlp.named_countries import adjective_country
from geomap.text import is_cyrillic


def adjective_towns(
    gazetteer: Any, doc: Doc, spans: Sequence[Span], blocked: set[int]
) -> Iterator[Span]:
    """The one-word towns abroad named after a preposition and their country's adjective.

    Parameters
    ----------
    gazetteer
        The gazetteer (its ``towns_abroad`` lookup).
    doc
        A Russian or Ukrainian document.
    spans
        The toponyms found so far (their words are not looked at again).
    blocked
        Tokens of the model's other entities.
    """
    abroad = getattr(gazetteer, "towns_abroad", None)
    if abroad is None or doc.lang_ not in CYRILLIC_LANGUAGES:
        return
    taken = {i for s in spans for i in range(s.start, s.end)} | blocked
    for tok in doc[2:]:
        if tok.i in taken or not capitalised(tok) or not is_cyrillic(tok.text):
            continue
        adjective = doc[tok.i - 1]
        if not adjective.is_lower or not locative(tok, doc.lang_):
            continue
        countries = adjective_country(gazetteer, adjective)
        if not countries or gazetteer.candidates(tok.text, doc.lang_):
            continue
        if any(c.place.country_code in countries for c in abroad(tok.text, doc.lang_)):
            yield Span(doc, tok.i, tok.i + 1, label="GAZ")
