"""A verb of saying in another sense only with its preposition after it (issue 17).

"believe in peace" believes no clause; "In particular many attendees believed Lviv was
calm" does: the fronted "In" is no "believe in".  Hand-built parses on
``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.unsaid import not_saying
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed

# "In particular many attendees believed Lviv was calm ."
_FRONTED: list[Row] = [
    ("In", "in", "ADP", "prep", 4),
    ("particular", "particular", "ADJ", "amod", 0),
    ("many", "many", "ADJ", "amod", 3),
    ("attendees", "attendee", "NOUN", "nsubj", 4),
    ("believed", "believe", "VERB", "ROOT", 4),
    ("Lviv", "Lviv", "PROPN", "nsubj", 6),
    ("was", "be", "AUX", "ccomp", 4),
    ("calm", "calm", "ADJ", "acomp", 6),
    (".", ".", "PUNCT", "punct", 4),
]
# "Officials believe in Lviv ."
_BELIEVE_IN: list[Row] = [
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("believe", "believe", "VERB", "ROOT", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Lviv", "Lviv", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_fronted_in_is_no_believe_in() -> None:
    doc = parsed(_FRONTED)
    assert not not_saying(doc[4], "believe", frozenset())
    ents = ["O"] * 5 + ["B-GPE"] + ["O"] * 3
    assert speaker_of(_FRONTED, 5, (0,), ents) == "many attendees"


def test_believe_in_after_the_verb_believes_no_clause() -> None:
    assert not_saying(parsed(_BELIEVE_IN)[1], "believe", frozenset())
