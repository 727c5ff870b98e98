"""Well-known places that a reported clause says something befell, for :mod:`geomap.nlp.known`.

"Officials said that Kyiv was hit overnight and that Odesa was calm": the small model
tags both names PERSON. A well-known place (:func:`geomap.nlp.known.well_known_types`)
is the place, whatever its label, when it is the subject of a clause that a verb of
saying reports (the clause complement of "said", or a clause conjoined to one: "and
that Odesa was calm") and that clause says what news says of a place: the passive of a
verb of attack or closure ("was hit", "had been sealed off": :data:`STRUCK_VERBS`) or a
state of a place ("was calm": :data:`STATE_ADJECTIVES`). A name conjoined to such a
subject is one too ("Kherson, Beryslav and Antonivka were hit": :func:`list_head`), and
a town the gazetteer holds is read so as well as a well-known place ("said that
Henichesk was calm", :mod:`geomap.nlp.known`). A person's name is no such
subject where the article names the person in full (:func:`geomap.nlp.known_contexts.
first_name`, and the words of people's names are never read by :mod:`geomap.nlp.known`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span, Token

from geomap.nlp.town_names import town_sized
from geomap.nlp.vocab import SPEECH_LEMMAS

#: Lemmas of the verbs whose clause complement is reported news ("officials said that ...").
REPORT_LEMMAS = SPEECH_LEMMAS | frozenset({"report", "confirm", "announce", "claim", "state"})
#: Lemmas of the verbs whose passive subject, in a reported clause, is a place ("Kyiv was
#: hit", "Hyesan had been sealed off", "the city was cut off").
STRUCK_VERBS = frozenset(
    """
    hit strike shell bomb bombard target raid seal cordon close shut evacuate flood cut
    isolate surround encircle besiege blockade capture retake recapture occupy overrun
    storm black plunge
    """.split()  # noqa: SIM905
)
#: Adjectives of a place's state after a copula ("Odesa was calm", "the city remained tense").
STATE_ADJECTIVES = frozenset({"calm", "quiet", "tense", "peaceful", "deserted", "empty"})
#: Most clauses walked back over along a chain of conjoined clauses.
MAX_CONJUNCTS = 4


def reported_place(span: Span) -> bool:
    """Whether the span is the subject of a reported clause saying what befell a place.

    The passive subject of a verb of :data:`STRUCK_VERBS`, or the subject of a
    copula with an adjective of :data:`STATE_ADJECTIVES`, in a clause a verb of saying
    reports (:func:`reported_clause`); also a later name of a list that is such a
    subject (:func:`list_head`).
    """
    root = list_head(span.root)
    head = root.head
    if root.dep_ == "nsubjpass":
        if head.lemma_.lower() not in STRUCK_VERBS:
            return False
    elif root.dep_ == "nsubj":
        if not any(c.dep_ == "acomp" and c.lower_ in STATE_ADJECTIVES for c in head.children):
            return False
    else:
        return False
    return reported_clause(head)


def list_head(token: Token) -> Token:
    """The first name of the list of proper nouns ``token`` is a later name of, else ``token``.

    "Kherson, Beryslav and Antonivka were hit": "Antonivka" and "Beryslav" are ``conj``
    of "Kherson", the subject; up to :data:`MAX_CONJUNCTS` links are walked back, each
    from a proper noun to a proper noun ("the city and Antonivka" is left alone).
    """
    for _ in range(MAX_CONJUNCTS):
        head = token.head
        if token.dep_ != "conj" or head.pos_ != "PROPN" or token.pos_ != "PROPN":
            break
        token = head
    return token


def town_of_sentence_unit(span: Span, others: Iterable[Span], gazetteer: Any) -> bool:
    """Whether the span is a town of an admin-1 unit another name of its sentence names.

    "The governor of the Kherson region said that Henichesk was calm": the gazetteer has
    a town of 1,000 or more called "Henichesk" in the unit "Kherson" names. What makes a
    lone small town the subject of a reported clause (:mod:`geomap.nlp.known`); "said
    that Victoria was calm" with no such unit stays a person's.
    """
    sent = span.sent
    units = {
        (c.place.country_code, c.place.admin1_code)
        for o in others
        if o.start >= sent.start
        and o.end <= sent.end
        and (o.start, o.end) != (span.start, span.end)
        for c in gazetteer.candidates(o.text)
        if c.match in {"name", "alias", "exonym"} and c.place.feature_type == "admin1"
    }
    return any(
        (c.place.country_code, c.place.admin1_code) in units
        and c.place.feature_type == "city"
        and town_sized(c.place)
        for c in gazetteer.candidates(span.text)
        if c.match in {"name", "alias"}
    )


def reported_clause(verb: Token) -> bool:
    """Whether a clause's head is the complement of a verb of saying, or conjoined to one.

    "said that Kyiv was hit" (``ccomp``), "... and that Odesa was calm" (``conj`` of
    that complement).
    """
    for _ in range(MAX_CONJUNCTS):
        if verb.dep_ != "conj":
            break
        verb = verb.head
    head = verb.head
    return verb.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in REPORT_LEMMAS
