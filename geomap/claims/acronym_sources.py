"""The kind of a source named by its initials alone.

"Chile's SHOA said", "ANAC reported": a word of capitals only heading the speaker phrase
is a body's initials, whatever part of speech the model gave it (it often tags unknown
initials a common noun, which would leave the source anonymous). Owned by a state's name
("Chile's SHOA", "the Kenya KWS") it is that state's body, government; else an
organisation.  A name of capitals the article tags PERSON elsewhere stays a person's.
Read by :func:`geomap.claims.kinds.speaker_kind`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.tokens import Span, Token

from geomap.docarrays import where

#: Entity types initials may carry and still be a body's ("" when the model left them).
_BODY_ENTS = frozenset({"", "ORG"})


def initials(tok: Token) -> bool:
    """Whether ``tok`` is a word of two to six capital letters ("SHOA", "KCNA")."""
    text = tok.text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def acronym_kind(span: Span, root: Token, state_word: Callable[[Token], bool]) -> str | None:
    """The kind of a speaker phrase headed by a body's initials, or ``None``.

    Parameters
    ----------
    span
        The speaker phrase (or name).
    root
        Its head.
    state_word
        Whether a word is a state's or region's name (a GPE, a place of the article).

    Returns
    -------
    str or None
        ``"government"`` when a state's name owns or qualifies the initials ("Chile's
        SHOA"), ``"organisation"`` for initials alone ("ANAC said"), ``None`` when the head
        is no initials, carries another entity type, or is tagged PERSON elsewhere.
    """
    if root.pos_ not in ("NOUN", "PROPN") or not initials(root):
        return None
    if root.ent_type_ not in _BODY_ENTS:
        return None
    doc = root.doc
    same = (doc[i] for i in where(doc, ORTH, root.orth))
    if any(t.text == root.text and t.ent_type_ == "PERSON" for t in same):
        return None
    owners = [c for c in root.children if c.dep_ in ("poss", "compound") and c.i < root.i]
    words = [t for t in span if t.i != root.i and not (t.is_punct or t.dep_ in ("det", "case"))]
    if any(not any(o.left_edge.i <= t.i <= o.i for o in owners) for t in words):
        return None  # "the SHOA Director": another word heads or names more than initials
    if any(o.pos_ == "PROPN" and state_word(o) for o in owners):
        return "government"
    return "organisation"
