"""A saying the parser made the root of a subordinate clause (issue 17).

"A day after the state's climatologist declared the drought officially over in most of
north Georgia, the first of two more rain-making weather systems pushed toward metro
Atlanta early Tuesday.": the small model makes "declared" the root, marked by "after",
and hangs the main clause on it as a modifier; only what the saying holds (its subject,
objects and complements) is said, Atlanta is the journalist's narrative.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Conjunctions that open a subordinate clause of time, cause or concession.
SUBORDINATORS: frozenset[str] = frozenset(
    {"after", "before", "when", "since", "until", "while", "once", "because", "although"}
)
#: What a verb of saying holds: who says it and what is said.
_SAID_DEPS = frozenset(
    {"nsubj", "nsubjpass", "agent", "dobj", "ccomp", "xcomp", "oprd", "parataxis", "prep"}
)


def outside_subordinate_saying(span: Span, anchor: Token) -> bool:
    """Whether ``span`` hangs on a root saying marked as subordinate, outside what it holds.

    Parameters
    ----------
    span
        A place mention below ``anchor``.
    anchor
        The anchor of the frame the mention would take.
    """
    if anchor.head.i != anchor.i or anchor.pos_ != "VERB":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in anchor.children):
        return False
    tok = span.root
    while tok.head.i != anchor.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i != anchor.i and tok.dep_ not in _SAID_DEPS and tok.i > anchor.i
