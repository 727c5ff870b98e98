"""Small towns the model tagged PERSON or ORG after a preposition of place or movement.

"Officials in Bentiu said", "troops withdrew toward Ndele", "soldiers withdrew to
Jowhar and Beledweyne": the small model takes many small towns for people or
organisations. :func:`unused_name_town` reads such an entity of one or two words (a
hyphenated name, "Faya-Largeau", is one word) as the town when

* a preposition of place precedes it ("in", "near", "outside" ..., "toward(s)",
  "through", "via", "out of", "past", "as far as": :func:`reach_or_pass`), or "to" /
  "from" / "at" after a verb of movement ("withdrew to", "fled from"), "for" after a
  verb of setting out ("the convoy left Kaya for Dori"), a verb of taking or attacking
  ("militants blockaded Hudur"), a verb of striking whose subject is a weapon ("Drones
  attacked Izmail") or a noun of attack and "on" or "against" ("air strikes on
  Hudur"), or a road and "to" or "from" ("the road to Akkar"), directly or through a
  list that begins after it ("to Jowhar and Beledweyne");
* the gazetteer has it as a seat of government (also by another spelling: "Jowhar"
  for Jawhar), an admin unit, or a populated place of 1,000 people or more (10,000
  for an ORG entity: "in Congress" is no hamlet of Arizona);
* the article never uses the name for a person: it is no surname, relative or
  speaker of :mod:`geomap.nlp.people`, never follows a title ("Mr", "Gen"), is never part
  of a longer entity ("Ali Jowhar") and never the subject of a verb of saying.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.name_shapes import is_acronym
from geomap.nlp.sentences import TITLES
from geomap.nlp.town_actions import after_route, attacked, seized
from geomap.nlp.town_names import SEAT_CODES
from geomap.nlp.vocab import (
    GENERIC_WORDS,
    LIST_GLUE,
    LOCATIVE_MIN_POPULATION,
    MONTHS,
    NAME_PARTICLES,
    ORG_TOWN_MIN_POPULATION,
    SPEECH_LEMMAS,
)
from geomap.nlp.weapon_targets import weapon_struck
from geomap.place_prepositions import PLACE_ONLY_PREPOSITIONS

#: Labels of the entities read here.
PERSON_OR_ORG = frozenset({"PERSON", "ORG"})
#: Prepositions after which a small town is read whatever the verb ("toward Ndele",
#: "fighting spread through Rutshuru").
TOWN_PREPOSITIONS = PLACE_ONLY_PREPOSITIONS | frozenset({"toward", "towards", "through", "via"})
#: Prepositions read so only after a verb of movement ("withdrew to", "fled from").
MOVEMENT_PREPOSITIONS = frozenset({"to", "from", "at"})
#: Lemmas of verbs of movement ("withdrew to Jowhar", "fled from Bosso"), also of
#: missiles ("fired missiles at Eilat", "launched from Sanaa").
MOVEMENT_VERBS = frozenset(
    """
    withdraw retreat flee move head return advance march send deploy redeploy travel go
    come fly drive relocate evacuate push pull transfer displace arrive escape fire launch
    """.split()  # noqa: SIM905
)
#: Lemmas of the words of setting out after which "for" introduces the destination
#: ("left Kaya for Dori", "bound for Dori", "set off for Dori").
DEPARTURE_LEMMAS = frozenset({"leave", "depart", "bound", "set", "sail", "head"})
#: Feature types of admin units, read as places whatever their population.
UNIT_TYPES = frozenset({"admin1", "admin2", "admin3"})
#: Most words of a list walked back over to its preposition ("to A, B and C").
MAX_LIST_TOKENS = 8


def unused_name_town(ent: Span, gazetteer: Any, person_words: frozenset[str]) -> bool:
    """Whether a PERSON or ORG entity is a small town (module docstring)."""
    words = [t for t in ent if t.text != "-"]  # "Faya-Largeau" is one name of two words
    if ent.label_ not in PERSON_OR_ORG or len(words) > 2:
        return False
    text = ent.text
    if (
        text in person_words
        or is_acronym(text)
        or not all(t.is_title for t in words)
        or text.lower() in GENERIC_WORDS
        or text.lower() in MONTHS
    ):
        return False
    doc = ent.doc
    town = ORG_TOWN_MIN_POPULATION if ent.label_ == "ORG" else LOCATIVE_MIN_POPULATION
    return (
        after_preposition(doc, ent.start)
        and _town(gazetteer, text, town)
        and not used_for_person(doc, [t.text for t in ent])
    )


def after_preposition(
    doc: Doc, start: int, prepositions: frozenset[str] = TOWN_PREPOSITIONS
) -> bool:
    """Whether a preposition of place or a verb of taking heads the name at ``start``.

    Or the list it ends ("to Jowhar and Beledweyne", "captured Tamu and Kalay").
    ``prepositions`` are read whatever the verb; "out of" is one of them ("forced out
    of Beledweyne"), and so are "past" and "as far as" (:func:`reach_or_pass`) for
    every caller's set.
    """
    i = start - 1
    lowest = max(0, start - 1 - MAX_LIST_TOKENS)
    while i >= lowest and doc[i].lower_ in LIST_GLUE:
        # "to Jowhar and Beledweyne": back over the capitalised name before the glue
        i -= 1
        if i < 0 or not doc[i].is_title:
            return False
        while i > lowest and _inside_name(doc, i - 1):
            i -= 1  # "near al-Auja and Fasayil", "from Mocimboa da Praia and Mueda"
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    if word in prepositions or (word == "of" and i > 0 and doc[i - 1].lower_ == "out"):
        return True
    if reach_or_pass(doc, i):
        # "cutting electricity as far as Sennar", "flew past Vardo and Hammerfest"
        return True
    if (
        seized(doc, i + 1)
        or attacked(doc, i + 1)
        or after_route(doc, i + 1)
        or weapon_struck(doc, i + 1)
    ):
        # "militants blockaded Hudur", "air strikes on Tamu and Kalay", "the road to Akkar"
        return True
    if word == "for":
        # "the convoy left Kaya for Dori", "a truck bound for Dori"
        return doc[i].head.lemma_.lower() in DEPARTURE_LEMMAS
    if word not in MOVEMENT_PREPOSITIONS:
        return False
    head = doc[i].head
    if head.dep_ == "dobj" and head.pos_ == "NOUN":
        head = head.head  # "fired missiles at Eilat", "sent troops to Jowhar"
    return head.pos_ == "VERB" and head.lemma_.lower() in MOVEMENT_VERBS


#: Words after which a name is a point reached or passed ("as far as Sennar", "past Vardo").
PASSING_WORD = "past"


def reach_or_pass(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends "as far as" or is the preposition "past".

    "power was cut as far as Sennar", "the bombers flew past Vardo and Hammerfest": the
    name after them is a point on a way. "past" counts as the preposition only (the
    model's ``ADP``: not "the past week"); "as far as" not when a verb follows the name
    ("as far as Washington is concerned": :func:`_named_then_verb`).
    """
    tok = doc[i]
    if tok.lower_ == PASSING_WORD:
        return tok.pos_ == "ADP"
    far_as = i >= 2 and [t.lower_ for t in doc[i - 2 : i + 1]] == ["as", "far", "as"]
    return far_as and not _named_then_verb(doc, i + 1)


def _named_then_verb(doc: Doc, start: int) -> bool:
    """Whether a verb follows the capitalised name at ``start`` ("... Washington is concerned")."""
    k = start
    while k < len(doc) and (doc[k].is_title or doc[k].text == "-"):
        k += 1
    return k < len(doc) and doc[k].pos_ in {"VERB", "AUX"}


def _inside_name(doc: Doc, k: int) -> bool:
    """Whether token ``k`` belongs to the listed name that the next token continues.

    A capitalised word, a hyphen joining two words ("al-Auja"), or a particle of a
    name before a hyphen or a capitalised word ("al-", "da Praia"); not the glue
    of a list.
    """
    tok = doc[k]
    if tok.lower_ in LIST_GLUE:
        return False
    if tok.is_title:
        return True
    nxt = doc[k + 1]
    if tok.text == "-":
        return not tok.whitespace_ and k > 0 and not doc[k - 1].whitespace_
    return tok.lower_ in NAME_PARTICLES and (nxt.text == "-" or nxt.is_title)


def _town(gazetteer: Any, text: str, population: int) -> bool:
    """Whether ``text`` names a seat, an admin unit or a town of ``population`` or more."""
    for c in gazetteer.candidates(text):
        p = c.place
        seat = p.feature_code in SEAT_CODES
        if c.match in {"name", "alias"} or (c.match in {"alternate", "exonym"} and seat):
            if p.feature_type in UNIT_TYPES or seat:
                return True
            if p.feature_type == "city" and p.population >= population:
                return True
    return False


def used_for_person(doc: Doc, words: list[str], listed_in: Span | None = None) -> bool:
    """Whether the article uses ``words`` as a person's name anywhere.

    After a title ("Mr Jowhar", "Gen. Ndele"), inside a longer entity ("Ali
    Jowhar"), or as the subject of a verb of saying ("Jowhar said"). Inside
    ``listed_in``, an entity the model ran over a list of names ("Eyl and Hobyo"
    tagged ORG), the words are not read: that entity is no longer name.
    """
    n = len(words)
    for i in range(len(doc) - n + 1):
        if doc[i].text != words[0] or [t.text for t in doc[i : i + n]] != words:
            continue
        if listed_in is not None and listed_in.start <= i < listed_in.end:
            continue
        if i > 0 and doc[i - 1].text.rstrip(".").lower() in TITLES:
            return True
        # part of a longer name: "Ali Jowhar", "Jowhar Ali"
        if doc[i].ent_iob_ == "I" or (i + n < len(doc) and doc[i + n].ent_iob_ == "I"):
            return True
        if any(
            t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_LEMMAS for t in doc[i : i + n]
        ):
            return True
    return False
