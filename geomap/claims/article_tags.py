"""What a name is elsewhere in the article: the entity types the model gives it there.

The model tags one name differently from sentence to sentence ("Romania" ORG here, GPE
there; "Ciobanu" GPE after "Ion Ciobanu" PERSON); a name is one entity over the
article, so these read its other mentions' tags.  Read by
:func:`geomap.claims.kinds.speaker_kind`.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Span, Token

from geomap.claims.namespans import place_tokens
from geomap.claims.source_nouns import THING_ENTS
from geomap.docarrays import where


def mistagged_person(root: Token) -> bool:
    """Whether a proper name the model did not tag as a person is one all the same.

    A speaking name tagged as a thing ("explains Haidar", tagged PRODUCT), or a name
    tagged ORG or GPE here that the article tags PERSON more often elsewhere ("Nadia
    Moayyad said", then "Ms. Moayyad died"; "said Ciobanu, 71," after "Ion Ciobanu"): one
    name, one entity over the article.
    """
    if root.ent_type_ in THING_ENTS:
        return True
    if root.ent_type_ not in ("ORG", "GPE"):
        return False
    others = Counter(t.ent_type_ for t in same_lower(root) if t.i != root.i)
    return others["PERSON"] > others[root.ent_type_]


def same_lower(root: Token) -> list[Token]:
    """The doc's tokens with ``root``'s lower-case form, in order (read at once)."""
    return [root.doc[i] for i in where(root.doc, LOWER, root.lower)]


def mistagged_state(span: Span, root: Token) -> bool:
    """Whether a one-word name tagged ORG here is a state the article tags GPE more often.

    "Romania confirmed another outbreak", tagged ORG, after "cases in Russia, Romania
    and Macedonia": one name, one entity over the article, a state acting.  A longer
    name ending in it is a body of its own ("ABC Australia").
    """
    if root.ent_type_ != "ORG" or any(t.i != root.i and t.pos_ == "PROPN" for t in span):
        return False
    others = Counter(t.ent_type_ for t in same_lower(root) if t.i != root.i)
    return others["GPE"] > others["ORG"]


def untagged_body(span: Span, root: Token) -> bool:
    """Whether a one-word name the model left untagged here is an acronym, a body's.

    "TMZ reported", "KCNA said": a name of capitals only is no person's name, unless
    the article tags it PERSON elsewhere.
    """
    text = root.text
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return False
    if any(t.i != root.i and t.pos_ == "PROPN" for t in span):
        return False
    same = (root.doc[i] for i in where(root.doc, ORTH, root.orth))
    return not any(t.text == text and t.ent_type_ == "PERSON" for t in same)


def state_word(tok: Token) -> bool:
    """Whether a word of a body's name is a state's or region's name.

    A GPE, a place of the article, or a word the article tags GPE elsewhere ("the Kenya
    Wildlife Service", tagged ORG, after "in Kenya").
    """
    if tok.ent_type_ == "GPE" or tok.i in place_tokens(tok.doc):
        return True
    return tagged_elsewhere(tok) == "GPE"


def tagged_elsewhere(root: Token) -> str:
    """The entity type the article gives a name elsewhere most often, if any.

    "the Kenya Wildlife Service", tagged ORG, after "in Kenya" and "Kenya's", tagged
    GPE: one name, one entity over the article.  ``""`` when no other mention is tagged.
    """
    others = Counter(
        t.ent_type_ for t in root.doc if t.text == root.text and t.i != root.i and t.ent_type_
    )
    if not others:
        return ""
    (label, n), *rest = others.most_common(2)
    return label if not rest or rest[0][1] < n else ""
