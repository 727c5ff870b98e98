"""The place a saying happened in, named bodies, spokespersons' bodies, split-off roles.

`"…," President Stubb said in Helsinki`, "Kuleba told reporters in Kyiv": the place of the
saying is the journalist's report (docs/claims.md: the scene convention, kept in round 70
after a user asked for the speaker), while what the speaker said is the speaker's.  A
named description ("The African Union mission") is never an earlier sentence's body.
Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row

# “ We stay , ” President Stubb said in Helsinki .
SAID_IN: list[Row] = [
    ("“", "“", "PUNCT", "punct", 2),
    ("We", "we", "PRON", "nsubj", 2),
    ("stay", "stay", "VERB", "ccomp", 7),
    (",", ",", "PUNCT", "punct", 2),
    ("”", "”", "PUNCT", "punct", 7),
    ("President", "President", "PROPN", "compound", 6),
    ("Stubb", "Stubb", "PROPN", "nsubj", 7),
    ("said", "say", "VERB", "ROOT", 7),
    ("in", "in", "ADP", "prep", 7),
    ("Helsinki", "Helsinki", "PROPN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 7),
]
_SAID_IN_ENTS = ["O"] * 5 + ["O", "B-PERSON"] + ["O"] * 2 + ["B-GPE", "O"]

# Kuleba told reporters in Kyiv that exports grow .
TOLD_IN: list[Row] = [
    ("Kuleba", "Kuleba", "PROPN", "nsubj", 1),
    ("told", "tell", "VERB", "ROOT", 1),
    ("reporters", "reporter", "NOUN", "dobj", 1),
    ("in", "in", "ADP", "prep", 2),
    ("Kyiv", "Kyiv", "PROPN", "pobj", 3),
    ("that", "that", "SCONJ", "mark", 7),
    ("exports", "export", "NOUN", "nsubj", 7),
    ("grow", "grow", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]
_TOLD_IN_ENTS = ["B-PERSON", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]

# Asked about the strike in Kherson , Kuleba said that talks go on .
ASKED: list[Row] = [
    ("Asked", "ask", "VERB", "advcl", 8),
    ("about", "about", "ADP", "prep", 0),
    ("the", "the", "DET", "det", 3),
    ("strike", "strike", "NOUN", "pobj", 1),
    ("in", "in", "ADP", "prep", 3),
    ("Kherson", "Kherson", "PROPN", "pobj", 4),
    (",", ",", "PUNCT", "punct", 8),
    ("Kuleba", "Kuleba", "PROPN", "nsubj", 8),
    ("said", "say", "VERB", "ROOT", 8),
    ("that", "that", "SCONJ", "mark", 12),
    ("talks", "talk", "NOUN", "nsubj", 12),
    ("go", "go", "VERB", "ccomp", 8),
    ("on", "on", "ADP", "prt", 11),
    (".", ".", "PUNCT", "punct", 8),
]
_ASKED_ENTS = ["O"] * 5 + ["B-GPE", "O", "B-PERSON"] + ["O"] * 6


def test_the_place_the_speaker_said_it_in_is_the_journalists() -> None:
    assert speaker_of(SAID_IN, "Helsinki", ents=_SAID_IN_ENTS) is None
    assert speaker_of(SAID_IN, "We", ents=_SAID_IN_ENTS) == "President Stubb"  # the quote


def test_the_place_of_the_listener_told_is_the_journalists() -> None:
    assert speaker_of(TOLD_IN, "Kyiv", ents=_TOLD_IN_ENTS) is None
    assert speaker_of(TOLD_IN, "exports", ents=_TOLD_IN_ENTS) == "Kuleba"


def test_the_question_put_to_the_speaker_stays_narrative() -> None:
    assert speaker_of(ASKED, "Kherson", ents=_ASKED_ENTS, tags={0: "VBN"}) is None
    # what he said is his
    assert speaker_of(ASKED, "talks", ents=_ASKED_ENTS, tags={0: "VBN"}) == "Kuleba"


# The Crisis Group said talks stalled . The African Union mission denied fighting around Gondar .
NAMED_MISSION: list[Row] = [
    ("The", "the", "DET", "det", 2),
    ("Crisis", "Crisis", "PROPN", "compound", 2),
    ("Group", "Group", "PROPN", "nsubj", 3),
    ("said", "say", "VERB", "ROOT", 3),
    ("talks", "talk", "NOUN", "nsubj", 5),
    ("stalled", "stall", "VERB", "ccomp", 3),
    (".", ".", "PUNCT", "punct", 3),
    ("The", "the", "DET", "det", 10),
    ("African", "African", "PROPN", "compound", 9),
    ("Union", "Union", "PROPN", "compound", 10),
    ("mission", "mission", "NOUN", "nsubj", 11),
    ("denied", "deny", "VERB", "ROOT", 11),
    ("fighting", "fighting", "NOUN", "dobj", 11),
    ("around", "around", "ADP", "prep", 12),
    ("Gondar", "Gondar", "PROPN", "pobj", 13),
    (".", ".", "PUNCT", "punct", 11),
]


def test_a_named_description_is_not_an_earlier_sentences_body() -> None:
    ents = ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 5 + ["B-ORG", "I-ORG"] + ["O"] * 4 + ["B-GPE", "O"]
    speaker = speaker_of(NAMED_MISSION, "Gondar", starts=(0, 7), ents=ents)
    assert speaker == "The African Union mission"


def _spokesperson(body: list[Row]) -> list[Row]:
    """ "A spokesperson for <body> said aid reached Baidoa ." (body heads at index 3)."""
    n = len(body)
    said = 3 + n
    return [
        ("A", "a", "DET", "det", 1),
        ("spokesperson", "spokesperson", "NOUN", "nsubj", said),
        ("for", "for", "ADP", "prep", 1),
        *[(w, lemma, pos, dep, head + 3) for w, lemma, pos, dep, head in body],
        ("said", "say", "VERB", "ROOT", said),
        ("aid", "aid", "NOUN", "nsubj", said + 2),
        ("reached", "reach", "VERB", "ccomp", said),
        ("Baidoa", "Baidoa", "PROPN", "dobj", said + 2),
        (".", ".", "PUNCT", "punct", said),
    ]


# the UN Office for the Coordination of Humanitarian Affairs (heads relative to "the")
OCHA: list[Row] = [
    ("the", "the", "DET", "det", 2),
    ("UN", "UN", "PROPN", "compound", 2),
    ("Office", "Office", "PROPN", "pobj", -1),
    ("for", "for", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 5),
    ("Coordination", "Coordination", "PROPN", "pobj", 3),
    ("of", "of", "ADP", "prep", 5),
    ("Humanitarian", "Humanitarian", "PROPN", "compound", 8),
    ("Affairs", "Affairs", "PROPN", "pobj", 6),
]


def test_a_spokespersons_body_keeps_its_whole_name() -> None:
    from geomap.claims.attribution import Attribution
    from tests.test_attribution_blank import mark, parsed

    rows = _spokesperson(OCHA)
    ents = ["O"] * 3 + ["B-ORG"] + ["I-ORG"] * 8 + ["O"] * 3 + ["B-GPE", "O"]
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, "Baidoa")
    Attribution()(doc)
    source = span._.source
    assert source.name == "the UN Office for the Coordination of Humanitarian Affairs"
    assert source.role == "A spokesperson"


# Niger 's interior minister , Mohamed Toumba said the attack near Diffa failed .
TOUMBA: list[Row] = [
    ("Niger", "Niger", "PROPN", "poss", 3),
    ("'s", "'s", "PART", "case", 0),
    ("interior", "interior", "ADJ", "amod", 3),
    ("minister", "minister", "NOUN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 3),
    ("Mohamed", "Mohamed", "PROPN", "compound", 6),
    ("Toumba", "Toumba", "PROPN", "nsubj", 7),
    ("said", "say", "VERB", "ROOT", 7),
    ("the", "the", "DET", "det", 9),
    ("attack", "attack", "NOUN", "nsubj", 13),
    ("near", "near", "ADP", "prep", 9),
    ("Diffa", "Diffa", "PROPN", "pobj", 10),
    ("was", "be", "AUX", "auxpass", 13),
    ("repelled", "repel", "VERB", "ccomp", 7),
    (".", ".", "PUNCT", "punct", 7),
]


def test_an_office_split_off_as_a_second_subject_is_the_role() -> None:
    from geomap.claims.attribution import Attribution
    from tests.test_attribution_blank import mark, parsed

    ents = ["B-GPE"] + ["O"] * 4 + ["B-PERSON", "I-PERSON"] + ["O"] * 4 + ["B-GPE"] + ["O"] * 3
    doc = parsed(TOUMBA, ents=ents)
    doc[3].tag_ = "NN"
    (span,) = mark(doc, "Diffa")
    Attribution()(doc)
    role = span._.source.role.replace(" 's", "'s")  # a blank doc spaces every word
    assert (span._.source.name, role) == ("Mohamed Toumba", "Niger's interior minister")
