"""Where a name the gazetteer lacks stands: "near X", "crossed at X", "fled towards X".

Wire stories place small towns, camps, shoals and border posts by a preposition alone
("drone strikes near Tinzaouaten", "a foothold near Krynky", "Most crossed at Nimule",
"the border with Nigeria at Ekok"), and the small model tags such names PERSON or ORG.
A name without any gazetteer entry that :func:`geomap.nlp.unknown_towns.unknown_town`
lets through (no person's two names, no acronym, no demonym, no modifier of a noun) is
a place right after "near" or "around", or after "at" that a word of crossing or of a border shortly
before governs, or after "to" or "towards" that a verb of flight or movement governs
("thousands fled towards Minova", "troops were sent north to Terehova", "walked 15 km
to Assamaka"), or after "at" and a noun of a site ("a military post at Porga"); also
after "from" that a verb of flight or withdrawal governs ("troops withdrew from
Vuhledar", "sent troops from Sevare", "jets flew from Pituffik"), after "on" that a
verb of advance governs ("rebels advanced on Walikale"), and after "in" or "on" that a
noun of a built site governs ("a research station in Ny-Alesund", "the new port on
Bubiyan"). "at" or "to" alone is not enough ("talks at Chatham House", "a letter to
Hutton"), nor "from" after a verb of changing jobs ("moved from Goldman"), nor "on"
after a post ("a post on Telegram"), nor is a list: the name must follow the words
directly.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from geomap.nlp.context import ADVANCE_VERBS
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


def _verb_before(doc: Doc, i: int) -> Token:
    """The word before the preposition at ``i``, past figures and :data:`BETWEEN_WORDS`."""
    k = i - 1
    while k > 0 and i - 1 - k < MAX_BETWEEN and (doc[k].like_num or doc[k].lower_ in BETWEEN_WORDS):
        k -= 1
    return doc[k]


def moved_toward(doc: Doc, start: int) -> bool:
    """Whether "to" or "towards" before the name ends a movement ("fled towards Minova").

    The word before the name is one of :data:`TOWARD_WORDS`; before it, after at most
    :data:`MAX_BETWEEN` numbers or words of :data:`BETWEEN_WORDS`, a verb of
    :data:`MOVE_VERBS` (by lemma or by its form: "sent", "fled").
    """
    i = start - 1
    if i < 1 or doc[i].lower_ not in TOWARD_WORDS:
        return False
    verb = _verb_before(doc, i)
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


#: Lemmas of verbs of flight or withdrawal whose "from X" is a place; not "move" or
#: "return", which also change jobs ("moved from Goldman to Citi").
FROM_VERBS = frozenset(
    """
    flee withdraw retreat evacuate escape sail fly airlift deploy send march drive pull
    """.split()  # noqa: SIM905
)
#: Forms of :data:`FROM_VERBS` a blank pipeline, which has no lemmas, still knows.
_FROM_FORMS = frozenset(
    """
    fled fleeing withdrew withdrawn withdrawing retreated retreating evacuated escaped
    sailed flew flown flying airlifted deployed sent marched drove pulled
    """.split()  # noqa: SIM905
)


def moved_from(doc: Doc, start: int) -> bool:
    """Whether "from" before the name starts a flight or a withdrawal ("withdrew from X").

    The word before the name is "from"; before it, after at most :data:`MAX_BETWEEN`
    numbers or words of :data:`BETWEEN_WORDS` ("sent troops from", "pulled back from"),
    a lower-case verb of :data:`FROM_VERBS` (by lemma or by its form).
    """
    i = start - 1
    if i < 1 or doc[i].lower_ != "from":
        return False
    verb = _verb_before(doc, i)
    return verb.is_lower and (verb.lemma_ in FROM_VERBS or verb.lower_ in _FROM_FORMS)


#: Forms of :data:`geomap.nlp.context.ADVANCE_VERBS` a blank pipeline still knows.
_ADVANCE_FORMS = frozenset(
    [
        "advanced",
        "advancing",
        "advances",
        "marched",
        "marching",
        "converged",
        "converging",
        "closing",
    ]
)


def advanced_on(doc: Doc, start: int) -> bool:
    """Whether "on" before the name ends an advance ("rebels advanced on Walikale").

    "closing in on X" too: "in" may stand between the verb and "on".
    """
    i = start - 1
    if i < 1 or doc[i].lower_ != "on":
        return False
    k = i - 1
    if doc[k].lower_ == "in" and k > 0:
        k -= 1
    verb = doc[k]
    return verb.is_lower and (verb.lemma_ in ADVANCE_VERBS or verb.lower_ in _ADVANCE_FORMS)


#: Nouns of a built site right before "in X" or "on X" that make X the site's place:
#: "a research station in Ny-Alesund", "a former air base in Gjader", "a radar station
#: on Andoya". Narrower than :data:`SITE_NOUNS`: no "post" ("a post on Telegram"), no
#: "project" or "mine" ("a project in Python").
BUILT_SITE_NOUNS = frozenset(
    """
    base bases outpost camp camps port airport airfield airstrip station garrison depot
    terminal refinery prison
    """.split()  # noqa: SIM905
)
#: Prepositions that put a built site in a place.
IN_ON = frozenset({"in", "on"})


def site_in(doc: Doc, start: int) -> bool:
    """Whether "in" or "on" comes right before the name and a noun of a built site before it."""
    i = start - 1
    return i >= 1 and doc[i].lower_ in IN_ON and doc[i - 1].lower_ in BUILT_SITE_NOUNS


def locative_unknown(span: Span) -> bool:
    """Whether the name stands "near" something, at a crossing or a site, or at a journey's end.

    Or at a flight's or withdrawal's start, an advance's end, or a built site's place
    (:func:`moved_from`, :func:`advanced_on`, :func:`site_in`).
    """
    doc, k = span.doc, span.start
    return (
        after_near(doc, k)
        or crossing_at(doc, k)
        or site_at(doc, k)
        or moved_toward(doc, k)
        or moved_from(doc, k)
        or advanced_on(doc, k)
        or site_in(doc, k)
    )
