"""What news does to a town: it is taken, attacked, governed, reached by road.

Cues that make a name a town even when the town is small, read by
:mod:`geomap.nlp.context` and :mod:`geomap.nlp.known`: "captured X" (:func:`seized`),
"X was shelled", "X has been under siege" (:func:`taken_passive`), "air strikes on X"
(:func:`attacked`), "the road to X" (:func:`after_route`), "President X visited Y"
(:func:`visited_by_person`), each also before a list the name ends, and "the X area"
(:func:`before_area_noun`); a town's people and officers: :mod:`geomap.nlp.town_people`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from geomap.nlp.vocab import LIST_GLUE
from geomap.nlp.weapon_targets import struck_by_weapon

#: Lemmas of the verbs of taking or attacking whose object is a place even when it is a
#: small town ("captured Kalay", "militants blockaded Hudur", "a tornado flattened X"; not
#: "attacked", "hit" or "visited", whose object is as often a person).
SEIZE_VERBS = frozenset(
    """
    capture seize retake recapture overrun storm shell bomb bombard besiege encircle
    blockade liberate occupy flee flatten raze devastate ravage
    """.split()  # noqa: SIM905
)
#: Lemmas of the verbs whose passive subject is a place even when it is a small town
#: ("Kostiantynivka was shelled", "Sudzha was recaptured"; people are captured and
#: seized too, towns are not bombed into custody).
PASSIVE_SEIZE_VERBS = frozenset(
    """
    retake recapture overrun storm shell bomb bombard besiege encircle blockade liberate
    occupy
    """.split()  # noqa: SIM905
)
#: Nouns after "under" that make the name before them a place ("Ansongo has been under
#: blockade"; not "under fire" or "under attack", said of people too).
UNDER_NOUNS = frozenset(
    {"siege", "blockade", "shelling", "bombardment", "occupation", "curfew", "lockdown"}
)
#: Words between a name and "under" ("has been", "remained", "came", "is still").
_UNDER_LINKS = frozenset(
    """
    is was are were has have had been be remains remained remain came comes come still now
    """.split()  # noqa: SIM905
)
#: Past forms of verbs of taking that the small model may tag as nouns ("The army retook").
SEIZE_FORMS = frozenset({"retook", "overran", "recaptured", "captured", "seized", "shelled"})
#: Nouns of attack, or of a siege laid on a town, before "on" or "against" and a place
#: ("air strikes on Khan Younis", "the assault on Mocimboa da Praia", "the offensive
#: against Kurakhove", "imposed a curfew on Bawku"; not "sanctions on", said of people).
ATTACK_NOUNS = frozenset(
    """
    strike strikes airstrike airstrikes raid raids assault assaults offensive bombardment
    shelling onslaught incursion incursions curfew curfews blockade siege attack attacks
    bombing bombings
    """.split()  # noqa: SIM905
)
#: Nouns of the ferries, flights and buses after which "to" or "from" introduces a town
#: ("Ferries to Auki were suspended", "flights from Goma").
SERVICE_NOUNS = frozenset(
    {"ferry", "ferries", "flight", "flights", "bus", "buses", "sailings", "boats", "trains"}
)
#: Nouns of roads after which "to" or "from" introduces a town ("the main road to Mirebalais").
ROUTE_NOUNS = frozenset({"road", "roads", "highway", "route", "routes", "motorway", "railway"})


def seized(doc: Doc, start: int) -> bool:
    """Whether a verb of taking or attacking (:data:`SEIZE_VERBS`) governs the name at ``start``.

    Right before it ("militants blockaded Hudur") or before the list it ends
    ("captured Tamu and Kalay").
    """
    i = list_start(doc, start) - 1
    if i < 0:
        return False
    tok = doc[i]
    return (tok.pos_ == "VERB" and tok.lemma_.lower() in SEIZE_VERBS) or tok.lower_ in SEIZE_FORMS


#: Lemmas of the verbs of a visit: their object is a place when a person visits it.
VISIT_VERBS = frozenset({"visit", "tour"})
#: Most adverbs between a visitor's name and the verb ("Dodik later visited").
MAX_VISIT_ADVERBS = 2


def visited_by_person(doc: Doc, start: int) -> bool:
    """Whether a person visits the name at ``start``: "President X Y visited Lodwar".

    A verb of visiting (:data:`VISIT_VERBS`) right before the name (or the list it
    ends) whose visitor is a person: the model's PERSON entity ends right before the
    verb, over at most :data:`MAX_VISIT_ADVERBS` adverbs ("Dodik later visited"), or is
    the verb's subject (also the subject of the verb it is conjoined to). A visit's
    object alone is as often a person ("visited Macron"), so the visitor decides.
    """
    i = list_start(doc, start) - 1
    if i < 0 or doc[i].pos_ != "VERB" or doc[i].lemma_.lower() not in VISIT_VERBS:
        return False
    verb = doc[i]
    k = i - 1
    while k >= 0 and i - k <= MAX_VISIT_ADVERBS and doc[k].pos_ == "ADV":
        k -= 1
    if k >= 0 and doc[k].ent_type_ == "PERSON":
        return True
    if verb.dep_ in ("relcl", "acl") and verb.head.ent_type_ == "PERSON":
        return True  # "Ruto, who visited Lodwar", "Ruto, visiting Lodwar"
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(t.ent_type_ == "PERSON" for t in c.subtree)
        for h in heads
        for c in h.children
    )


def taken_passive(span: Span) -> bool:
    """Whether the name is the passive subject of a verb of taking, or "under siege".

    "Kostiantynivka was shelled again", "Sudzha was recaptured" (:data:`PASSIVE_SEIZE_VERBS`),
    "Kharkiv was hit by drones" (:func:`~geomap.nlp.weapon_targets.struck_by_weapon`),
    "Ansongo has been under blockade", "X was under curfew" (:data:`UNDER_NOUNS`), also
    past an apposition calling the name a town (:func:`after_town_apposition`); also where the parse
    missed the subject, by the words: the name, or the list it is the last of, right
    before "was", "were", "had been" ... and such a verb ("Nikopol and Marhanets were
    shelled": :func:`_before_passive`).
    """
    doc = span.doc
    if any(t.dep_ == "nsubjpass" and t.head.lemma_.lower() in PASSIVE_SEIZE_VERBS for t in span):
        return True
    if struck_by_weapon(span):  # "Kharkiv was also hit by drones"
        return True
    end = after_town_apposition(doc, span.end)  # "Kaya, the main town of the region, was"
    if _before_passive(doc, end):
        return True
    j = end
    while j < len(doc) and j - end < 4 and doc[j].lower_ in _UNDER_LINKS:
        j += 1
    if j == end or j + 1 >= len(doc) or doc[j].lower_ != "under":
        return False
    nxt = doc[j + 1]
    if nxt.pos_ == "ADJ" and j + 2 < len(doc):
        nxt = doc[j + 2]  # "under Russian occupation"
    return nxt.lower_ in UNDER_NOUNS


#: Nouns of a settlement that make an apposition after a name say what town it is.
TOWN_NOUNS = frozenset({"town", "city", "village", "capital", "port", "hub"})
#: Most words of such an apposition.
MAX_APPOSITION = 10


def after_town_apposition(doc: Doc, end: int) -> int:
    """Where the clause goes on after an apposition that calls the name a town.

    "Kaya, the main town of the north, has been under blockade": from ``end``, a comma,
    "the" or "a", at most :data:`MAX_APPOSITION` words holding a noun of
    :data:`TOWN_NOUNS` and a closing comma; the index after that comma, else ``end``.
    """
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"the", "a", "an"}:
        return end
    town = False
    for k in range(end + 2, min(len(doc), end + 2 + MAX_APPOSITION)):
        if doc[k].text == ",":
            return k + 1 if town else end
        if doc[k].is_sent_start or doc[k].text in {".", ";", "(", ")"}:
            return end
        town = town or (doc[k].is_lower and doc[k].lower_ in TOWN_NOUNS)
    return end


#: Auxiliaries of a passive between a list of names and its verb ("were", "had been").
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being"})


def _before_passive(doc: Doc, end: int) -> bool:
    """Whether the words from ``end`` are a passive of :data:`PASSIVE_SEIZE_VERBS`.

    "were shelled", "had been retaken", "was again shelled": up to three auxiliaries or
    adverbs, the last one of :data:`_PASSIVE_AUX` or an adverb after one, then a past
    participle of such a verb.
    """
    j, aux = end, False
    while (
        j < len(doc)
        and j - end < 3
        and (
            doc[j].lower_ in _PASSIVE_AUX
            or doc[j].lower_ in {"has", "have", "had"}
            or (aux and doc[j].pos_ == "ADV")
        )
    ):
        aux = aux or doc[j].lower_ in _PASSIVE_AUX
        j += 1
    if not aux or j >= len(doc):
        return False
    verb = doc[j]
    return verb.tag_ == "VBN" and verb.lemma_.lower() in PASSIVE_SEIZE_VERBS


def attacked(doc: Doc, start: int) -> bool:
    """Whether "strikes on", "the assault on", "the offensive against" ... precede the name.

    Or the list it ends ("air strikes on Tyre and Sidon").
    """
    i = list_start(doc, start) - 1
    return i > 0 and doc[i].lower_ in {"on", "against"} and doc[i - 1].lower_ in ATTACK_NOUNS


def after_route(doc: Doc, start: int) -> bool:
    """Whether "the road to", "the highway from", "ferries to" ... precedes the name at ``start``.

    Or the list it ends ("the roads to Hinche and Mirebalais").
    """
    i = list_start(doc, start) - 1
    return (
        i > 0
        and doc[i].lower_ in {"to", "from"}
        and (doc[i - 1].lower_ in ROUTE_NOUNS or doc[i - 1].lower_ in SERVICE_NOUNS)
    )


#: Lower-case nouns after "the" and a town's name that make it the town ("in the Bokkos
#: area", "the Kupiansk sector", "in the Bakhmut direction", "the Kupiansk axis").
AREA_NOUNS = frozenset(
    {"area", "areas", "sector", "vicinity", "outskirts", "direction", "directions", "axis"}
)


def before_area_noun(span: Span) -> bool:
    """Whether "the" comes before the name and a noun of its area after it ("the Bokkos area")."""
    doc = span.doc
    i, j = span.start - 1, span.end
    return (
        i >= 0
        and doc[i].lower_ == "the"
        and j < len(doc)
        and doc[j].is_lower
        and doc[j].lower_ in AREA_NOUNS
    )


#: Most words of a list walked back over to the word that governs it ("to A, B and C").
MAX_LIST_TOKENS = 8


def list_start(doc: Doc, start: int) -> int:
    """The first token of the list of capitalised names that ends with the name at ``start``."""
    i = start
    lowest = max(0, start - MAX_LIST_TOKENS)
    while i > lowest and doc[i - 1].lower_ in LIST_GLUE:
        k = i - 1
        while k > lowest and doc[k - 1].lower_ in LIST_GLUE:
            k -= 1
        if k == 0 or not doc[k - 1].is_title:
            break
        k -= 1
        while k > lowest and doc[k - 1].is_title and doc[k - 1].lower_ not in LIST_GLUE:
            k -= 1
        i = k
    return i


#: Lower-case nouns of a disaster or an attack that news names by the town it struck
#: ("Strabane bomb alert", "the Omagh bombing", "Branson tornado"); not "shooting" or
#: "murder", named as often by the victim.
EVENT_NOUNS = frozenset(
    """
    bombing bombings bomb blast blasts explosion attack attacks raid raids flood floods
    flooding wildfire wildfires tornado earthquake quake landslide mudslide riot riots
    evacuation derailment siege clashes
    """.split()  # noqa: SIM905
)


def before_event_noun(span: Span) -> bool:
    """Whether a lower-case noun of a disaster or an attack follows the name.

    "Strabane bomb alert: homes evacuated", "after the Omagh bombing", "the Branson
    tornado" (:data:`EVENT_NOUNS`), the word no verb ("Smith blasts the plan"); for names
    the gazetteer holds as towns or well-known places (:mod:`geomap.nlp.known`).
    """
    doc, j = span.doc, span.end
    return (
        j < len(doc)
        and doc[j].is_lower
        and doc[j].lower_ in EVENT_NOUNS
        and doc[j].pos_ != "VERB"  # "Smith blasts the plan": a person's deed
    )
