"""A name that qualifies a town is the unit that holds the town: "Tbilisi, Georgia".

"Paris, Texas" names a town and the state it lies in. The town's own evidence already
reads the qualifier (:func:`geomap.nlp.mention_evidence.following_toponym`: a candidate
inside one of the qualifier's countries or admin-1 units scores higher); this rule reads
it the other way. Once every name has a pick, a qualifier group
(:mod:`geomap.nlp.name_groups` keys "Georgia" after "Tbilisi," apart from "Georgia"
after "Atlanta,") whose candidates include a country, admin-1 unit or region holding
every town it qualifies, as picked, keeps only such candidates: the rule rules the others
out and the ranker scores the name again (:mod:`geomap.nlp.revisions`), so "Georgia" after
Tbilisi is the country and after Atlanta the state, each with its own confidence. A
qualifier none of whose candidates holds its towns keeps its pick, and so does one
resolved to a city or a county: a city may qualify a part of itself ("Queens, New York",
"Naivasha, Nakuru").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.nlp.mention_evidence import following_toponym
from geomap.nlp.revisions import Revision
from geomap.nlp.scoring import contains
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]
#: Feature types of a qualifier's pick the rule may revise: the kinds that hold towns.
UNIT_TYPES = frozenset({"country", "admin1", "region", "continent"})


def qualified_towns(groups: Mapping[str, Sequence[Span]]) -> dict[str, set[str]]:
    """Each qualifier group's key -> the keys of the groups of the towns it qualifies."""
    key_at = {s.start: key for key, group in groups.items() for s in group}
    out: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.items():
        for span in group:
            nxt = following_toponym(span)
            qualifier = key_at.get(nxt.start) if nxt is not None else None
            if qualifier is not None and qualifier != key:
                out[qualifier].add(key)
    return dict(out)


def qualifier_units(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, Revision]:
    """Revisions: a qualifier's candidates that hold none of its towns ruled out."""
    out: dict[str, Revision] = {}
    for key, towns in qualified_towns(groups).items():
        if key not in picks or picks[key][0].feature_type not in UNIT_TYPES:
            continue  # a city may qualify a part of itself: "Queens, New York"
        held = [picks[t][0] for t in sorted(towns) if t in picks]
        if not held:
            continue
        holding = {
            c.place.place_id
            for c in cands.get(key, ())
            if all(contains(c.place, town) for town in held)
        }
        if holding and picks[key][0].place_id not in holding:
            others = {c.place.place_id for c in cands[key]} - holding
            out[key] = Revision(ruled_out=frozenset(others))
    return out
