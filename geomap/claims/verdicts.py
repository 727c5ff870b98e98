"""Passive verdicts: "Orlando was voted the Golf Destination of the Year by the Association".

A vote, a ranking or a rating published by someone is their judgement of the subject,
a claim about it: the agent speaks.  Only in the passive with a predicative complement
("was voted the …", "was ranked the least liveable city …", "was rated a category 4
storm …"), never "Parliament voted to approve …" or "ranked third" in a table of
results the journalist gives; the parser may hang the "by" phrase on the complement
("the … of the Year by the Association"): it is the verb's agent all the same.  Read by
:func:`geomap.claims.cues.is_reporting_verb` and :func:`geomap.claims.subjects.verb_subject`.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of a published judgement (a vote, a ranking, a rating).
VERDICT_VERBS: tuple[str, ...] = ("vote", "rank", "rate")


def verdict_agent(verb: Token) -> Token | None:
    """The agent of a passive verdict with a predicative complement, else ``None``.

    Parameters
    ----------
    verb
        A verb of saying (any lemma: "was called a 'traitor' by X" is read the same way).
    """
    children = list(verb.children)
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return None
    comp = next((c for c in children if c.dep_ in ("oprd", "attr")), None)
    if comp is None:
        return None
    bys = [c for c in children if c.dep_ == "agent"]
    bys += [t for t in comp.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")]
    for by in bys:
        obj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return obj
    return None
