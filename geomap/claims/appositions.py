"""The appositions of a speaker phrase's head, as the parser may have hung them, and asides.

"Country Director of the Nature Conservancy Indonesia Program, Rizal Algamar,
applauded …": the parser made "Program" an apposition of "Director" and hung the
person's name on the program; the name is the title's apposition all the same.
Read by :func:`geomap.claims.namespans.person_name`.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

#: Participles that give a person's name ("a woman named Maria Lopez", "a man called X").
NAMING_PARTICIPLES = frozenset({"named", "called"})
#: Prepositions of an affiliation set off as an aside ("The researchers, from the …,").
AFFILIATION = frozenset({"from", "at", "with"})


def naming_participle(child: Token) -> bool:
    """Whether ``child`` is "named X"/"called X" after its noun, X a proper name."""
    if child.dep_ != "acl" or child.lower_ not in NAMING_PARTICIPLES or child.i < child.head.i:
        return False
    return any(c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "PROPN" for c in child.children)


def appositions(root: Token, places: Collection[int]) -> list[Token]:
    """``root``'s appositions (not places), then PERSON names in apposition to them.

    The name a participle gives the head counts as one ("a woman named Maria Lopez").
    """
    direct = [c for c in root.children if c.dep_ == "appos" and c.i not in places]
    direct += [
        c
        for p in root.children
        if naming_participle(p)
        for c in p.children
        if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "PROPN" and c.i not in places
    ]
    nested = [
        c
        for a in direct
        for c in a.children
        if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i not in places
    ]
    return direct + nested


def affiliation_asides(phrase: Span) -> list[Token]:
    """A common noun's affiliation set off by commas: "The researchers, from the University …,".

    Like an apposition, the aside describes the people the head names ("The researchers"):
    it is their role, not their name.
    """
    root = phrase.root
    doc = phrase.doc
    if root.pos_ != "NOUN":
        return []
    return [
        c for c in root.children
        if c.dep_ == "prep" and c.lower_ in AFFILIATION and c.i > root.i
        and c.i < phrase.end and doc[c.i - 1].text == ","
    ]  # fmt: skip
