"""A small namesake beside the towns of a name's sentence wins over a far one ("у бік Ямполя").

War posts name front villages beside the towns of their sector: "На Лиманському
напрямку ворог атакував у бік Ямполя": Yampil by Lyman (a village whose population
the gazetteer lacks), not Yampil in Vinnytsia Oblast, 700 km west, a town of 11,000
the population prior prefers. :func:`near_namesakes` revises a name picked as a city
(in an article in French, German, Polish, Russian or Ukrainian) when the pick lies
more than :data:`FAR_KM` from every city picked for the other names of its
sentences, and another of its candidates, a city of the same country as one of
those named so in the language (not by an old or other alternate name: Korolev was
Kaliningrad), lies within :data:`NEAR_KM` of one of them: that namesake is the pick.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.geo import km_between
from geomap.nlp.revisions import Revision
from geomap.nlp.sentence_namesakes import sentence_cities
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]
#: Farthest a namesake may lie from a town of the sentence to be its neighbour.
NEAR_KM = 50.0
#: Least distance of the pick from every town of the sentence to be revised.
FAR_KM = 200.0


def near_namesakes(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, Revision]:
    """Revisions: every candidate ruled out but the near namesake (module docstring)."""
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type != "city":
            continue
        others = sentence_cities(key, picks, groups)
        if not others or min(km_between(place, o) for o in others) <= FAR_KM:
            continue
        near = [
            c.place
            for c in cands.get(key, ())
            if c.place.feature_type == "city"
            and c.match != "alternate"  # Korolev, once Kaliningrad, is no namesake
            and any(
                c.place.country_code == o.country_code and km_between(c.place, o) <= NEAR_KM
                for o in others
            )
        ]
        if near:
            best = min(near, key=lambda p: min(km_between(p, o) for o in others))
            out[key] = Revision(
                ruled_out=frozenset(
                    c.place.place_id for c in cands[key] if c.place.place_id != best.place_id
                )
            )
    return out
