"""Prepositions that govern places, below both :mod:`geomap.nlp` and :mod:`geomap.claims`.

Recognition reads a town tagged as an organisation after one as the town
(:mod:`geomap.nlp.locatives`); the speakers' clauses read a place after one as where
something was said, not who said it (:mod:`geomap.claims.clause_roles`).
"""

from __future__ import annotations

#: Locative prepositions an organisation's name rarely follows ("in Dewsbury", "from
#: Dewsbury"; not "at Google", "to Amazon"): a town tagged ORG after one is the town.
PLACE_ONLY_PREPOSITIONS = frozenset(
    {"in", "from", "near", "into", "outside", "around", "inside", "throughout"}
)
