"""Verbs of saying that say nothing where they stand: negated, refused, in another sense.

"has not claimed", "No group has claimed" (:mod:`geomap.claims.no_one`), "declined to
comment on …", "believe in peace", "responded to the scene".  Read by
:mod:`geomap.claims.cues` (what counts as a cue), :mod:`geomap.claims.agents` and
:mod:`geomap.claims.quotetags`.
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims.no_one import no_one_says

#: Verbs whose clause complement is not said ("declined to comment").
REFUSING_VERBS: frozenset[str] = frozenset({"decline", "refuse", "fail"})


def refused(verb: Token) -> bool:
    """Whether ``verb`` is what someone declined to do: "declined to comment on …".

    A refusal to speak reports nothing ("refused to say whether …"); "denied" and
    "rejected" are claims, and a negated verb is :func:`negated`.
    """
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS


def negated(verb: Token) -> bool:
    """Whether ``verb`` is negated, directly or as part of "not X or Y", "neither X nor Y"."""
    if any(_negation(c) for c in verb.children) or no_one_says(verb):
        return True  # "has not claimed", "No group has claimed", "neither confirmed"
    if verb.dep_ == "conj" and any(_negation(c) for c in verb.head.children):
        return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children)
    return False


def _negation(tok: Token) -> bool:
    return tok.dep_ == "neg" or (tok.dep_ == "preconj" and tok.lower_ == "neither")


def not_saying(verb: Token, lemma: str, speech_nouns: frozenset[str]) -> bool:
    """Reporting verbs used in another sense: "believe in peace", "responded to the scene".

    Only a preposition after the verb makes the other sense: "In particular, many
    attendees believed it was …" believes a clause.
    """
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep" and c.i > verb.i}
    if lemma == "believe" and "in" in preps:
        return True
    if lemma in ("respond", "reply") and "to" in preps:
        obj = next((c for c in preps["to"].children if c.dep_ == "pobj"), None)
        return obj is not None and obj.lemma_.lower() not in speech_nouns
    return False
