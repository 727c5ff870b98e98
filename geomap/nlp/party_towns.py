"""A legislator's home town after the party's letter: "Sen. Ken Cuccinelli, R-Fairfax,".

American news gives a state legislator's party and home town, or a member of
Congress's party and state, joined by a hyphen after the name ("Rep. Torrey Westrom,
R-Elbow Lake, said", "Tom Bakk (DFL-Cook)", "Lindsey Graham (R-S.C.)"). The model
tags no entity there and the town's name is a small one no rule reads alone.
:func:`party_home_towns` reads the capitalised words between the party's letter and
the comma or parenthesis that closes them as a place where the gazetteer holds them
as a town of 1,000 or more or an admin unit's own name.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.org_places import place_name

#: Party letters before a legislator's home town (Republican, Democrat, Independent,
#: Minnesota's Democratic-Farmer-Labor party).
PARTIES = frozenset({"R", "D", "I", "DFL"})
#: Tokens that open the party-and-town aside after a legislator's name.
OPENERS = frozenset({",", "("})
#: Tokens that close it.
CLOSERS = frozenset({",", ")", ".", ";"})
#: Hyphens and dashes written between the party's letter and the town.
DASHES = frozenset({"-", "\u2013"})


def _town_after(doc: Doc, i: int, most: int) -> Span | None:
    """The town between the dash at ``i`` and the closing token, or ``None``."""
    start = i + 1
    end = start
    while end < len(doc) and end - start < most and doc[end].text not in CLOSERS:
        if not doc[end].text[:1].isupper():
            return None
        end += 1
    if end == start or (end < len(doc) and doc[end].text not in CLOSERS):
        return None
    return Span(doc, start, end, label="GAZ")


def party_home_towns(doc: Doc, gazetteer: Any, most: int = 4) -> list[Span]:
    """The home towns after a party's letter and a hyphen in ``doc`` (", R-Fairfax,").

    Parameters
    ----------
    doc
        The parsed document.
    gazetteer
        The gazetteer (``candidates``).
    most
        The most words a town's name takes.
    """
    found: list[Span] = []
    for tok in doc[1:-2]:
        i = tok.i
        if tok.text not in PARTIES or doc[i - 1].text not in OPENERS or tok.whitespace_:
            continue
        if doc[i + 1].text not in DASHES or doc[i + 1].whitespace_:
            continue
        town = _town_after(doc, i + 1, most)
        if town is not None and place_name(gazetteer, town.text):
            found.append(town)
    return found
