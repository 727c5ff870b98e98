"""Two towns "between" which something lies, tagged as one entity: "between Gravelines and Dunkirk".

Wire copy places patrols, roads and crossings "between" two towns; the small model
may tag both names and the "and" as one organisation ("beaches between Gravelines and
Dunkirk" tagged ORG). :func:`between_towns` tells :func:`geomap.nlp.entity_parts.entity_parts`
to split such an entity when "between" comes right before it (or before its "the"),
it has two parts, each is a town by its own name or another spelling of a town of
:data:`~geomap.nlp.town_names.OTHER_SPELLING_MIN_POPULATION` people or more (Dunkirk
for Dunkerque), and one country holds a town of each name: "between Barnes and Noble"
names no two towns of one country.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.town_names import OTHER_SPELLING_MIN_POPULATION, town_sized

#: Kinds of entry that count as a town here.
TOWN_TYPES = frozenset({"city", "admin2"})


def between_towns(parts: list[Span], ent: Span, gazetteer: Any) -> bool:
    """Whether ``ent`` is "between" two towns of one country ("between Gravelines and Dunkirk").

    Parameters
    ----------
    parts : list of Span
        The entity's parts, split at its "and".
    ent : Span
        The whole entity.
    gazetteer : Any
        The gazetteer (``candidates``).

    Returns
    -------
    bool
        True when the entity should be read as its two towns.
    """
    doc, i = ent.doc, ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if len(parts) != 2 or i < 0 or doc[i].lower_ != "between":
        return False
    shared: set[str] | None = None
    for part in parts:
        codes = _town_countries(gazetteer, part.text)
        if not codes:
            return False
        shared = codes if shared is None else shared & codes
    return bool(shared)


def _town_countries(gazetteer: Any, text: str) -> set[str]:
    """The countries of the towns ``text`` names (own name, or a big town's other spelling)."""
    if not text[:1].isupper():
        return set()
    return {
        c.place.country_code
        for c in gazetteer.candidates(text)
        if c.place.feature_type in TOWN_TYPES
        and c.place.country_code
        and (
            (c.match in {"name", "alias"} and town_sized(c.place))
            or (c.match == "alternate" and c.place.population >= OTHER_SPELLING_MIN_POPULATION)
        )
    }
