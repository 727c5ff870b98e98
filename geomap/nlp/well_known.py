"""Well-known places by name: what :mod:`geomap.nlp.known` reads under any label.

A country, admin-1 unit, region or continent, a city of
:data:`~geomap.nlp.known_contexts.WELL_KNOWN_CITY` people or more, a water body or a
landform of more than one word (:func:`well_known_types`), and an island of the map's
where a place word governs its one-word name (:func:`governed_island`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.context import governs
from geomap.nlp.known_contexts import WELL_KNOWN_CITY
from geomap.nlp.name_shapes import is_acronym, titled_unit
from geomap.nlp.vocab import GENERIC_WORDS, SINGLE_WORD_TYPES

#: Endings of ordinals written in digits ("6th", "21st").
ORDINALS = frozenset({"st", "nd", "rd", "th"})
#: Natural features: well known by a name of two words or more, or of one after "the".
NATURAL_TYPES = frozenset({"water", "landform"})
#: Feature codes of the islands and island groups of Natural Earth's map (GeoNames'
#: many small islands, "ISL", are not among them; the project's curated islands,
#: "curated:bornholm", are): read by a one-word name too where a place word governs it
#: ("off Saaremaa", "north of Socotra", "on Svalbard", "off Bornholm").
ISLAND_CODES = frozenset({"island", "island group"})


def governed_island(gazetteer: Any, span: Span) -> bool:
    """Whether a one-word name is an island of the map's and a place word governs it.

    "jamming off Saaremaa", "north of Socotra", "a settlement on Svalbard": an island
    of :data:`ISLAND_CODES` by its own name, right after a preposition of place (or
    "on"), "north of" ... or a verb of movement (:func:`geomap.nlp.context.governs`).
    Not in a list with another name alone ("the tour operator Hayes & Jarvis"): the
    words before it must govern it.
    """
    if len(span) != 1 or not span.text[:1].isupper() or span.text.lower() in GENERIC_WORDS:
        return False
    if not any(
        c.match == "name"
        and c.place.feature_type == "landform"
        and (
            c.place.feature_code in ISLAND_CODES
            or (c.place.feature_code == "ISL" and c.place.place_id.startswith("curated:"))
        )
        for c in gazetteer.candidates(span.text)
    ):
        return False
    doc, i = span.doc, span.start - 1
    return governs(doc, span.start) or (i >= 0 and doc[i].lower_ == "on")


def well_known(gazetteer: Any, text: str, *, exonyms: bool = True) -> bool:
    """Whether ``text`` is the own name, alias or English name of a well-known place."""
    return bool(well_known_types(gazetteer, text, exonyms=exonyms))


def well_known_types(
    gazetteer: Any, text: str, *, exonyms: bool = True, after_the: bool = False
) -> set[str]:
    """The feature types of the well-known places called ``text`` (none: not well known).

    A country, admin-1 unit, region or continent, a city of 100,000 or more, or a
    water body or landform (a desert, a range) of more than one word ("Red Sea"), or of
    one word right after "the" (``after_the``: "on the Danube", "across the Tenere"; a
    bare one-word river is too often an ordinary word), a landform also by a curated
    one-word alias ("into northern Sinai": the Sinai Peninsula; not a sea's, used as an
    adjective: "Mediterranean-style gardens"), by its own name, a curated
    alias or, with ``exonyms``, its English name ("Khan Younis" for Khān Yūnis); with
    ``exonyms``, an admin-1 unit also by the short and English forms the gazetteer
    gives it ("Kogi" for Kogi State, "South Darfur" for Southern Darfur).
    """
    if not _name_start(text) or is_acronym(text) or text.lower() in GENERIC_WORDS:
        return set()
    matches = {"name", "alias", "exonym"} if exonyms else {"name", "alias"}
    words = len(text.split())
    out: set[str] = set()
    if any(c.place.feature_type == "admin1" for c in titled_unit(gazetteer, text)):
        out.add("admin1")  # "Rakhine State": GeoNames' "Rakhine"
    for c in gazetteer.candidates(text):
        p = c.place
        if c.match not in matches and not (
            exonyms and c.match == "alternate" and p.feature_type == "admin1"
        ):
            continue
        if (
            p.feature_type in SINGLE_WORD_TYPES
            or (p.feature_type == "city" and p.population >= WELL_KNOWN_CITY)
            or (p.feature_type in NATURAL_TYPES and (words > 1 or after_the))
            or (p.feature_type == "landform" and c.match == "alias")
        ):
            out.add(p.feature_type)
    return out


def _name_start(text: str) -> bool:
    """Whether a name starts as one: capitalised, or an ordinal's digits ("6th of October City")."""
    first = text.split(" ", 1)[0]
    return text[:1].isupper() or (first[:1].isdigit() and first.lstrip("0123456789") in ORDINALS)
