"""Speaker mechanisms of round 64 (issue 17), on hand-built parses (``spacy.blank``).

From the 99 dev items of ``speakers_gold`` set ``spk64`` (real news): "He's had
opportunities to run … but said he wanted to remain …", read as a passive, shares its
subject with the verb of saying coordinated after it; "Oleksii Andreichenko … says … ¶
"The motorization index in Ukraine … Potential investors take this into consideration,"
the expert underlined": a bare "the expert" closing a quotation that opened sentences
before is the named person who spoke right before it opened.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row

# "Conger was appointed but said he stayed in Dallas ."
_APPOINTED_BUT_SAID: list[Row] = [
    ("Conger", "Conger", "PROPN", "nsubjpass", 2),
    ("was", "be", "AUX", "auxpass", 2),
    ("appointed", "appoint", "VERB", "ROOT", 2),
    ("but", "but", "CCONJ", "cc", 2),
    ("said", "say", "VERB", "conj", 2),
    ("he", "he", "PRON", "nsubj", 6),
    ("stayed", "stay", "VERB", "ccomp", 4),
    ("in", "in", "ADP", "prep", 6),
    ("Dallas", "Dallas", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 2),
]
_ENTS = ["B-PERSON"] + ["O"] * 7 + ["B-GPE", "O"]


def test_a_finite_saying_after_a_passive_shares_its_subject() -> None:
    tags = {2: "VBN", 4: "VBD"}
    assert speaker_of(_APPOINTED_BUT_SAID, "Dallas", ents=_ENTS, tags=tags) == "Conger"


def test_a_participle_after_a_passive_is_no_saying_of_its_subject() -> None:
    """ "Conger was appointed and said to stay …": "said" shares the passive."""
    tags = {2: "VBN", 4: "VBN"}
    assert speaker_of(_APPOINTED_BUT_SAID, "Dallas", ents=_ENTS, tags=tags) is None


def _long_quote(opener: str, label: str) -> tuple[list[Row], list[str]]:
    """ "Anna OPENER says prices rose . “ Demand in Kyiv is high . Buyers know it , ” the
    expert said ." """
    rows: list[Row] = [
        ("Anna", "Anna", "PROPN", "compound", 1),
        (opener, opener, "PROPN", "nsubj", 2),
        ("says", "say", "VERB", "ROOT", 2),
        ("prices", "price", "NOUN", "nsubj", 4),
        ("rose", "rise", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("“", "“", "PUNCT", "punct", 10),
        ("Demand", "demand", "NOUN", "nsubj", 10),
        ("in", "in", "ADP", "prep", 7),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 8),
        ("is", "be", "AUX", "ROOT", 10),
        ("high", "high", "ADJ", "acomp", 10),
        (".", ".", "PUNCT", "punct", 10),
        ("Buyers", "buyer", "NOUN", "nsubj", 14),
        ("know", "know", "VERB", "ccomp", 20),
        ("it", "it", "PRON", "dobj", 14),
        (",", ",", "PUNCT", "punct", 20),
        ("”", "”", "PUNCT", "punct", 20),
        ("the", "the", "DET", "det", 19),
        ("expert", "expert", "NOUN", "nsubj", 20),
        ("said", "say", "VERB", "ROOT", 20),
        (".", ".", "PUNCT", "punct", 20),
    ]
    ents = [f"B-{label}", f"I-{label}"] + ["O"] * 7 + ["B-GPE"] + ["O"] * 12
    return rows, ents


def test_the_expert_closing_a_long_quotation_is_the_person_who_opened_it() -> None:
    rows, ents = _long_quote("Berg", "PERSON")
    speaker = speaker_of(rows, "Kyiv", starts=(0, 6, 13), ents=ents, tags={19: "NN"})
    assert speaker == "Anna Berg"


def test_the_expert_after_a_body_that_spoke_stays_unnamed() -> None:
    rows, ents = _long_quote("Corp", "ORG")
    speaker = speaker_of(rows, "Kyiv", starts=(0, 6, 13), ents=ents, tags={19: "NN"})
    assert speaker == "the expert"


def test_the_expert_closing_a_quotation_of_its_own_sentence_stays_unnamed() -> None:
    """ "Anna Berg says prices rose . “ Demand in Kyiv is high , ” the expert said ." """
    rows, ents = _long_quote("Berg", "PERSON")
    short: list[Row] = [
        ("“", "“", "PUNCT", "punct", 16),
        ("Demand", "demand", "NOUN", "nsubj", 10),
        ("in", "in", "ADP", "prep", 7),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 8),
        ("is", "be", "AUX", "ccomp", 16),
        ("high", "high", "ADJ", "acomp", 10),
        (",", ",", "PUNCT", "punct", 16),
        ("”", "”", "PUNCT", "punct", 16),
        ("the", "the", "DET", "det", 15),
        ("expert", "expert", "NOUN", "nsubj", 16),
        ("said", "say", "VERB", "ROOT", 16),
        (".", ".", "PUNCT", "punct", 16),
    ]
    rows = rows[:6] + short
    speaker = speaker_of(rows, "Kyiv", starts=(0, 6), ents=ents[:18], tags={15: "NN"})
    assert speaker == "the expert"


def test_a_saying_after_a_reported_passive_is_not_its_subjects() -> None:
    """ "Officials confirmed that the food was held but denied plans in Dallas ." """
    rows: list[Row] = [
        ("Officials", "official", "NOUN", "nsubj", 1),
        ("confirmed", "confirm", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 6),
        ("the", "the", "DET", "det", 4),
        ("food", "food", "NOUN", "nsubjpass", 6),
        ("was", "be", "AUX", "auxpass", 6),
        ("held", "hold", "VERB", "ccomp", 1),
        ("but", "but", "CCONJ", "cc", 6),
        ("denied", "deny", "VERB", "conj", 6),
        ("plans", "plan", "NOUN", "dobj", 8),
        ("in", "in", "ADP", "prep", 9),
        ("Dallas", "Dallas", "PROPN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]
    ents = ["O"] * 11 + ["B-GPE", "O"]
    speaker = speaker_of(rows, "Dallas", ents=ents, tags={6: "VBN", 8: "VBD"})
    assert speaker == "Officials"
