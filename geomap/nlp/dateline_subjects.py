"""The place a story names right after its dateline's dash, whatever the model made of it.

"TASHKENT, July 3 - Uzbekistan declared ...": without an outlet in brackets between
them, the small model runs the date into the name after the dash ("July 3 - Uzbekistan"
tagged DATE), and no rule reads a name inside a date. The words in title case right
after the dash that ends a dateline (:func:`geomap.nlp.patterns.datelines`) are a
toponym when together they are a well-known place's name
(:func:`geomap.nlp.known.well_known`: a country, an admin-1 unit, a region, a city of
100,000 or more), whatever their label: the story's first words are its subject, and
a country or a capital opening a story is the place or its government ("Uzbekistan
declared", "Tirana said"); before a noun it may be a people's name ("Kachin rebels")
and is left to the other rules. An organisation's name is read by a place's own name only
("Hamas" is no English name of Hamm), and a name that is part of a person's name in
the article is never taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.known import ORG_LABELS
from geomap.nlp.well_known import well_known

#: The dashes that end a dateline ("KYIV, March 3 - ...", "GAZA, May 2 (AP) -- ...").
DATELINE_DASHES = frozenset({"-", "--", "–", "—"})
#: Most tokens between the dateline's place and its dash ("LA PAZ, Bolivia, Feb. 3 (AP) -").
MAX_TO_DASH = 12
#: Most words of the name after the dash.
MAX_NAME_WORDS = 4


def after_dateline(
    doc: Doc, datelines: Sequence[Span], gazetteer: Any, people: frozenset[str]
) -> list[Span]:
    """The well-known places named right after the dash of each of ``datelines``.

    Parameters
    ----------
    doc
        The parsed document.
    datelines
        The dateline places found at the start of its sentences.
    gazetteer
        The gazetteer the names are looked up in.
    people
        Words of people's names in the article (never taken).
    """
    out: list[Span] = []
    for line in datelines:
        sent_end = line.sent.end
        limit = min(sent_end, line.end + MAX_TO_DASH)
        dash = next((i for i in range(line.end, limit) if doc[i].text in DATELINE_DASHES), None)
        if dash is None or not doc[dash].whitespace_:
            continue  # "PORT-AU-PRINCE": a hyphen inside the name is no dash
        start = end = dash + 1
        while (
            end < sent_end
            and end - start < MAX_NAME_WORDS
            and doc[end].is_alpha
            and doc[end].is_title
        ):
            end += 1
        if end == start or (end < sent_end and doc[end].pos_ == "NOUN"):
            continue  # "Kachin rebels shelled ...": a people's name before a noun
        name = doc[start:end]
        if name.text in people or any(t.text in people for t in name):
            continue
        exonyms = doc[start].ent_type_ not in ORG_LABELS
        if well_known(gazetteer, name.text, exonyms=exonyms):
            out.append(Span(doc, start, end, label="GPE"))
    return out
