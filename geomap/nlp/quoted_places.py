"""Well-known places inside a quotation, which the small model takes for people.

Inside quotation marks the small English model reads a sentence as speech and tags a
city's name as a person ("\u201cWe will hold Kherson whatever it costs,\u201d the commander
said": "Kherson" PERSON), with none of the prepositions or verbs of place that
:mod:`geomap.nlp.known` reads. :func:`quoted_place` takes such a name when

* it stands inside a quotation (:func:`inside_quotation`: an opening quotation mark
  before it and a closing one after it, in the same paragraph);
* it is the own name of a country, an admin-1 unit or a city of 100,000 or more
  (the well-known types of :func:`geomap.nlp.known.well_known_types`); and
* that place lies in the country of a place the article names outside this name
  (:func:`article_countries`): a well-known place's name spoken in a story about its
  own country, not a namesake person's ("Jordan" quoted in a story from Ohio).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.known_contexts import WELL_KNOWN_CITY

#: Opening quotation marks (a straight mark opens when the tagger says so: ``).
OPENING = frozenset({"\u201c", "\u00ab", "\u201e"})
#: Closing quotation marks (a straight mark closes when the tagger says so: '').
CLOSING = frozenset({"\u201d", "\u00bb"})
#: Straight marks, opening or closing by their tag.
STRAIGHT = frozenset({'"'})
#: Most tokens between a name and the marks of its quotation.
MAX_QUOTE_TOKENS = 80
#: Types of the well-known places read inside a quotation.
QUOTED_TYPES = frozenset({"country", "admin1", "city"})
#: Matches of a name that are the place's own (not another place's old name).
OWN_MATCHES = frozenset({"name", "alias", "exonym"})


def _mark(doc: Doc, i: int) -> str:
    """``"open"``, ``"close"`` or ``""``: what quotation mark token ``i`` is."""
    tok = doc[i]
    if tok.text in OPENING or (tok.text in STRAIGHT and tok.tag_ == "``"):
        return "open"
    if tok.text in CLOSING or (tok.text in STRAIGHT and tok.tag_ == "''"):
        return "close"
    return ""


def _paragraph_break(doc: Doc, i: int) -> bool:
    return "\n" in doc[i].text or "\n" in doc[i].whitespace_


def inside_quotation(span: Span) -> bool:
    """Whether an opening quotation mark comes before the span and a closing one after it.

    The nearest mark before it opens and the nearest after it closes, each within
    :data:`MAX_QUOTE_TOKENS` tokens and no paragraph break.
    """
    doc = span.doc
    before = ""
    for i in range(span.start - 1, max(-1, span.start - 1 - MAX_QUOTE_TOKENS), -1):
        if _paragraph_break(doc, i):
            return False
        before = _mark(doc, i)
        if before:
            break
    if before != "open":
        return False
    for j in range(span.end, min(len(doc), span.end + MAX_QUOTE_TOKENS)):
        after = _mark(doc, j)
        if after:
            return after == "close"
        if _paragraph_break(doc, j):
            return False
    return False


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
