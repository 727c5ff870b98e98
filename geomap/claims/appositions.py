"""The appositions of a speaker phrase's head, as the parser may have hung them.

"Country Director of the Nature Conservancy Indonesia Program, Rizal Algamar,
applauded …": the parser made "Program" an apposition of "Director" and hung the
person's name on the program; the name is the title's apposition all the same.
Read by :func:`geomap.claims.namespans.person_name`.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def appositions(root: Token, places: Collection[int]) -> list[Token]:
    """``root``'s appositions (not places), then PERSON names in apposition to them."""
    direct = [c for c in root.children if c.dep_ == "appos" and c.i not in places]
    nested = [
        c
        for a in direct
        for c in a.children
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i not in places
    ]
    return direct + nested
