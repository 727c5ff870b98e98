"""A region over the article's countries, not the admin unit of one of them of its name.

"Conflict across the Sahel has intensified" in a story naming Djibo (Burkina Faso),
Timbuktu (Mali) and Niger: the gazetteer has the Sahel, the region of ten countries, and
Burkina Faso's admin-1 unit Sahel, which holds Djibo; the unit's context (its
country's and its own admin-1 votes) outweighs the region, which has no country.
:func:`member_regions` rules out a unit or town picked for a name read after "the"
without a unit's word ("the Sahel region" stays the unit) when a region of that own name
has the pick's country among its members, and the article's other names lie in
:data:`MIN_MEMBERS` or more of its member countries: the story spans the region. The
ranker then scores the name's other candidates (:mod:`geomap.nlp.revisions`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geomap.nlp.revisions import Revision
from geomap.nlp.scoring import MentionEvidence
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]

#: Kinds of pick the rule revises.
LOCAL_TYPES = frozenset({"admin1", "admin2", "city"})
#: Kinds of candidate that span countries.
SPANNING_TYPES = frozenset({"region", "continent"})
#: Match kinds by which a region bears the name itself.
OWN_MATCHES = frozenset({"name", "alias", "exonym"})
#: Fewest member countries the article's other names must lie in.
MIN_MEMBERS = 2


def _region(options: Sequence[Candidate], cc: str) -> Place | None:
    """A region of the name, by its own name, with ``cc`` among its members."""
    for c in options:
        p = c.place
        if p.feature_type in SPANNING_TYPES and c.match in OWN_MATCHES and cc in p.members:
            return p
    return None


def member_regions(
    picks: Mapping[str, _Pick],
    cands: Mapping[str, Sequence[Candidate]],
    evidence: Mapping[str, MentionEvidence],
) -> dict[str, Revision]:
    """Revisions: a unit or town ruled out for the region the article spans (module doc)."""
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        ev = evidence.get(key)
        cc = place.country_code
        if place.feature_type not in LOCAL_TYPES or not cc or ev is None:
            continue
        if not ev.after_the or ev.admin_hint:
            continue
        options = cands.get(key, ())
        region = _region(options, cc)
        if region is None:
            continue
        others = {p.country_code for k, (p, _) in picks.items() if k != key and p.country_code}
        if len(others & set(region.members)) < MIN_MEMBERS:
            continue
        local = {c.place.place_id for c in options if c.place.feature_type in LOCAL_TYPES}
        out[key] = Revision(ruled_out=frozenset(local))
    return out
