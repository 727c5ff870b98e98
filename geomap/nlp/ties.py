"""Candidates the ranker scores alike: the one nearest the article's other places wins.

Two rivers called Morava (one in Czechia, one in Serbia), two lakes or two
mountains of one name have the same features (no country, no population), so the
ranker gives them the same score and the first in the gazetteer's order used to
win. :func:`best_index` breaks such a tie by the article: the candidate with the
least mean distance to the other names' picks, each weighted by its vote (a story
about Brno and Prague means the Czech Morava). Without other picks, or when the
best score is no tie, the best-scored candidate wins as before; so does the
gazetteer's first when the nearest lies within :data:`SAME_KM` of it: two points of one
feature (the Red Sea from GeoNames and from Natural Earth), not two features.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from geomap.geo import haversine_km
from geomap.nlp.scoring import Context
from geomap.records import Candidate, Place

#: Scores closer than this are a tie.
TIE = 1e-9
#: Tied candidates this close are points of one feature: the gazetteer's order decides.
SAME_KM = 300.0


def best_index(options: Sequence[Candidate], scored: Sequence[float], ctx: Context | None) -> int:
    """The index of the best-scored candidate; among tied ones, the nearest the article's picks."""
    top = max(scored)
    tied = [i for i, s in enumerate(scored) if top - s <= TIE]
    picks = ctx.picks if ctx is not None else []
    total = sum(w for _, w in picks)
    if len(tied) == 1 or total <= 0:
        return tied[0]

    def spread(i: int) -> float:
        p = options[i].place
        return sum(w * haversine_km(p.lon, p.lat, q.lon, q.lat) for q, w in picks) / total

    near = min(tied, key=lambda i: (spread(i), i))
    a, b = options[tied[0]].place, options[near].place
    return tied[0] if haversine_km(a.lon, a.lat, b.lon, b.lat) <= SAME_KM else near


def ranked_places(
    options: Sequence[Candidate], scored: Sequence[float], best: int
) -> list[tuple[Place, float]]:
    """A name's candidates, the pick (``best``) first, then by score, with softmax shares."""
    top = max(scored)
    weights = [math.exp(x - top) for x in scored]
    total = sum(weights)
    order = sorted(range(len(options)), key=lambda i: (i != best, -scored[i]))
    return [(options[i].place, weights[i] / total) for i in order]
