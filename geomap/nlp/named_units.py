"""A town named by the country or admin-1 unit named right after it.

"Babanusa and Al Fulah in West Kordofan" are towns when the gazetteer has towns of
those names in Sudan (:func:`in_named_unit`); :mod:`geomap.nlp.known` reads them so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from geomap.nlp.town_names import town_sized
from geomap.nlp.vocab import LIST_GLUE

#: Words between a name (or a list of names) and the unit it lies in ("X in Y", "X, Y").
UNIT_LINKS = frozenset({"in", ","})
#: Types of the units that qualify a town (a region of one country too: "Bosaso, in
#: Puntland").
UNIT_TYPES = frozenset({"country", "admin1", "region"})
#: Kinds of place named as lying in such a unit (a town, a county, a province).
PART_TYPES = frozenset({"city", "admin2", "admin1"})


def in_named_unit(span: Span, found: Sequence[Span], gazetteer: Any) -> bool:
    """Whether the span is a town of the country or admin-1 unit named right after it.

    "Babanusa and Al Fulah in West Kordofan", "Jiribam, Manipur", "Kufra, in Libya's
    far southeast", "Myeik, in the Tanintharyi region", "Adre across the border in
    Chad": the name, alone or in a list of capitalised names, is followed by "in" (maybe
    "in the", or "across the border in"), a comma or both and a place
    the other rules found that is a country or an
    admin-1 unit; the gazetteer has a town of 1,000 or more (or a seat of government)
    or an admin-1 unit by that name, in any spelling, in that unit's country.
    """
    doc = span.doc
    starts = {s.start: s for s in found}
    j = span.end
    while j < len(doc) and doc[j].lower_ in LIST_GLUE and doc[j].text != ",":
        j += 1  # "and" before the next name of the list
        while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
            j += 1
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "in":
        j += 1  # "Kufra, in Libya's far southeast"
    if [t.lower_ for t in doc[j : j + 4]] == ["across", "the", "border", "in"]:
        j += 3  # "Adre across the border in Chad"
    if j + 1 >= len(doc) or doc[j].lower_ not in UNIT_LINKS:
        return False
    k = j + 2 if doc[j + 1].lower_ == "the" and doc[j].text != "," else j + 1
    if k not in starts:
        return False  # "in the Tanintharyi region": the unit after "in the"
    unit = starts[k]
    countries = {
        c.place.country_code
        for c in gazetteer.candidates(unit.text)
        if c.match in {"name", "alias", "exonym"}
        and c.place.feature_type in UNIT_TYPES
        and c.place.country_code
    }
    return any(
        c.place.country_code in countries
        and c.place.feature_type in PART_TYPES
        and (c.place.feature_type == "admin1" or town_sized(c.place))
        for c in gazetteer.candidates(span.text)
    )
