"""The writer's hedges: "it's safe to say that …", "it is too early to tell whether …".

An infinitive of saying under an impersonal "it is <judgement> to …" reports no one: the
"it" is no speaker and the subject of the clause above it ("The Norwegian jazz community
has migrated …, but it's safe to say that …") never said it.  What the infinitive
introduces is the journalist's, or the claim of a verb of saying above it ("Some board
members said it was not fair to say a teacher … is lazy": the members').
"""

from __future__ import annotations

from spacy.tokens import Token

#: Adjectives judging whether a thing can be said: "it is safe / fair / too early to
#: say", "it is hard to tell", "needless to say" (English grammar's impersonal
#: evaluative adjectives with an extraposed infinitive; not "ready", "quick" or
#: "eager", which a body that speaks can be: "the ministry was quick to say").
JUDGEMENT_ADJECTIVES: frozenset[str] = frozenset(
    {
        "safe", "fair", "unfair", "hard", "difficult", "easy", "early", "soon", "premature",
        "impossible", "possible", "needless", "accurate", "inaccurate", "true", "wrong",
        "right", "correct", "reasonable", "tough", "tricky", "important", "worth",
        "unclear", "clear", "fine", "enough", "misleading",
    }
)  # fmt: skip

#: Subject dependencies of the clause that holds the judgement.
_SUBJECTS = frozenset({"nsubj", "expl", "nsubjpass", "csubj"})


def writer_hedge(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive of saying under "it is <judgement> to …".

    The infinitive ("to" as its auxiliary) hangs on the judging adjective, or on the
    copula that has the adjective as its complement; that clause's subject is an "it" or
    there is none ("Needless to say, …").  An adjective left out of
    :data:`JUDGEMENT_ADJECTIVES` ("the ministry was quick to say") keeps the report, and
    so does any clause with a subject of its own other than "it".

    Parameters
    ----------
    verb
        A verb of saying.
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.i == verb.i:
        return False
    adjective: Token | None
    if head.pos_ == "ADJ":
        adjective = head
        host = head.head if head.dep_ in ("acomp", "attr") else head
    elif head.lemma_.lower() == "be":
        adjective = next((c for c in head.children if c.dep_ in ("acomp", "attr")), None)
        host = head
    else:
        return False
    if adjective is None or adjective.pos_ not in ("ADJ", "ADV"):
        return False
    if adjective.lower_ not in JUDGEMENT_ADJECTIVES:
        return False
    subjects = [c for c in host.children if c.dep_ in _SUBJECTS]
    if host is not adjective:
        subjects += [c for c in adjective.children if c.dep_ in _SUBJECTS]
    return all(s.lower_ == "it" for s in subjects)
