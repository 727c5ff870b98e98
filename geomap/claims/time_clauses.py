"""Time clauses the parser misread as what a verb of saying reports.

"In an interview via email several days after Israel and Hamas declared cease-fires …,
Assad said that …": the clause opened by "after" is when Assad spoke, not what he said
(a place in it is the journalist's, :func:`geomap.claims.scene.in_setting`).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Conjunctions of time that open an adverbial clause, never a reported one.
_TIME_MARKS = frozenset({"after", "before", "when", "while", "since", "until", "once"})


def fronted_time_clause(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` is a time clause before the saying the parser made its complement.

    "In an interview via email several days after Israel and Hamas declared cease-fires
    …, Assad said that though Israel was …": the clause opened by "after" comes before the
    verb and its subject, and the verb has its own complement after it.
    """
    if clause.dep_ != "ccomp" or clause.i > verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
