"""Well-known places inside a quotation, which the small model takes for people.

Inside quotation marks the small English model reads a sentence as speech and tags a
city's name as a person ("\u201cWe will hold Kherson whatever it costs,\u201d the commander
said": "Kherson" PERSON), with none of the prepositions or verbs of place that
:mod:`geomap.nlp.known` reads. :func:`quoted_place` takes such a name when

* it stands inside a quotation (:func:`inside_quotation`: a region of
  :func:`geomap.quotations.quote_regions`, the quote finder the claims use too);
* it is the own name of a country, an admin-1 unit or a city of 100,000 or more
  (the well-known types of :func:`geomap.nlp.known.well_known_types`); and
* that place lies in the country of a place the article names outside this name
  (:func:`article_countries`): a well-known place's name spoken in a story about its
  own country, not a namesake person's ("Jordan" quoted in a story from Ohio).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span

from geomap.nlp.known_contexts import WELL_KNOWN_CITY
from geomap.quotations import quote_regions, region_at

#: Types of the well-known places read inside a quotation.
QUOTED_TYPES = frozenset({"country", "admin1", "city"})
#: Matches of a name that are the place's own (not another place's old name).
OWN_MATCHES = frozenset({"name", "alias", "exonym"})


def inside_quotation(span: Span) -> bool:
    """Whether the span lies inside a quotation (:func:`geomap.quotations.quote_regions`).

    The doc's regions are found once and kept on it (``user_data``).
    """
    doc = span.doc
    regions = doc.user_data.get("geomap_quote_regions")
    if regions is None:
        regions = doc.user_data["geomap_quote_regions"] = quote_regions(doc.text)
    return region_at(regions, span.start_char, span.end_char) is not None


def article_countries(gazetteer: Any, found: Iterable[Span], but: Span) -> set[str]:
    """The countries of the first own entry of each name found so far, ``but`` aside."""
    out: set[str] = set()
    for text in {s.text for s in found if s.text != but.text}:
        for c in gazetteer.candidates(text):
            if c.match in OWN_MATCHES and c.place.country_code:
                out.add(c.place.country_code)
                break
    return out


def quoted_place(span: Span, types: set[str], found: Iterable[Span], gazetteer: Any) -> bool:
    """Whether a well-known place's name inside a quotation is the place (module docstring)."""
    if not types & QUOTED_TYPES or not inside_quotation(span):
        return False
    own = {
        c.place.country_code
        for c in gazetteer.candidates(span.text)
        if c.match in OWN_MATCHES
        and (
            c.place.feature_type in {"country", "admin1"}
            or (c.place.feature_type == "city" and c.place.population >= WELL_KNOWN_CITY)
        )
    }
    return bool(own & article_countries(gazetteer, found, span))
