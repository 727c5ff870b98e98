"""A verb of saying that only goes on from a root doing something else (issue 17).

"Google has learned all it needs about sales in the US and UK, and has announced sales in
Australia": "announced" shares the subject of "learned"; what the root's clause holds is
the journalist's narrative, only the conjunct's own clause is Google's claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

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
