"""What a name or a noun is in its clause, as the antecedent search reads it.

Its subject (:func:`is_subject`), a place or a modifier rather than a person in it
(:func:`where_or_whose`), a plural (:func:`is_plural`), a person's description that
names someone already in the story (:func:`person_description`) or a noun with a name
in apposition (:func:`named_person`); used by :mod:`geomap.claims.antecedents`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.bodies import command_staff
from geomap.claims.nps import core_np
from geomap.claims.source_nouns import descriptor_kind
from geomap.place_prepositions import PLACE_ONLY_PREPOSITIONS


def person_description(tok: Token) -> bool:
    """Whether ``tok`` heads "the" + modifiers + a singular noun for a person, unnamed.

    "the Manhattan native and Harvard graduate", "the Sligo-based mother who ...":
    in news such a description names someone already in the story.  Not a bare "the
    official" (:func:`~geomap.claims.frames.is_bare_definite`), nor one with a
    possessive ("the victim's mother": someone new), a name, an apposition or a
    prepositional phrase ("the mother of the boy").  A member of a group named by its
    singular group name is such a noun too ("the Decatur Democrat", "the 45-year-old
    Australian": :func:`member_noun`), only with a modifier ("The Australian" may be a paper).
    A body of people is not one person: "the general staff" commands an army
    (:func:`~geomap.claims.bodies.command_staff`).
    """
    if tok.tag_ in ("NNS", "NNPS") or command_staff(tok):
        return False
    if not member_noun(tok) and (tok.pos_ != "NOUN" or descriptor_kind(tok) != "person"):
        return False
    children = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    modifiers = [c for c in children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    if not modifiers or any(c.dep_ in ("poss", "appos", "prep") for c in children):
        return False
    return not any(
        t.ent_type_ == "PERSON" or t.pos_ == "PRON" for m in modifiers for t in m.subtree
    )


def member_noun(tok: Token) -> bool:
    """Whether ``tok`` is a singular group name used for one member: "Democrat", "Australian".

    The model tags party and nationality names NORP; one capitalised in the singular
    (``NNP``) as the head of a noun phrase ("the Decatur Democrat said") stands for a
    person of that group, not the group ("the Democrats", "the French").
    """
    return tok.ent_type_ == "NORP" and tok.tag_ == "NNP" and tok.is_title and tok.pos_ == "PROPN"


def named_person(noun: Token) -> Span | None:
    """The proper name in apposition to a noun for a person ("his wife, Christine")."""
    if noun.pos_ != "NOUN" or descriptor_kind(noun) != "person":
        return None
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return None if name is None else core_np(name)


#: Prepositions after which a name tagged PERSON is where something happens ("Back on
#: Oahu, where she had first arrived"), never the he/she of the next clause.
WHERE_PREPOSITIONS = PLACE_ONLY_PREPOSITIONS | {"on"}


def where_or_whose(ent: Span) -> bool:
    """Whether a name is a place of the clause or a modifier of a noun, not a person in it.

    "Back on Oahu, where she ...": the small model tags some islands and towns PERSON;
    "Dole officials refused": the name of the officials' company.
    """
    root = ent.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= ent.end:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in WHERE_PREPOSITIONS


def is_plural(tok: Token) -> bool:
    """Whether a noun is plural: by its tag, else by its morphology."""
    if tok.tag_:
        return tok.tag_ in ("NNS", "NNPS")
    return "Plur" in tok.morph.get("Number", [])


def is_subject(ent: Span) -> bool:
    """Whether ``ent`` names the subject of its clause (or an apposition or conjunct of it).

    The agent of a passive is its clause's logical subject ("Reporters are greeted by
    Stéphanie Lamarche ... “...,” she says": Lamarche).
    """
    tok = ent.root
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return True
    return tok.dep_ in ("nsubj", "nsubjpass")
