"""A town listed beside another is the namesake near it: "entre Calais et Douvres".

A town joined to another by a conjunction or a comma ("Calais et Douvres", "Terespol
i Bobrowniki", "Kaédi et Rosso") lies near it far more often than a namesake of the
same name lies near it by chance. When a name resolved to a town farther than
:data:`FAR_KM` from every town it is listed beside, and a more populous town of that
name lies within :data:`NEAR_KM` of one of them, :func:`paired_towns` rules out every candidate
but those near towns, and the ranker scores them again (:mod:`geomap.nlp.revisions`):
"Douvres" beside Calais is Dover, not Douvres-la-Délivrande in Normandy. A route's
ends lie far apart, and its big town is no smaller namesake near the other end
("zwischen Basel und Rotterdam" is not Bazel by Antwerp).
Applied in the local languages, whose conjunctions it reads
(:data:`~geomap.nlp.local_words.CONJUNCTIONS`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.geo import km_between
from geomap.nlp.listed_cities import group_bounds, list_neighbours
from geomap.nlp.local_words import CONJUNCTIONS
from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

#: A pick this far from every town it is listed beside is doubted.
FAR_KM = 161.0
#: A namesake this near one of those towns replaces it.
NEAR_KM = 100.0

_Pick = tuple[Place, float]


def _neighbours(span: Span, starts: Mapping[int, str], ends: Mapping[int, str]) -> list[str]:
    """The group keys of the names joined to ``span`` by one conjunction or comma."""
    glue = CONJUNCTIONS.get(span.doc.lang_, frozenset())
    return list_neighbours(span, starts, ends, glue)


def paired_towns(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, Revision]:
    """Revisions: a town far from the towns listed beside it, with a namesake near one."""
    starts, ends = group_bounds(groups)
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type != "city":
            continue
        beside = {k for s in groups[key] for k in _neighbours(s, starts, ends)} - {key}
        towns = [picks[k][0] for k in beside if k in picks and picks[k][0].feature_type == "city"]
        if not towns or min(km_between(place, t) for t in towns) <= FAR_KM:
            continue
        options = cands.get(key, ())
        near = {
            c.place.place_id
            for c in options
            if c.place.feature_type == "city"
            and c.place.population > place.population
            and min(km_between(c.place, t) for t in towns) <= NEAR_KM
        }
        if near:
            out[key] = Revision(ruled_out=frozenset(c.place.place_id for c in options) - near)
    return out
