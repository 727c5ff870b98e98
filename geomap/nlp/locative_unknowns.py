"""Where a name the gazetteer lacks stands: "near X", "crossed at X", "fled towards X".

Wire stories place small towns, camps, shoals and border posts by a preposition alone
("drone strikes near Tinzaouaten", "a foothold near Krynky", "Most crossed at Nimule",
"the border with Nigeria at Ekok"), and the small model tags such names PERSON or ORG.
A name without any gazetteer entry that :func:`geomap.nlp.unknown_towns.unknown_town`
lets through (no person's two names, no acronym, no demonym, no modifier of a noun) is
a place right after "near" or "around", or after "at" that a word of crossing or of a border shortly
before governs, or after "to" or "towards" that a verb of flight or movement governs
("thousands fled towards Minova", "troops were sent north to Terehova", "walked 15 km
to Assamaka"), or after "at" and a noun of a site ("a military post at Porga"). "at"
or "to" alone is not enough ("talks at Chatham House", "a letter to Hutton"), nor is
a list: the name must follow the words directly.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from geomap.nlp.vocab import COMPASS_POINTS

#: Words a few tokens before "at X" that make X a crossing point: "crossed at X",
#: "crossed into Uganda at X", "fled across the river into Rwanda at X", "the border
#: with Nigeria at X", "the crossing at X".
CROSSING_WORDS = frozenset(
    {"cross", "crosses", "crossed", "crossing", "crossings", "across", "border", "frontier"}
)
#: How many tokens before "at" a crossing word may stand.
CROSSING_WINDOW = 6


#: Lower-case prepositions that make a name right after them a place's.
NEAR_WORDS = frozenset({"near", "around"})


def after_near(doc: Doc, start: int) -> bool:
    """Whether "near" or "around" comes right before ``start`` ("strikes near Tinzaouaten").

    Lower case only ("Near East"); dates and holidays ("around Easter") are the model's
    DATE entities, which no rule reads as places.
    """
    i = start - 1
    return i >= 0 and doc[i].text in NEAR_WORDS


def crossing_at(doc: Doc, start: int) -> bool:
    """Whether "at" comes right before the name and a crossing word shortly before it.

    "Most crossed at Nimule", "crossed into Uganda at Elegu", "the border with Nigeria
    at Ekok": a word of :data:`CROSSING_WORDS` at most :data:`CROSSING_WINDOW` tokens
    before "at", in the same sentence and with no comma or other punctuation between.
    """
    i = start - 1
    if i < 1 or doc[i].lower_ != "at":
        return False
    lowest = max(doc[i].sent.start if doc.has_annotation("SENT_START") else 0, i - CROSSING_WINDOW)
    for k in range(i - 1, lowest - 1, -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in CROSSING_WORDS:
            return True
    return False


#: Lemmas of verbs of flight or movement whose "to X" or "towards X" is a place.
MOVE_VERBS = frozenset(
    """
    flee head move send continue walk return retreat evacuate sail travel escape relocate
    trek deploy redeploy divert airlift march drive cross
    """.split()  # noqa: SIM905
)
#: Prepositions of a journey's end.
TOWARD_WORDS = frozenset({"to", "towards", "toward"})
#: Lower-case words that may stand between the verb and "to": a direction, a distance,
#: or what was moved ("sent north to", "walked 15 km to", "sent reinforcements to").
BETWEEN_WORDS = COMPASS_POINTS | frozenset(
    """
    km kilometres kilometers miles further farther back home on
    troops reinforcements soldiers aid families people refugees them
    """.split()  # noqa: SIM905
)
#: Most words between the verb and "to".
MAX_BETWEEN = 2


def moved_toward(doc: Doc, start: int) -> bool:
    """Whether "to" or "towards" before the name ends a movement ("fled towards Minova").

    The word before the name is one of :data:`TOWARD_WORDS`; before it, after at most
    :data:`MAX_BETWEEN` numbers or words of :data:`BETWEEN_WORDS`, a verb of
    :data:`MOVE_VERBS` (by lemma or by its form: "sent", "fled").
    """
    i = start - 1
    if i < 1 or doc[i].lower_ not in TOWARD_WORDS:
        return False
    k = i - 1
    while k > 0 and i - 1 - k < MAX_BETWEEN and (doc[k].like_num or doc[k].lower_ in BETWEEN_WORDS):
        k -= 1
    verb = doc[k]
    return verb.is_lower and (verb.lemma_ in MOVE_VERBS or verb.lower_ in _MOVE_FORMS)


#: Forms of :data:`MOVE_VERBS` a blank pipeline, which has no lemmas, still knows.
_MOVE_FORMS = frozenset(
    """
    fled fleeing headed heading moved moving sent continued walked returned returning
    retreated evacuated sailed travelled traveled escaped relocated deployed diverted
    airlifted marched drove crossed crossing
    """.split()  # noqa: SIM905
)


#: Nouns of a site right before "at X" that make X the site's place: "a military post
#: at Porga", "the air base at Pituffik", "the gas project at Afungi", "reception
#: camps at Bajo Chiquito", "a roadblock at Parotani", "the garrison at Tanf".
SITE_NOUNS = frozenset(
    """
    base bases post posts outpost camp camps port project airport airfield airstrip
    checkpoint checkpoints roadblock garrison depot terminal mine mines refinery
    """.split()  # noqa: SIM905
)


def site_at(doc: Doc, start: int) -> bool:
    """Whether "at" comes right before the name and a noun of :data:`SITE_NOUNS` before it."""
    i = start - 1
    return i >= 1 and doc[i].lower_ == "at" and doc[i - 1].lower_ in SITE_NOUNS


def locative_unknown(span: Span) -> bool:
    """Whether the name stands "near" something, at a crossing or a site, or at a journey's end."""
    doc, k = span.doc, span.start
    return after_near(doc, k) or crossing_at(doc, k) or site_at(doc, k) or moved_toward(doc, k)
