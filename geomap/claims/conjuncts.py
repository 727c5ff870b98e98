"""Conjuncts of saying and doing: which one's clause is said (issue 17).

"Google has learned all it needs about sales in the US and UK, and has announced sales in
Australia": "announced" shares the subject of "learned"; what the root's clause holds is
the journalist's narrative, only the conjunct's own clause is Google's claim; and the
other way round, "The minister denied the claims and left for Brussels": the conjunct
that does something else is the journalist's (:func:`other_act`).
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from geomap.claims.frames import Frame

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def shared_subject_conjunct(frame: Frame, verb: Token) -> bool:
    """Whether a verb of saying only goes on from a root that does something else.

    "Google has learned all it needs about sales in the US and UK, and has announced
    sales in Australia": "announced" shares the subject of "learned", a verb that is
    no saying; what the root's clause holds is the journalist's, not Google's claim
    ("Police arrested a man in Dnipro and said he was armed": Dnipro is narrative).
    Only a conjunct of the root (or of a conjunct of it: "The mayor visited Warsaw, met
    officials and warned …") without a subject of its own, whose speaker is the root's
    subject before it (not `…, shows the result of the survey.`).
    """
    if frame.kind != "verb" or frame.anchor.i != verb.i:
        return False
    root = verb  # up a chain of conjuncts ("visited Warsaw, met officials and warned")
    while root.dep_ == "conj" and root.head.i != root.i:
        if any(c.dep_ in _SUBJECT_DEPS for c in root.children):
            return False
        root = root.head
    if root.i == verb.i or root.head.i != root.i or root.pos_ != "VERB":
        return False
    subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
    mention = frame.mention
    return subject is not None and mention.start <= subject.i < mention.end <= verb.i


def other_act(span: Span, frame: Frame, anchors: Container[int]) -> bool:
    """Whether ``span`` lies below a conjunct of the frame's verb that says nothing.

    "The mayor has promised a clean air zone but has postponed it after protests in
    Bolton", "The minister denied the claims and left for Brussels": the conjunct
    shares the speaker's subject but tells what the speaker did, the journalist's
    narrative.  Only a verb the parser made a conjunct of the verb of saying itself,
    with no subject and no frame of its own ("denied … and said …" is a saying), that
    reads as a clause of its own: an auxiliary of its own ("but has postponed"), "but",
    or no object ("and left for Brussels"); "cited satellite imagery and intercepted
    communications suggesting …" may be one object the parser split.
    """
    anchor = frame.anchor
    if frame.kind != "verb" or anchor.i != frame.cue.i:
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.head.i != anchor.i:
        tok = tok.head
    return (
        tok.head.i == anchor.i
        and tok.i != anchor.i
        and tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
        and tok.i not in anchors
        and _own_clause(tok)
        and not _reported_future(tok, anchor)
    )


#: Modal auxiliaries of a reported future ("said he … and would take time off").
_BACKSHIFTED = frozenset({"would", "could", "might", "should"})


def _reported_future(verb: Token, saying: Token) -> bool:
    """Whether a conjunct goes on with what a past saying reports, not with what was done.

    "His agent said he was “disappointed” and would take time off in Northern Ireland":
    the parser made "would take" a conjunct of "said"; a backshifted modal of its own,
    after the saying's clause, under a past verb of saying without one, is the reported
    future of that clause.
    """
    if saying.tag_ != "VBD" or any(c.lower_ in _BACKSHIFTED for c in saying.children):
        return False
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in saying.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED for c in verb.children)


def _own_clause(verb: Token) -> bool:
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") for c in children):
        return True
    if any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.head.children):
        return True
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children)
