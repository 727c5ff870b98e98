"""Sayings whose subject is no one: "No group has claimed responsibility for …".

"No group has claimed responsibility for the bombing in Quetta", "Nobody has claimed …",
"Neither side has commented on …", "None of the parties has confirmed …": the verb is
negated by its subject; no one makes the claim, as with "has not claimed".
"""

from __future__ import annotations

from spacy.tokens import Token

#: Subjects that are no one.
_NO_ONE = frozenset({"nobody", "none", "noone", "no-one", "neither"})
#: Determiners that make a subject no one ("no group", "neither side").
_NO_DETERMINERS = frozenset({"no", "neither"})


def no_one_says(verb: Token) -> bool:
    """Whether the subject of ``verb`` is no one ("No group", "Nobody", "Neither side")."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in _NO_ONE:
            return True
        if subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.lefts):
            return True  # "no one"
        if any(c.dep_ in ("det", "preconj") and c.lower_ in _NO_DETERMINERS for c in subj.children):
            return True
    return False
