"""A town by its own name over a town another source once called so.

GeoNames gives many towns former or variant names that are other towns' own names:
Beeville, Texas is also listed as "Maryville". In a story naming Fort Worth and Texas,
"Maryville" then lifts Beeville (13,000 people) by the article's admin-1 votes over the
towns named Maryville, Tennessee (28,000) and Illinois, though a reader takes the
name for one of those. :func:`own_name_towns` rules out, for a name picked as a town
matched only by an alternate name, every town matched by an alternate name that is no
bigger than the largest town bearing the name as its own (``match == "name"``); the
ranker scores the rest again (:mod:`geomap.nlp.revisions`), the article's context still
choosing among the own-name towns. A renamed town far bigger than every namesake keeps
its old name ("Bombay" is Mumbai, not a village of that name), and so does any pick in a
language whose town names the sources give only as alternates (the rule reads English).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

#: The kinds of place the rule compares (an admin unit's short form is no renamed town).
TOWN_TYPES = frozenset({"city"})

_Pick = tuple[Place, float]


def _town(c: Candidate, match: str) -> bool:
    return c.place.feature_type in TOWN_TYPES and c.match == match


def own_name_towns(
    picks: Mapping[str, _Pick], cands: Mapping[str, Sequence[Candidate]], lang: str | None
) -> dict[str, Revision]:
    """Rule out alternate-name towns no bigger than an own-name town (module docstring)."""
    if lang is not None:
        return {}
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        options = cands.get(key, ())
        matches = {c.match for c in options if c.place.place_id == place.place_id}
        if place.feature_type not in TOWN_TYPES or matches != {"alternate"}:
            continue
        own = max((c.place.population for c in options if _town(c, "name")), default=0)
        if own <= 0 or own < place.population:
            continue
        named = {c.place.place_id for c in options if c.match != "alternate"}
        renamed = frozenset(
            c.place.place_id for c in options if _town(c, "alternate") and c.place.population <= own
        )
        out[key] = Revision(ruled_out=renamed - named)
    return out
