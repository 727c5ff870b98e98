"""Landmarks named after the town they stand in: "Copenhagen Airport", "Windsor Castle".

A building's name may also end with where it is, after its building's word: "British
Embassy Tokyo", "University of Oxford" (:func:`building_tail`).

A street is named after a place it leads to ("Oxford Road" is not in Oxford), but an
airport, a castle, a cathedral or an abbey named by a town's whole name is in or by that
town. Such a name the gazetteer lacks takes the town's candidates (the resolver weighs
the namesakes by the article), and is no building's name resolved to a far namesake
(:func:`geomap.nlp.focus.facility_namesake`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.vocab import FACILITY_WORDS, GENERIC_WORDS
from geomap.records import Candidate

#: Last words of the names of landmarks that stand in the town they are named after.
LANDMARK_WORDS = frozenset({"airport", "castle", "cathedral", "abbey"})
#: A town a landmark is named after has this many people or more (one of its namesakes):
#: "Kennedy Airport" is no town of 3,000 called Kennedy.
LANDMARK_TOWN = 10_000
#: Feature types of the places a landmark's name may name.
TOWN_TYPES = frozenset({"city"})


def town_words(words: list[str]) -> str | None:
    """The town's name before a landmark's word ("Copenhagen" in "Copenhagen Airport")."""
    if len(words) < 2 or words[-1].lower() not in LANDMARK_WORDS:
        return None
    head = " ".join(words[:-1])
    if not head[:1].isupper() or head.lower() in GENERIC_WORDS or head.endswith(("'s", "’s")):
        return None
    return head


def landmark_candidates(gazetteer: Any, words: list[str]) -> list[Candidate]:
    """The towns a landmark's name names by their whole name, as alternate matches."""
    head = town_words(words)
    if head is None:
        return []
    found = [
        Candidate(c.place, "alternate")
        for c in gazetteer.candidates(head)
        if c.match in {"name", "alias"} and c.place.feature_type in TOWN_TYPES
    ]
    # a landmark named after a person ("Kennedy Airport") names no hamlet of that name
    return found if any(c.place.population >= LANDMARK_TOWN for c in found) else []


def building_tail(words: list[str]) -> str | None:
    """The words after a building's word, which may name where it is; ``None`` if none.

    "Tokyo" in "British Embassy Tokyo" (a building's word,
    :data:`~geomap.nlp.vocab.FACILITY_WORDS`, not the first word) and "Oxford" in
    "University of Oxford" (a building's word then "of", the first word too). The first
    building's word decides; the rest must begin with a capital and be no generic word.
    """
    for i in range(len(words) - 1):
        if words[i].lower() not in FACILITY_WORDS:
            continue
        of = words[i + 1].lower() == "of"
        if i == 0 and not of:
            continue
        tail = " ".join(words[i + 1 + of :])
        if not tail[:1].isupper() or tail.lower() in GENERIC_WORDS:
            return None
        return tail
    return None


def at_its_town(span: Span) -> bool:
    """Whether a span names a landmark after a town, or ends with where a building is.

    (:func:`town_words`, :func:`building_tail`.)
    """
    words = span.text.split()
    return town_words(words) is not None or building_tail(words) is not None
