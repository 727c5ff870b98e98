"""The context that makes a name a place: lists, the words that govern them, "town of".

Shared by :mod:`geomap.nlp.known` (well-known places under any label) and its rule
for smaller towns: a list of names ("in Tulkarm and Nablus", "Gaza, Rafah and Khan
Younis") is a place context when a preposition of place or a verb of attack or
movement governs it; "the town of X" is one by itself. :mod:`geomap.nlp.untagged_names`
gives the runs of proper nouns the model tagged as nothing, which these rules read too;
whether a name is a town's by the gazetteer is :mod:`geomap.nlp.town_names`'s.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from geomap.nlp.modifiers import CONTEXT_PREPOSITIONS, past_modifiers
from geomap.nlp.town_actions import (
    after_route,
    attacked,
    before_area_noun,
    seized,
    taken_passive,
)
from geomap.nlp.unit_possessives import after_unit_possessive
from geomap.nlp.vocab import (
    LIST_GLUE,
    POSSESSIVE,
)
from geomap.nlp.weapon_targets import weapon_struck

#: Nouns of a border before "with" and the place on its other side ("its border with Sikkim").
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
#: Lemmas of verbs whose object is most often a place in news ("shelled Kharkiv").
PLACE_VERBS = frozenset(
    """
    shell bomb bombard strike hit raid attack storm besiege encircle surround capture seize
    retake recapture liberate occupy invade enter reach cross flee evacuate visit tour leave
    blockade overrun link connect
    """.split()  # noqa: SIM905
)
#: Lemmas of verbs of movement towards a place with "on" ("advanced on Goma").
ADVANCE_VERBS = frozenset({"advance", "march", "converge", "descend", "close"})
#: "the city of X", "the outskirts of X", "north of X", "residents of X".
OF_WORDS = frozenset(
    """
    city town village port harbour harbor capital province region district governorate county
    state island enclave outskirts suburbs suburb streets centre center north south east west
    northeast northwest southeast southwest north-east north-west south-east south-west
    residents inhabitants mayor
    """.split()  # noqa: SIM905
)
#: Words before "of" that make the next name a town too ("the town of Kandi", "control of",
#: "the shelling of Kherson", "the fall of Bakhmut", "the evacuation of Varnavas", "took
#: most of Loikaw", "seized parts of Debre Birhan", "the rest of Tamaulipas", "the
#: lakeside towns of Yeji and ...").
TOWN_WORDS = OF_WORDS | frozenset(
    """
    village port capital township hamlet control capture recapture fall siege shelling hub
    bombing bombardment encirclement blockade liberation occupation most much parts stronghold
    evacuation invasion
    mouth estuary rest towns cities villages ports townships islands isles
    """.split()  # noqa: SIM905
)

#: Words of a journey before "for" and the place it goes to ("heading for Salta", "bound
#: for Tobruk", "left for Kalamata", "sailed for Pozzallo").
HEADING_WORDS = frozenset(
    """
    head heads headed heading bound sail sails sailed sailing leave leaves left leaving
    depart departs departed departing steam steamed steaming
    """.split()  # noqa: SIM905
)

#: The forms of "leave" among :data:`HEADING_WORDS`: "left" also says what remains.
LEAVE_WORDS = frozenset({"leave", "leaves", "left", "leaving"})


def heading_for(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is the "for" of a journey's end ("heading for", "bound for").

    A name after it is the place the journey goes to ("the truck was heading for
    Salta"); "for" after any other word is no preposition of place ("a win for Chelsea").
    """
    if i <= 0 or doc[i].lower_ != "for" or doc[i - 1].lower_ not in HEADING_WORDS:
        return False
    before = doc[i - 1]
    # "little time left for X", "the money left for X": a participle describing a noun,
    # no journey ("a ship bound for Tobruk" describes one and still goes there).
    return not (before.lower_ in LEAVE_WORDS and before.dep_ in ("acl", "amod", "relcl"))


def after_town_word(span: Span) -> bool:
    """Whether "the town of", "the port of", "north of" ... precedes the span.

    Not when a possessive and a word that is no part of a place follow the name: in
    "most of Johnson's speech" the words govern the speech ("control of Pokrovsk's
    centre" is a place's, :data:`OF_WORDS`).
    """
    doc = span.doc
    i, j = span.start - 1, span.end
    if j + 1 < len(doc) and doc[j].text in POSSESSIVE and doc[j + 1].lower_ not in OF_WORDS:
        return False
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in TOWN_WORDS


def town_action(span: Span) -> bool:
    """What is done to a town or on the way to it: "captured X", "X was shelled", "the road to X".

    The contexts of :func:`town_context` that are no "town of X" and no list.
    """
    doc = span.doc
    return (
        seized(doc, span.start)
        or attacked(doc, span.start)
        or weapon_struck(doc, span.start)
        or taken_passive(span)
        or after_route(doc, span.start)
        or before_area_noun(span)
        or heading_for(doc, span.start - 1)
    )


def town_context(span: Span, starts: dict[int, int], ends: dict[int, int]) -> bool:
    """A town's context: "the town of X", or a list of places after a place word.

    "the northern town of Kandi", "the district capital of Macomia", "north of X",
    "the outskirts of X", "took control of X", "the shelling of X" (:data:`TOWN_WORDS`);
    "captured X", "militants blockaded X" (:func:`seized`); "Drones attacked X"
    (:func:`~geomap.nlp.weapon_targets.weapon_struck`); "X was shelled", "X has
    been under siege" (:func:`taken_passive`); "air strikes on X"
    (:func:`attacked`); "the road to X" (:func:`after_route`); "the X area"
    (:func:`before_area_noun`); "Donetsk Oblast's X"
    (:func:`~geomap.nlp.unit_possessives.after_unit_possessive`); "in Tulkarm and
    Nablus", "left Chornomorsk and Pivdennyi", "near Huliaipole and Orikhiv": a list
    of two or more names, one of them this town and another a place (or a town), that
    a preposition of place or a verb of attack or movement governs, or that follows a
    place and ", including" (:func:`including_after_place`).
    """
    doc = span.doc
    if after_town_word(span) or town_action(span) or after_unit_possessive(doc, span.start):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
        return False  # the first word of a longer name ("Violet Herr Watson")
    if not listed(span, starts, ends):
        return False
    first = span.start
    while True:
        k = first
        while k > 0 and doc[k - 1].lower_ in LIST_GLUE:
            k -= 1
        if k == first:
            return governs(doc, first) or including_after_place(doc, first, ends)
        if k not in ends:  # a name after a place word, itself no person's ("to Charles R.")
            governed = governed_name(doc, k) or including_name(doc, k, ends)
            return governed and doc[k - 1].ent_type_ != "PERSON"
        first = ends[k]


def including_after_place(doc: Doc, first: int, ends: dict[int, int]) -> bool:
    """Whether a place, a comma and "including" come before the list starting at ``first``.

    "power was cut on Vancouver Island, including X and Y": the towns of the place.
    """
    return (
        first > 1
        and doc[first - 1].lower_ == "including"
        and doc[first - 2].text == ","
        and first - 2 in ends
    )


def including_name(doc: Doc, end: int, ends: dict[int, int]) -> bool:
    """Whether a proper name ending at ``end`` follows a place and ", including".

    "37 villages around Kupiansk, including Kurylivka and Kivsharivka": the first name
    of the list (one the gazetteer lacks) leads the others to the place before it.
    """
    start = name_start(doc, end)
    return start < end and including_after_place(doc, start, ends)


#: Plural nouns of places before "such as" ("towns such as X and Y").
PLACE_PLURALS = frozenset(
    "towns cities villages places areas regions provinces ports townships islands".split()  # noqa: SIM905
)


def governs(doc: Doc, start: int) -> bool:
    """Whether a preposition of place or a verb of attack or movement precedes ``start``.

    "advanced on" counts as such a verb ("units advanced on Kurakhove and Chasiv Yar"),
    "towns such as" and "parts of", "the outskirts of" ... (:data:`TOWN_WORDS` and
    "of": "parts of Vasylivka and Tokmak") as such words; lower-case adjectives may come
    between (:func:`past_modifiers`).
    """
    if after_unit_possessive(doc, start):
        return True  # "Donetsk Oblast's Pokrovsk and Kostiantynivka"
    i = past_modifiers(doc, start - 1)
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    if prev.lower_ == "on" and i > 0 and doc[i - 1].lemma_.lower() in ADVANCE_VERBS:
        return True
    if prev.lower_ == "as" and i > 1 and doc[i - 1].lower_ == "such":
        return doc[i - 2].lower_ in PLACE_PLURALS  # "towns such as Akcakale and Suruc"
    if prev.lower_ == "of" and i > 0 and doc[i - 1].lower_ in TOWN_WORDS:
        return True  # "parts of Vasylivka and Tokmak"
    if border_with(doc, i):
        return True  # "the border with Kenya and Somalia"
    if heading_for(doc, i):
        return True  # "heading for Chania and Heraklion"
    return prev.lower_ in CONTEXT_PREPOSITIONS or (
        prev.pos_ == "VERB" and prev.lemma_.lower() in PLACE_VERBS
    )


def border_with(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the "with" of "border with" ("near its border with Sikkim").

    What lies on the other side of a border is a place, whatever label the model
    gave its name.
    """
    return doc[i].lower_ == "with" and i > 0 and doc[i - 1].lower_ in BORDER_NOUNS


def listed(span: Span, starts: dict[int, int], ends: dict[int, int]) -> bool:
    """Whether another place is joined to the span by "and", "or" or a comma."""
    doc = span.doc
    i = span.start
    while i > 0 and doc[i - 1].lower_ in LIST_GLUE:
        i -= 1
    if i < span.start and (i in ends or governed_name(doc, i) or including_name(doc, i, ends)):
        return True
    j = span.end
    while j < len(doc) and doc[j].lower_ in LIST_GLUE:
        j += 1
    return j > span.end and j in starts


def name_start(doc: Doc, end: int, longest: int = 4) -> int:
    """The first token of the proper name (up to ``longest`` words) ending at ``end``.

    ``end`` itself when no title-cased proper noun ends there.
    """
    i = end - 1
    while i >= 0 and end - i <= longest and doc[i].pos_ == "PROPN" and doc[i].is_title:
        i -= 1
    return i + 1


def governed_name(doc: Doc, end: int) -> bool:
    """Whether a proper name ending at ``end`` follows a place preposition ("in Ghouta")."""
    start = name_start(doc, end)
    if start == end or start == 0:
        return False
    i = start - 1
    if doc[i].lower_ == "the" and i > 0:
        i -= 1
    return doc[i].lower_ in CONTEXT_PREPOSITIONS
