"""Where an article's other places concentrate, measured by distance and by country.

The admin-1 votes of :mod:`geomap.nlp.article_votes` say which units the article's
places lie in, and a unit's identity is a coarse measure of where they are: England
holds most of Britain, so in a British story many votes for it say little, while the
one vote a namesake Norfolk, Virginia gives Virginia made a namesake Suffolk, Virginia
look like the article's concern ("Suffolk" and "Norfolk" in a story about an English
farm). These features measure the concentration directly, each against the whole
article:

* :func:`near_share`: the other names' vote weight, each pick's weight decayed with its
  distance from a candidate (``exp(-(d / SCALE_KM) ** 2)``), over the whole weight. Both
  places must have a meaningful point (towns, admin units, other local places; a
  country's or a sea's point says nothing at this scale). A decayed weight has no edge
  (a hard 200 km radius counted a town 213 km from the story's city as no support at
  all), and the Gaussian's flat top counts a neighbouring town almost fully;
* :func:`country_share`: the share of the article's country votes that go to the
  candidate's country.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from geomap.geo import haversine_km
from geomap.records import Place

#: The distance at which a pick's support has fallen by a factor e (about a US state's width).
SCALE_KM = 300.0
#: Kinds of place whose point locates them at the scale of :data:`SCALE_KM`.
POINT_TYPES = frozenset({"city", "admin2", "admin1", "other", "landform"})
#: Shares below this are no support (and no feature).
FLOOR = 1e-4


def near_share(place: Place, picks: Sequence[tuple[Place, float]]) -> float:
    """The picks' weight, decayed with distance from ``place``, over their whole weight.

    ``picks`` are the article's other names' places with their vote weights; every
    pick counts in the whole, only those of :data:`POINT_TYPES` add support, each
    ``weight * exp(-(d / SCALE_KM) ** 2)`` at distance ``d`` km. 0 when ``place`` is no such
    kind, there are no picks, or the share is below :data:`FLOOR`.
    """
    if place.feature_type not in POINT_TYPES:
        return 0.0
    total = sum(w for _, w in picks)
    if total <= 0:
        return 0.0
    near = sum(
        w * math.exp(-((haversine_km(place.lon, place.lat, q.lon, q.lat) / SCALE_KM) ** 2))
        for q, w in picks
        if q.feature_type in POINT_TYPES
    )
    share = near / total
    return share if share >= FLOOR else 0.0


def country_share(place: Place, countries: Mapping[str, float]) -> float:
    """The share of the article's country votes that go to ``place``'s country."""
    total = sum(countries.values())
    if not place.country_code or total <= 0:
        return 0.0
    return countries.get(place.country_code, 0.0) / total
