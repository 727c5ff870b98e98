"""A town abroad kept over a river's namesake when the unit named right after holds it.

"w Reni w obwodzie odeskim": "Reni" is the Ukrainian town's own name as written, and the
lemmatiser also reads it as a case of "Ren", the Rhine. A town outside the article's
countries weighs by its name no more than such a guessed form
(:func:`geomap.nlp.local_filters.over_namesakes`), so the river won. The admin unit or
country named right after the mention ("w obwodzie odeskim", ", Ukraine") says where
the town is: :func:`held_by_next` tells when it holds one of the name's towns, and the
towns are then kept, for the ranker to choose by the article's other places (the unit
among them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.records import Candidate, Place

#: Kinds of town a unit named after the name may hold.
TOWN_TYPES = frozenset({"city", "admin2"})
#: Kinds of place that hold towns.
HOLDER_TYPES = frozenset({"admin1", "country"})
#: Words between a name and the unit after it: the separators a text writes there
#: (a comma, a preposition of one or two letters: "w", "в", "у", "in", "im", "en").
MAX_LINK_CHARS = 2


def _next_toponym(span: Span) -> Span | None:
    """The toponym right after ``span``, past a comma or one short preposition."""
    doc = span.doc
    i = span.end
    if i < len(doc) and (doc[i].text == "," or (doc[i].is_lower and len(doc[i]) <= MAX_LINK_CHARS)):
        i += 1
    for other in doc.spans.get(TOPONYMS, []):
        if other.start == i:
            return other
    return None


def _holds(unit: Place, town: Place) -> bool:
    """Whether the admin-1 unit or country ``unit`` holds ``town``."""
    if not unit.country_code or unit.country_code != town.country_code:
        return False
    return unit.feature_type == "country" or (
        unit.admin1_code is not None and unit.admin1_code == town.admin1_code
    )


def held_by_next(gazetteer: Any, spans: Sequence[Span], cands: Sequence[Candidate]) -> bool:
    """Whether a unit named right after one of ``spans`` holds one of ``cands``' towns."""
    towns = [c.place for c in cands if c.place.feature_type in TOWN_TYPES]
    if not towns:
        return False
    for span in spans:
        nxt = _next_toponym(span)
        if nxt is None:
            continue
        units = [c.place for c in gazetteer.candidates(nxt.text, span.doc.lang_)
                 if c.place.feature_type in HOLDER_TYPES]  # fmt: skip
        if any(_holds(u, t) for u in units for t in towns):
            return True
    return False
