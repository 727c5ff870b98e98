"""A name its own saying takes up as "it": a body, whatever the model tagged (issue 17).

"Great Plains Gas said on Wednesday it would spend $2 billion …", "La Liga said it
would decide on Friday": the small model leaves firm names of common words untagged or
tags a one-word name PERSON, so the name would read as a person's.  What the name says
calls it "it": the subject of the clause said is "it" doing something ("it would
spend", "it had signed"), which no person is.  An impersonal "it" is no evidence ("said
it was too early", "said it would take weeks"): not with a verb of being, seeming,
costing or taking.  Read by :func:`geomap.claims.kinds.speaker_kind`.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs an impersonal or a thing's "it" takes ("it is", "it would take weeks", "it
#: seems", "it would cost"): their "it" tells nothing of the speaker.
_IMPERSONAL = frozenset(
    {
        "be", "take", "seem", "appear", "happen", "matter", "cost", "rain", "snow", "look",
        "sound", "feel", "mean", "remain", "become", "make", "get", "go", "come", "work",
        "help", "hurt", "need", "require", "last", "depend", "stand", "leave", "show",
    }
)  # fmt: skip


def taken_up_as_it(root: Token) -> bool:
    """Whether the name ``root`` heads is the subject of a saying whose clause calls it "it".

    Parameters
    ----------
    root
        The head of a speaker's name, the subject of its verb of saying.
    """
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.lemma_.lower() in _IMPERSONAL:
            continue
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
            return True
    return False
