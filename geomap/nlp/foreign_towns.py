"""A small town picked in a country the story never goes to, far from all its places.

"Karo" in a story naming Sumatra and Medan is the Karo regency around Medan, which the
gazetteer lacks; its only entries are towns in India, France and the United States, and
the ranker picks the biggest, 2,700 km away. A name whose pick is a town or county of
fewer than :data:`FOREIGN_TOWN` people, in a country none of the article's other places
(at least :data:`MIN_OTHERS`) lies in and more than :data:`FOREIGN_KM` from each of
them, is no place the story names but a namesake of one it does not know:
:func:`foreign_towns` takes the name's best-ranked candidate that lies in one of those
countries or near one of those places, of any kind, or leaves it unplaced (the resolver
then places it at the article's focus, a recognised name too, as a namesake of the place
meant). A name whose entries are all one place (:func:`one_place`: a single entry, or
a town with its units, all in one country and within :data:`ONE_PLACE_KM` of each
other, as "Marib" is a Yemeni city, its governorate and its district) has no namesake
to prefer: it is that place, however far ("Bucha" in a story from Washington), and a
pick whose population is unknown (0) is not called small. A national capital is exempt
(news names capitals from anywhere), and so are countries, continents, regions,
waters and landforms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geomap.geo import haversine_km, km_between
from geomap.nlp.partial_matches import outside_and_far
from geomap.records import Place

#: A pick smaller than this, far abroad, is a namesake of a place the gazetteer lacks.
FOREIGN_TOWN = 100_000
#: How far from every other place of the article such a pick lies.
FOREIGN_KM = 1000.0
#: Other places the article must name before a pick can be called foreign.
MIN_OTHERS = 2
#: Kinds of place judged (the point kinds a namesake is).
TOWN_TYPES = frozenset({"city", "admin2"})
#: Farthest apart a name's entries in one country may lie to be one place (a town and
#: the units named after it: a unit's point is its centroid, some way off its seat).
ONE_PLACE_KM = 300.0


def is_foreign_town(place: Place, others: Sequence[Place]) -> bool:
    """Whether ``place`` is a small town outside every country of ``others``, far from each."""
    if place.feature_type not in TOWN_TYPES or not 0 < place.population < FOREIGN_TOWN:
        return False  # a population of 0 is unknown, not small
    if place.feature_code == "PPLC" or len(others) < MIN_OTHERS:
        return False
    return outside_and_far(place, others, FOREIGN_KM)


def foreign_towns(
    picks: Mapping[str, tuple[Place, float]],
    ranked: Mapping[str, Sequence[tuple[Place, float]]],
) -> dict[str, tuple[Place, float]]:
    """The picks with each foreign small town replaced by the name's next fit, or dropped.

    ``ranked`` holds each name's candidates, best first, with their confidence; the
    replacement is the best that lies in the story (:func:`in_the_story`). Every
    name is judged against the other names' picks that are no foreign towns themselves,
    so the result does not depend on the order they are taken in.
    """
    # a name of one place is that place, however far ("Bucha" in a story from Washington)
    judged = {key: pick for key, pick in picks.items() if not one_place(ranked.get(key, ()))}
    foreign = {
        key
        for key, (place, _) in judged.items()
        if is_foreign_town(place, [p for k, (p, _) in picks.items() if k != key])
    }
    sure = {key: pick for key, pick in picks.items() if key not in foreign}
    out = dict(picks)
    for key in sorted(foreign):
        others = [p for k, (p, _) in sure.items() if k != key]
        if not is_foreign_town(picks[key][0], others):
            continue
        del out[key]
        for place, conf in ranked.get(key, ()):
            if in_the_story(place, others):
                out[key] = (place, conf)
                break
    return out


def in_the_story(place: Place, others: Sequence[Place]) -> bool:
    """Whether ``place`` lies in a country of ``others`` or within :data:`FOREIGN_KM` of one.

    A foreign town's replacement must, whatever its kind: "French Quarter" in a story
    from New Orleans is no Scottish town, nor a district of Anguilla called The Quarter.
    """
    if place.country_code and place.country_code in {o.country_code for o in others}:
        return True
    return any(haversine_km(place.lon, place.lat, o.lon, o.lat) <= FOREIGN_KM for o in others)


def one_place(ranked: Sequence[tuple[Place, float]]) -> bool:
    """Whether a name's entries ``ranked`` are all one place, with no namesake to prefer.

    A single entry is; so are a town and its units named after it ("Marib": the city,
    its governorate and its district), all in one country and within
    :data:`ONE_PLACE_KM` of the first (no entry at all: nothing to prefer either).
    """
    if len(ranked) < 2:
        return True
    first = ranked[0][0]
    return all(
        p.country_code == first.country_code and km_between(first, p) <= ONE_PLACE_KM
        for p, _ in ranked
    )


def big_town_elsewhere(place: Place, top: Place | None, countries: Sequence[str | None]) -> bool:
    """Whether a focus placement at ``place`` overrides a big town the gazetteer has.

    ``top`` is the name's best-ranked candidate, ``countries`` those of all its
    candidates: "Hodeidah", another name of Al Hudaydah (Yemen, 735,000 people), in a
    story naming Tyre and Basra, is dropped as a stray and placed at Tyre. A city of
    :data:`FOREIGN_TOWN` people or more is a place news names from anywhere: a focus
    placement in a country none of the name's candidates lies in is then a guess, and
    the resolver draws it below the map's confidence line (as
    :func:`~geomap.nlp.abroad.far_from` does).
    """
    if top is None or top.feature_type != "city" or top.population < FOREIGN_TOWN:
        return False
    return place.country_code not in set(countries)
