"""The place of a meeting or a statement is a city, not the unit named after it.

"UN spokesman Stephane Dujarric told reporters in New York" gave New York the state:
alone, the unit may outrank its city. A news conference, a briefing, a summit, talks,
someone speaking or telling reporters happen at a point: after "reporters in",
"speaking in", "a news conference in" ... (:data:`EVENT_WORDS`), a name whose pick is an
admin-1 unit with a city of :data:`~geomap.nlp.vocab.BIG_CITY` people or more in that
unit among its candidates is the city. :func:`event_cities` rules the unit out and the
ranker scores the name's other candidates again (:mod:`geomap.nlp.revisions`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.nlp.listed_cities import city_of_unit
from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]
#: Words before "in" that make the next name the place of a meeting or a statement.
EVENT_WORDS = frozenset(
    """
    reporters journalists speaking conference briefing summit talks meeting
    """.split()  # noqa: SIM905
)


def at_event(span: Span) -> bool:
    """Whether "reporters in", "speaking in", "a briefing in" ... comes before ``span``."""
    doc = span.doc
    i = span.start - 1
    return i >= 1 and doc[i].lower_ == "in" and doc[i - 1].lower_ in EVENT_WORDS


def event_cities(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, Revision]:
    """Revisions: an admin-1 unit named as the place of an event, its big city kept."""
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type != "admin1" or city_of_unit(place, cands.get(key, ())) is None:
            continue
        if any(at_event(s) for s in groups[key]):
            out[key] = Revision(ruled_out=frozenset({place.place_id}))
    return out
