"""A town of the article's language over its small namesakes in other countries.

"LENS (AFP) –" in a French article is Lens in the Pas-de-Calais (38,000 people), not
Lens in the Valais (3,500), even when the story goes on to the Alps: the resolver's
"nearby" evidence must not carry a village abroad over a town ten times its size that
the language's readers know by that very name.  :func:`big_home_town` drops, among the
towns matched by their own name, those in another country that are less than a tenth
of the size of such a town of the language's own countries
(:data:`~geomap.nlp.local_words.HOME_COUNTRIES`); a namesake in the big town's own
country stays ("Frankfurt (Oder)" beside Frankfurt am Main).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from geomap.nlp.local_kinds import MID_CITY
from geomap.nlp.local_words import HOME_COUNTRIES
from geomap.records import Candidate

#: How many times bigger the home town must be than a namesake abroad it keeps out.
SIZE_RATIO = 10


def _own_town(c: Candidate) -> bool:
    return c.place.feature_type == "city" and c.match == "name"


def big_home_town(cands: list[Candidate], spans: Sequence[Span]) -> list[Candidate]:
    """Drop own-name towns abroad a tenth the size of an own-name home town of :data:`MID_CITY`."""
    if not spans:
        return cands
    home = HOME_COUNTRIES.get(spans[0].doc.lang_, frozenset())
    big = [
        c
        for c in cands
        if _own_town(c) and c.place.country_code in home and c.place.population >= MID_CITY
    ]
    if not big:
        return cands
    top = max(big, key=lambda c: c.place.population).place

    def small_abroad(c: Candidate) -> bool:
        return (
            _own_town(c)
            and c.place.country_code != top.country_code
            and c.place.population * SIZE_RATIO < top.population
        )

    return [c for c in cands if not small_abroad(c)]
