"""A small town picked far from a story whose towns all lie close together.

A local story names its own towns and streets: "Sun Valley" in a story from Paris,
Texas, beside Roxton and Lamar County, is a neighbourhood there the gazetteer lacks,
not Sun Valley, Nevada (2,000 km off), though both lie in the United States, so
:mod:`geomap.nlp.foreign_towns` (another country only) lets it stand. A name whose
pick is a town or county, in a country of the article's other towns, of fewer than
:data:`~geomap.nlp.foreign_towns.FOREIGN_TOWN` people (not a national capital), in an
article whose other towns and counties (at least
:data:`~geomap.nlp.foreign_towns.MIN_OTHERS`) all lie within :data:`CLUSTER_KM` of
each other, and more than :data:`~geomap.nlp.foreign_towns.FOREIGN_KM` from each of
the article's places that have a meaningful point (towns, units, landforms; not a
country's, a region's or a sea's), is a namesake of a place the story does not reach:
:func:`far_towns` takes the name's best-ranked candidate within that distance of one
of them, or leaves it unplaced (the resolver then places it at the article's focus).
A name whose entries are all one place
(:func:`~geomap.nlp.foreign_towns.one_place`) is that place, however far, as in
:mod:`geomap.nlp.foreign_towns`; a big town ("moved to Denver") stays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

from geomap.geo import km_between
from geomap.nlp.foreign_towns import (
    FOREIGN_KM,
    FOREIGN_TOWN,
    MIN_OTHERS,
    TOWN_TYPES,
    one_place,
)
from geomap.records import Place

#: Farthest apart the article's other towns may lie for it to be a local story.
CLUSTER_KM = 300.0
#: Kinds of place whose point says where a story is (a country's is a centroid).
POINT_TYPES = frozenset({"city", "admin2", "admin1", "landform", "other"})

_Pick = tuple[Place, float]


def is_far_town(place: Place, others: Sequence[Place]) -> bool:
    """Whether ``place`` is a small town far from a local story's close-together places."""
    if place.feature_type not in TOWN_TYPES or not 0 < place.population < FOREIGN_TOWN:
        return False  # a population of 0 is unknown, not small
    towns = {o.place_id: o for o in others if o.feature_type in TOWN_TYPES}
    if place.feature_code == "PPLC" or len(towns) < MIN_OTHERS:
        return False
    if place.country_code not in {o.country_code for o in towns.values()}:
        return False  # a town abroad is :mod:`geomap.nlp.foreign_towns`' to judge
    if any(km_between(a, b) > CLUSTER_KM for a, b in combinations(towns.values(), 2)):
        return False
    points = [o for o in others if o.feature_type in POINT_TYPES]
    return all(km_between(place, o) > FOREIGN_KM for o in points)


def far_towns(
    picks: Mapping[str, _Pick], ranked: Mapping[str, Sequence[_Pick]]
) -> dict[str, _Pick]:
    """The picks with each far small town replaced by the name's next fit, or dropped.

    ``ranked`` holds each name's candidates, best first, with their confidence. Every
    name is judged against the other names' picks that are no far towns themselves, so
    the result does not depend on the order they are taken in.
    """
    judged = [key for key in picks if not one_place(ranked.get(key, ()))]
    far = {
        key
        for key in judged
        if is_far_town(picks[key][0], [p for k, (p, _) in picks.items() if k != key])
    }
    sure = [p for k, (p, _) in picks.items() if k not in far]
    out = dict(picks)
    for key in sorted(far):
        if not is_far_town(picks[key][0], sure):
            continue
        del out[key]
        points = [o for o in sure if o.feature_type in POINT_TYPES]
        for place, conf in ranked.get(key, ()):
            if any(km_between(place, o) <= FOREIGN_KM for o in points):
                out[key] = (place, conf)
                break
    return out
