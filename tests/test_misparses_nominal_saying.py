"""A verb of saying or evidence tagged as a noun, with a subject and a "that" clause.

"her many letters back home show that …": the tagger read "home show" as a noun, but
the parser gave "show" a subject and the clause (issue 17).  Hand-built parses on
``spacy.blank("en")``.
"""

from __future__ import annotations

from geomap.claims.misparses import nominal_saying
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed

# "The letters home show that Lviv was calm ." ("show" tagged NOUN, root)
_SHOW: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("letters", "letter", "NOUN", "nsubj", 3),
    ("home", "home", "NOUN", "compound", 3),
    ("show", "show", "NOUN", "ROOT", 3),
    ("that", "that", "SCONJ", "mark", 6),
    ("Lviv", "Lviv", "PROPN", "nsubj", 6),
    ("was", "be", "AUX", "acl", 3),
    ("calm", "calm", "ADJ", "acomp", 6),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_noun_with_a_subject_and_a_that_clause_is_the_verb() -> None:
    doc = parsed(_SHOW)
    subject = nominal_saying(doc[3])
    assert subject is not None and subject.text == "letters"
    speaker = speaker_of(_SHOW, 5, (0,), ["O"] * 5 + ["B-GPE"] + ["O"] * 3)
    assert speaker is not None and "letters" in speaker


def test_a_noun_without_a_subject_is_a_noun() -> None:
    # "The home show that Lviv held was calm ." : no subject below "show"
    rows = list(_SHOW)
    rows[1] = ("big", "big", "ADJ", "amod", 3)
    assert nominal_saying(parsed(rows)[3]) is None
