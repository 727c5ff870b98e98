"""Lower-case words between a place word and the name it governs ("in neighbouring X").

:func:`past_modifiers` walks back over the adjectives and participles that stand
between a preposition of place (:data:`CONTEXT_PREPOSITIONS`) or "the" and a name
("across northern Mali", "in the disputed Sanaag region", "in war-torn Sudan", "in
neighbouring Ingushetia"); :mod:`geomap.nlp.context` and
:mod:`geomap.nlp.known_contexts` then read the word before them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from geomap.nlp.vocab import LOCATIVE_PREPOSITIONS

#: Prepositions of place and movement before a name ("in", "across", "through" ...).
CONTEXT_PREPOSITIONS = LOCATIVE_PREPOSITIONS | frozenset(
    {"through", "between", "within", "beyond", "along", "off", "outside", "throughout", "over",
     "above", "opposite"}
)  # fmt: skip
#: Words of adjacency that modify a place's name whatever the tagger calls them ("in
#: neighbouring Ingushetia", the small model's NOUN).
NEIGHBOUR_WORDS = frozenset(
    {"neighbouring", "neighboring", "bordering", "surrounding", "adjoining", "adjacent", "nearby"}
)
#: How many lower-case modifiers may stand between a place word and a name.
MAX_MODIFIERS = 2


def past_modifiers(doc: Doc, i: int) -> int:
    """The index before the lower-case adjectives that end at ``i`` (``i`` if none).

    "in neighbouring Ingushetia", "in the disputed Sanaag region", "across northern
    Mali": up to :data:`MAX_MODIFIERS` adjectives (or participles: "in war-torn",
    "in besieged") between a place word and the name it governs.
    """
    k = 0
    while i >= 0 and k < MAX_MODIFIERS and _modifier(doc, i):
        i -= 1
        k += 1
        if i >= 1 and doc[i].text == "-" and _modifier(doc, i - 1):
            i -= 1  # "war-torn": the hyphen and its first half
    return i


def _modifier(doc: Doc, i: int) -> bool:
    """An adjective, or a participle right after "the" or a place word (not "visited")."""
    tok = doc[i]
    if not tok.is_lower or tok.lower_ in CONTEXT_PREPOSITIONS:
        return False  # "opposite Mae Sai", "near Pichari" tagged ADJ: the preposition
    if tok.pos_ == "ADJ" or tok.lower_ in NEIGHBOUR_WORDS:
        return True
    return (
        tok.pos_ == "VERB"
        and tok.lower_.endswith(("ing", "ed"))
        and i > 0
        and (doc[i - 1].lower_ == "the" or doc[i - 1].lower_ in CONTEXT_PREPOSITIONS)
    )
