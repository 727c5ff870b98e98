"""A town of the article's language over its small namesakes in other countries.

"LENS (AFP) –" in a French article is Lens in the Pas-de-Calais (38,000 people), not
Lens in the Valais (3,500), even when the story goes on to the Alps: the resolver's
"nearby" evidence must not carry a village abroad over a town ten times its size that
the language's readers know by that very name.  :func:`big_home_town` drops, among the
towns matched by their own name, those in another country that are less than a tenth
of the size of such a town of the language's own countries
(:data:`~geomap.nlp.local_words.HOME_COUNTRIES`); a namesake in the big town's own
country stays ("Frankfurt (Oder)" beside Frankfurt am Main).

A section of a city abroad (GeoNames' ``PPLX``) gives way too, whatever its size, to such
a home town matched by its own name or its exonym: "w Lublinie" in a Polish story from
Moscow is Lublin (360,000 people), not Lyublino, a district of Moscow that the locative
fits as well; a writer names a foreign city's district in a story about that city, where
the district's own country's places decide it, never with the exact name of one of the
language's own cities.
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


def _known_town(c: Candidate) -> bool:
    """A town matched by its own name or by the exonym of a big city."""
    return c.place.feature_type == "city" and c.match in ("name", "exonym")


def _section(c: Candidate) -> bool:
    """A section of a city (a district), not a town of its own."""
    return c.place.feature_type == "city" and c.place.feature_code == "PPLX"


def big_home_town(cands: list[Candidate], spans: Sequence[Span]) -> list[Candidate]:
    """Drop towns abroad that give way to a home town of :data:`MID_CITY` (module docstring)."""
    if not spans:
        return cands
    home = HOME_COUNTRIES.get(spans[0].doc.lang_, frozenset())
    big = [
        c
        for c in cands
        if _known_town(c) and c.place.country_code in home and c.place.population >= MID_CITY
    ]
    if not big:
        return cands
    top = max(big, key=lambda c: c.place.population).place
    owned = [c.place for c in big if _own_town(c)]
    size = max((p.population for p in owned), default=0)

    def small_abroad(c: Candidate) -> bool:
        if c.place.country_code == top.country_code:
            return False
        if _section(c):
            return True
        return bool(owned) and _own_town(c) and c.place.population * SIZE_RATIO < size

    return [c for c in cands if not small_abroad(c)]
