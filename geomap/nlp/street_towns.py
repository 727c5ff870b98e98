"""The city a street lies in: the one its sentence names before it, else the dateline's.

"Police in Tbilisi used water cannon against protesters on Rustaveli Avenue": a street
the gazetteer lacks lies in the city its own sentence has named before it, not at the
article's focus, which the other towns of a story may pull elsewhere (Batumi and
Kutaisi, named later in the story, outvote Tbilisi). With no city before it in its
sentence, the street lies in the city of the story's dateline ("KHARKIV (Reuters) -
... a strike on X Avenue"). Only a name ending in a word of :data:`STREET_ENDS` is
placed so: a village or a district may lie anywhere in the story's region, and a
building's name may say where it is ("an Arizona State University study" in a story
from Los Angeles). A city named by a street's or building's own name ("down Bourbon
and Dauphine streets", "the White House" taken for a town in Tennessee) is no city the
street lies in (:func:`~geomap.nlp.focus.street_or_building`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.nlp.focus import street_or_building
from geomap.nlp.local_position import dateline

#: Last words of a street's or a square's name ("Rustaveli Avenue", "Republic Square").
STREET_ENDS = frozenset(
    """
    street st st. road rd rd. avenue ave ave. boulevard blvd blvd. lane square plaza
    """.split()  # noqa: SIM905
)
#: Feature type of the place a street lies in.
TOWN_TYPE = "city"


def street_town(
    spans: Sequence[Span], located: Sequence[tuple[Span, Any, float]]
) -> tuple[Any, float] | None:
    """The city a street's name lies in (see the module docstring).

    Parameters
    ----------
    spans
        The mentions of one name the gazetteer lacks.
    located
        The article's resolved mentions with their place and confidence.

    Returns
    -------
    tuple or None
        The city and the confidence of its mention; ``None`` when the name is no
        street's, or no city precedes it in its sentence and the story
        has no dateline city.
    """
    named = [s for s in spans if len(s) > 1 and s[-1].lower_ in STREET_ENDS]
    if not named:
        return None
    best: tuple[int, Any, float] | None = None
    for span in named:
        sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        for other, place, conf in located:
            if place is None or place.feature_type != TOWN_TYPE or street_or_building(other):
                continue
            if not (sent.start <= other.start and other.end <= span.start):
                continue
            gap = span.start - other.end
            if best is None or gap < best[0]:
                best = (gap, place, conf)
    if best is not None:
        return best[1], best[2]
    for other, place, conf in located:
        if place is not None and place.feature_type == TOWN_TYPE and dateline(other[0]):
            return place, conf
    return None
