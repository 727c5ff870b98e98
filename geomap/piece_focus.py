"""One place per unknown name in an article read in several pieces.

A name the gazetteer lacks goes to the article's focus (:mod:`geomap.nlp.focus`), and
the focus is found in each piece a long article is read in: a 50,000-word article read
in 35 pieces put "Robotyne" at ten towns, each piece's own focus, and every town's
count took some. :func:`one_focus_per_name` puts a name placed at different places
in different pieces at the article's focus, the city or county its names place most
often over the whole article; with none, the name is left unplaced. One sense per
name per article, as in one piece.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from geomap.records import Mention, Place

#: Feature types that can be an article's focus (as :data:`geomap.nlp.focus.FOCUS_TYPES`).
FOCUS_TYPES = frozenset({"city", "admin2"})


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def article_focus(mentions: Sequence[Mention]) -> Place | None:
    """The city or county the article's names place most often (the first of a tie)."""
    counts: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for m in mentions:
        if m.place is not None and m.located_by == "name" and m.place.feature_type in FOCUS_TYPES:
            counts[m.place.place_id] += 1
            places.setdefault(m.place.place_id, m.place)
    if not counts:
        return None
    return places[counts.most_common(1)[0][0]]


def one_focus_per_name(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each name placed at several focuses put at the article's focus.

    Only names placed as the focus (``located_by == "focus"``) at more than one place
    are moved; a name with no article focus to go to is left unplaced. Confidences
    are kept (they are already scaled as a focus's).
    """
    placed: dict[str, set[str]] = {}
    for m in mentions:
        if m.located_by == "focus" and m.place is not None:
            placed.setdefault(_key(m.text), set()).add(m.place.place_id)
    split = {name for name, ids in placed.items() if len(ids) > 1}
    if not split:
        return list(mentions)
    focus = article_focus(mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.located_by == "focus" and _key(m.text) in split:
            m = (
                replace(m, place=focus)
                if focus is not None
                else replace(m, place=None, located_by=None, confidence=0.0)
            )
        out.append(m)
    return out
