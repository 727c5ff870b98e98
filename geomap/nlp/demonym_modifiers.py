"""A demonym that modifies a noun names its country, not a unit that bears the word.

"Somali" is a demonym of Somalia and the own name of Ethiopia's Somali region. In
"Somali Information Minister Daud Aweis" or "Somali forces" the word is an adjective:
the minister is Somalia's, whatever towns of Ethiopia the story names, while "the
Somali region" or "Somali Regional State" name the region. :func:`demonym_countries`
keeps, of a name every mention of which is such a modifier (:func:`modifies_a_noun`),
only the candidate that is its demonym's country, when the gazetteer has it among the
name's candidates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Span

from geomap.nlp.name_shapes import UNIT_TITLES, lookup_demonym
from geomap.nlp.place_nouns import SETTLEMENT_NOUNS, UNIT_NOUNS
from geomap.nlp.vocab import FEATURE_KIND_WORDS, LOCAL_KIND_WORDS
from geomap.records import Candidate

#: Words after a demonym that make it part of a place's name ("the Somali region",
#: "Somali Regional State", "the Kurdish town"): the place, not the country.
PLACE_WORDS = (
    UNIT_NOUNS
    | SETTLEMENT_NOUNS
    | FEATURE_KIND_WORDS
    | LOCAL_KIND_WORDS
    | {w.lower() for w in UNIT_TITLES}
    | {"regional", "zone", "area", "areas", "territory", "territories", "border"}
)


def modifies_a_noun(span: Span) -> bool:
    """Whether a one-word mention is followed by a noun it modifies ("Somali forces").

    The next token is a word (not punctuation, a stop word or a number) that is no
    place noun of :data:`PLACE_WORDS`; a possessive or a list after the word is no
    modifier use.
    """
    if len(span) != 1:
        return False
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return False
    nxt = doc[span.end]
    return nxt.is_alpha and not nxt.is_stop and nxt.lower_ not in PLACE_WORDS


def demonym_countries(
    gazetteer: Any,
    cands: Mapping[str, list[Candidate]],
    groups: Mapping[str, Sequence[Span]],
) -> dict[str, list[Candidate]]:
    """Each name's candidates, a demonym used as a modifier kept to its country (module doc)."""
    out = dict(cands)
    for key, spans in groups.items():
        options = cands.get(key, [])
        if len(options) < 2 or not spans or not all(modifies_a_noun(s) for s in spans):
            continue
        country = lookup_demonym(gazetteer, spans[0].text)
        if country is None:
            continue
        mine = [c for c in options if c.place.place_id == country.place_id]
        if mine:
            out[key] = mine
    return out
