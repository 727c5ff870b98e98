"""A camp named after a name the gazetteer lacks, where its context says it is a place.

"the X refugee camp" is a place by its modifier (:mod:`geomap.nlp.described`); a bare
"the X camp" may be a faction ("the Trump camp said"), so the camp itself must be
where something happens: after a preposition of place ("near the al-Hol camp", "at
the Zaatari camp"), the object of a verb of attack or movement ("overran the Zamzam
camp", "hit the Zaatari camp"), or after an attack noun's "of" ("shelling of the
Zamzam camp").
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.nlp.context import PLACE_VERBS
from geomap.nlp.locative_unknowns import moved_toward
from geomap.nlp.town_actions import ATTACK_NOUNS

#: Prepositions before "the X camp" that put something at the camp; not "in" ("in the
#: Trump camp": a faction's ranks), "from" or "to" ("a reply from the Biden camp").
CAMP_PREPOSITIONS = frozenset(
    {"near", "at", "outside", "around", "inside", "into", "toward", "towards", "beside"}
)
#: Words of a camp after its name.
CAMP_WORDS = frozenset({"camp", "camps"})
#: Words of a mountain pass after its name.
PASS_WORDS = frozenset({"pass", "passes"})
#: Prepositions of a way through that put a journey at a pass (and at a camp).
THROUGH_PREPOSITIONS = frozenset({"through", "via", "across", "over"})


def camp_placed(span: Span, kind: int) -> bool:
    """Whether "the <span> camp" or "pass" (the word at ``kind``) is where something happens."""
    doc = span.doc
    if doc[kind].lower_ not in CAMP_WORDS | PASS_WORDS or kind != span.end:
        return False
    i = span.start - 1
    if i < 1 or doc[i].lower_ != "the":
        return False
    prev = doc[i - 1]
    if prev.lower_ in CAMP_PREPOSITIONS | THROUGH_PREPOSITIONS or moved_toward(doc, i):
        return True
    if prev.pos_ == "VERB" and prev.lemma_.lower() in PLACE_VERBS:
        return True
    return prev.lower_ == "of" and i > 1 and doc[i - 2].lower_ in ATTACK_NOUNS
