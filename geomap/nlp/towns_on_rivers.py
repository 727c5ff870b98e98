"""A town named by the river it stands on: "Izmail on the Danube was hit by drones".

"X on the River" says X is a town: the news names river ports and border towns so
("Frankfurt on the Oder"). The model may read the town's name as anything: at a
sentence's start it tags "Izmail" a verb, "Reni" a noun, and no entity. A capitalised
word (or two) right before "on the" and a toponym found so far that the gazetteer
knows as a river or other water, not inside a toponym already, is a town
(:func:`towns_on_rivers`) when the gazetteer has a populated place whose own name it is,
it is no common English word ("Shelling on the Dnipro", "Ships on the Danube") and the
article uses it for no person.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.headline_case import common_word

#: The feature type of a river, a lake, a sea.
WATER = "water"
#: The kinds of place a town named so is.
TOWN_TYPES = frozenset({"city", "admin2"})
#: Most words of the town's name.
MAX_WORDS = 2


def towns_on_rivers(
    doc: Doc, found: Sequence[Span], gazetteer: Any, person_words: frozenset[str]
) -> list[Span]:
    """The towns named right before "on the" and a river found so far."""
    taken = {i for s in found for i in range(s.start, s.end)}
    out: list[Span] = []
    for water in found:
        on = water.start - 2
        if on < 1 or doc[on].lower_ != "on" or doc[on + 1].lower_ != "the":
            continue
        if not _is_water(gazetteer, water.text):
            continue
        town = _name_before(doc, on, taken)
        if town is None or town.text in person_words:
            continue
        if any(_common(t.lower_) for t in town):
            continue
        if own_town(gazetteer, town.text):
            out.append(Span(doc, town.start, town.end, label="GAZ"))
    return out


def _name_before(doc: Doc, end: int, taken: set[int]) -> Span | None:
    """The run of up to :data:`MAX_WORDS` capitalised words ending right before ``end``."""
    start = end
    while start > 0 and end - start < MAX_WORDS:
        token = doc[start - 1]
        if start - 1 in taken or not (token.is_alpha and token.is_title):
            break
        start -= 1
        if token.is_sent_start:
            break
    return Span(doc, start, end) if start < end else None


def _common(word: str) -> bool:
    """Whether ``word`` (lower case) or its lemma is a common English word ("ships")."""
    import simplemma

    return common_word(word) or common_word(simplemma.lemmatize(word, lang="en"))


def _is_water(gazetteer: Any, text: str) -> bool:
    """Whether the gazetteer knows ``text`` as a river, a lake or a sea by its own name."""
    return any(
        c.place.feature_type == WATER and c.match in {"name", "alias"}
        for c in gazetteer.candidates(text)
    )


def own_town(gazetteer: Any, text: str) -> bool:
    """Whether the gazetteer has a populated place whose own name is ``text``."""
    return any(
        c.match in {"name", "alias"} and c.place.feature_type in TOWN_TYPES
        for c in gazetteer.candidates(text)
    )
