"""A town a weapon strikes: "Drones attacked Izmail", "Missiles hit Reni overnight".

"attacked", "hit" and "struck" take people as objects as often as places, so a verb of
taking (:data:`~geomap.nlp.town_actions.SEIZE_VERBS`) is no such verb; but when the
subject of the verb is a weapon ("drones", "a missile", "Russian shells"), its object is
a place or a thing, not a person, and a name the model tagged a person or left
untagged there is the town (:func:`weapon_struck`); so is the subject of such a verb in
the passive whose agent is a weapon ("Kharkiv was also hit by drones":
:func:`struck_by_weapon`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: Lemmas of the verbs of a weapon's strike.
STRIKE_VERBS = frozenset({"attack", "strike", "hit", "target", "pound", "slam", "rock"})
#: Lemmas of weapons, as a subject of :data:`STRIKE_VERBS`.
WEAPON_NOUNS = frozenset(
    """
    drone missile rocket shell bomb warplane jet aircraft airstrike artillery uav munition
    projectile shahed
    """.split()  # noqa: SIM905
)


def weapon_struck(doc: Doc, start: int) -> bool:
    """Whether a verb of striking whose subject is a weapon governs the name at ``start``.

    Right before it ("Drones attacked Izmail"), or before the list it ends ("missiles
    hit Izmail and Reni": the caller walks the list back). The subject is the verb's
    own or, for a conjoined verb, its first verb's ("Drones flew in and hit Reni").
    """
    i = start - 1
    if i < 0:
        return False
    verb = doc[i]
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in STRIKE_VERBS:
        return False
    tok = doc[start]
    if tok.head.i != verb.i and not (tok.dep_ == "compound" and tok.head.head.i == verb.i):
        return False  # "Drones struck Izmail port": the port's name is the town's too
    subjects = [*verb.children, *(verb.head.children if verb.dep_ == "conj" else ())]
    return any(t.dep_ == "nsubj" and t.lemma_.lower() in WEAPON_NOUNS for t in subjects)


def struck_by_weapon(span: Span) -> bool:
    """Whether the name is the passive subject of a verb of striking whose agent is a weapon.

    "Kharkiv was also hit by drones", "Reni was struck by a Russian missile", "Izmail was
    targeted by drone strikes" (the agent's noun a weapon, or a noun a weapon modifies).
    """
    for tok in span:
        verb = tok.head
        if tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in STRIKE_VERBS:
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for noun in (c for c in agent.children if c.dep_ == "pobj"):
                words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
                if any(w.lemma_.lower() in WEAPON_NOUNS for w in words):
                    return True
    return False
