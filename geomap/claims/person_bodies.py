"""A body named after the person it serves (issue 17).

"The office of France's president Nicolas Sarkozy said …": the phrase holds a person's
name, but the one who speaks is the body ("office", "administration", "campaign",
"cabinet", "government") that the name is "of": the speaker is the whole phrase, a
government or organisation, not the person named inside it.  Read by
:func:`geomap.claims.names.split_name` before it looks for a person's name.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Bodies that serve a person and speak in their own right.
_PERSON_BODIES = frozenset({"office", "administration", "campaign", "cabinet", "government"})


def body_of_person(phrase: Span) -> Span | None:
    """The whole ``phrase`` when its head is a body "of" a person named inside it.

    "The office of France's president Nicolas Sarkozy": the head "office" takes an
    "of" phrase holding a PERSON; "The office said", "Sarkozy's office" (no "of") and
    "the office of the mayor" (no name) are left to the other readings.

    Parameters
    ----------
    phrase
        A speaker phrase.
    """
    root = phrase.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in _PERSON_BODIES:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i >= phrase.end:
            continue
        if any(t.ent_type_ == "PERSON" and t.i < phrase.end for t in prep.subtree):
            end = max(t.i for t in prep.subtree if t.i < phrase.end) + 1
            return phrase.doc[phrase.start : end]
    return None
