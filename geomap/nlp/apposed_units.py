"""A unit word before a town's name: the unit the town is the seat of ("в уезде Тулча").

News names a unit abroad by its word and its seat's name, the name left as it is: "в
уезде Тулча", "im Kreis Tulcea", "dans le département de Tulcea"
(:data:`~geomap.gazetteer.unit_words.APPOSED_UNIT_WORDS`, read by
:func:`~geomap.nlp.local_context.admin_before`).  Where the gazetteer knows the name in
the article's language only as the town's, the unit was never a candidate and the town
was picked. :func:`seat_units` adds, for a name after such a word, the admin-1 unit each
candidate town is the seat of (GeoNames' PPLA) when the unit's own name starts with the
town's ("Tulcea County" of Tulcea); the word before the name then favours the unit
(``admin_hint``, :mod:`geomap.nlp.mention_evidence`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.gazetteer import normalize_name
from geomap.nlp.local_context import admin_before
from geomap.records import Candidate

#: GeoNames' code of the seat of an admin-1 unit.
ADMIN1_SEAT = "PPLA"


def seat_units(
    gazetteer: Any, cands: Sequence[Candidate], spans: Sequence[Span]
) -> list[Candidate]:
    """The admin-1 units whose seats are among ``cands``, when a unit's word is before a span.

    Each unit comes with its town's match; none when no span follows such a word, or when
    a unit is a candidate already.
    """
    if not spans or any(c.place.feature_type == "admin1" for c in cands):
        return []
    lang = spans[0].doc.lang_
    if not any(admin_before(s[0], lang) for s in spans):
        return []
    have = {c.place.place_id for c in cands}
    out: list[Candidate] = []
    for c in cands:
        town = c.place
        if town.feature_type != "city" or town.feature_code != ADMIN1_SEAT:
            continue
        if not town.country_code or not town.admin1_code:
            continue
        unit = gazetteer.admin1(town.country_code, town.admin1_code)
        if unit is None or unit.place_id in have:
            continue
        if normalize_name(unit.name).startswith(normalize_name(town.name)):
            have.add(unit.place_id)
            out.append(Candidate(unit, c.match))
    return out
