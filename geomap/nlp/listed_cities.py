"""A name listed with cities is the city, not the admin-1 unit named after it.

"stops in Washington, New York and Boston": New York in a list of cities is the city,
though alone the state may win. When a name resolved to an admin-1 unit has among its
candidates a city of :data:`~geomap.nlp.vocab.BIG_CITY` people in that unit, and one of
its mentions is listed next to a name resolved to a city (joined by a comma, "and",
"or"), the name is not the unit: the rule rules the unit out and the ranker scores the
name's other candidates again (:mod:`geomap.nlp.revisions`), so the pick is its best city
and the confidence that city's own; a city inside the unit only qualifies it ("Buffalo,
New York"); nor in a list that a plural unit word closes or opens ("the Kharkiv and
Zaporizhzhia regions": :mod:`geomap.nlp.unit_lists`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.nlp.revisions import Revision
from geomap.nlp.unit_lists import listed_after_plural, listed_before_plural
from geomap.nlp.vocab import BIG_CITY, LIST_GLUE
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]


def group_bounds(groups: Mapping[str, Sequence[Span]]) -> tuple[dict[int, str], dict[int, str]]:
    """Each mention's first and last token index, mapped to its group's key."""
    starts = {s.start: key for key, group in groups.items() for s in group}
    ends = {s.end - 1: key for key, group in groups.items() for s in group}
    return starts, ends


def list_neighbours(
    span: Span,
    starts: Mapping[int, str],
    ends: Mapping[int, str],
    glue: frozenset[str] = LIST_GLUE,
) -> list[str]:
    """The group keys of the names listed right before and after ``span`` (by ``glue``)."""
    doc = span.doc
    out: list[str] = []
    if span.start >= 2 and doc[span.start - 1].lower_ in glue:
        key = ends.get(span.start - 2)
        if key is not None:
            out.append(key)
    if span.end + 1 < len(doc) and doc[span.end].lower_ in glue:
        key = starts.get(span.end + 1)
        if key is not None:
            out.append(key)
    return out


def city_of_unit(unit: Place, cands: Sequence[Candidate]) -> Place | None:
    """The biggest city of :data:`BIG_CITY` people or more in ``unit`` among ``cands``."""
    cities = [
        c.place
        for c in cands
        if c.place.feature_type == "city"
        and c.place.population >= BIG_CITY
        and c.place.country_code == unit.country_code
        and c.place.admin1_code == unit.admin1_code
    ]
    return max(cities, key=lambda p: p.population, default=None)


def _other_city(place: Place, unit: Place) -> bool:
    """A city outside ``unit``: "Buffalo, New York" is a qualified name, no list."""
    inside = (place.country_code, place.admin1_code) == (unit.country_code, unit.admin1_code)
    return place.feature_type == "city" and not inside


def listed_cities(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, Revision]:
    """Revisions: an admin-1 unit listed beside a city, with a big namesake city, ruled out."""
    starts, ends = group_bounds(groups)
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type != "admin1":
            continue
        city = city_of_unit(place, cands.get(key, ()))
        if city is None:
            continue
        if any(listed_before_plural(s) or listed_after_plural(s) for s in groups[key]):
            continue  # "the Kharkiv and Zaporizhzhia regions": a list of units
        beside = {k for s in groups[key] for k in list_neighbours(s, starts, ends)}
        if any(_other_city(picks[k][0], place) for k in beside - {key} if k in picks):
            out[key] = Revision(ruled_out=frozenset({place.place_id}))
    return out
