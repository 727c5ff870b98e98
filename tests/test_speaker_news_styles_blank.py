"""Wire and newspaper styles of attribution (issue 17, spk46), on ``spacy.blank("en")``.

A person named as a story's subject whose first name the model left out of a place
entity ("Tomasz Wrobel has farmed … he says"); the publication's own reporter; "Its
spokesperson" and a bare "A spokesperson" after a body; a speaker introduced by a role and
named later ("the official, Pierre Lambert"); "Detectives believe"; "the force"; an
apposition in an opening participle ("Speaking to the BBC, the head of … said") and such a
participle parsed as the subject (the scene); a closing saying parsed as a participle of its
subject; answers labelled with the interviewee's name; "a woman named X"; with controls.
Hand-built parses.
"""

from __future__ import annotations

import spacy

from geomap.claims.attribution import Attribution
from geomap.claims.labels import name_labels
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed


def _source(rows: list[Row], place: str, starts: list[int], ents: list[str]) -> tuple[str, str]:
    """The speaker's text and its record's kind for the mention ``place``."""
    doc = parsed(rows, sent_starts=starts, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    if span._.speaker is None:
        return "", ""
    return span._.speaker.text, span._.source.kind


# "Tomasz Wrobel farms near Lublin . He says Zamosc is dry ."
_FARMER: list[Row] = [
    ("Tomasz", "Tomasz", "PROPN", "compound", 1),
    ("Wrobel", "Wrobel", "PROPN", "nsubj", 2),
    ("farms", "farm", "VERB", "ROOT", 2),
    ("near", "near", "ADP", "prep", 2),
    ("Lublin", "Lublin", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 2),
    ("He", "he", "PRON", "nsubj", 7),
    ("says", "say", "VERB", "ROOT", 7),
    ("Zamosc", "Zamosc", "PROPN", "nsubj", 9),
    ("is", "be", "AUX", "ccomp", 7),
    ("dry", "dry", "ADJ", "acomp", 9),
    (".", ".", "PUNCT", "punct", 7),
]


def test_he_after_a_person_whose_first_name_the_model_left_out() -> None:
    ents = ["O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O"]
    assert _source(_FARMER, "Zamosc", [0, 6], ents) == ("Tomasz Wrobel", "person")


def test_he_after_a_whole_place_name_stays_unresolved() -> None:
    # "New York farms …": the entity covers the whole name, no first name was cut off
    rows = [("New", "New", "PROPN", "compound", 1), ("York", "York", "PROPN", "nsubj", 2)]
    rows += _FARMER[2:]
    ents = ["B-GPE", "I-GPE", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O"]
    assert _source(rows, "Zamosc", [0, 6], ents) == ("He", "person")


def _reporter(owner: str) -> list[Row]:
    """ "<owner> reporter in Conwy says the promenade is closed ." """
    return [
        (
            owner,
            owner.lower(),
            "PRON" if owner == "Our" else "DET",
            "poss" if owner == "Our" else "det",
            1,
        ),
        ("reporter", "reporter", "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Conwy", "Conwy", "PROPN", "pobj", 2),
        ("says", "say", "VERB", "ROOT", 4),
        ("the", "the", "DET", "det", 6),
        ("promenade", "promenade", "NOUN", "nsubjpass", 8),
        ("is", "be", "AUX", "auxpass", 8),
        ("closed", "close", "VERB", "ccomp", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_the_publications_own_reporter_is_the_journalist() -> None:
    assert speaker_of(_reporter("Our"), "Conwy") is None  # a live blog's own reporter
    assert speaker_of(_reporter("A"), "Conwy") == "A reporter in Conwy"


def _utility(owner: str) -> list[Row]:
    """ "Eskom , the state utility , was cautious . <owner> spokesperson said Cape is tight ." """
    return [
        ("Eskom", "Eskom", "PROPN", "nsubj", 6),
        (",", ",", "PUNCT", "punct", 0),
        ("the", "the", "DET", "det", 4),
        ("state", "state", "NOUN", "compound", 4),
        ("utility", "utility", "NOUN", "appos", 0),
        (",", ",", "PUNCT", "punct", 0),
        ("was", "be", "AUX", "ROOT", 6),
        ("cautious", "cautious", "ADJ", "acomp", 6),
        (".", ".", "PUNCT", "punct", 6),
        (
            owner,
            owner.lower(),
            "PRON" if owner == "Its" else "DET",
            "poss" if owner == "Its" else "det",
            10,
        ),
        ("spokesperson", "spokesperson", "NOUN", "nsubj", 11),
        ("said", "say", "VERB", "ROOT", 11),
        ("Cape", "Cape", "PROPN", "nsubj", 13),
        ("is", "be", "AUX", "ccomp", 11),
        ("tight", "tight", "ADJ", "acomp", 13),
        (".", ".", "PUNCT", "punct", 11),
    ]


def test_its_spokesperson_speaks_for_the_body_named_before() -> None:
    ents = ["B-PERSON"] + ["O"] * 11 + ["B-GPE"] + ["O"] * 3  # the model tagged Eskom PERSON
    assert _source(_utility("Its"), "Cape", [0, 9], ents) == ("Eskom", "organisation")
    # "A spokesperson", for no one named, speaks for the body of the sentence before
    assert _source(_utility("A"), "Cape", [0, 9], ents) == ("Eskom", "organisation")


def test_a_spokesperson_after_a_person_speaks_for_no_one_named() -> None:
    rows = _utility("A")  # "Ndlovu , the minister , was cautious . A spokesperson said …"
    rows[0] = ("Ndlovu", "Ndlovu", "PROPN", "nsubj", 6)
    rows[3:5] = [
        ("energy", "energy", "NOUN", "compound", 4),
        ("minister", "minister", "NOUN", "appos", 0),
    ]
    ents = ["B-PERSON"] + ["O"] * 11 + ["B-GPE"] + ["O"] * 3
    assert _source(rows, "Cape", [0, 9], ents) == ("A spokesperson", "anonymous")


def _official(later: str, det: str = "The") -> list[Row]:
    """ "An official said Tawila is shut . <det> <later> , Pierre Lambert , said aid waits ." """
    return [
        ("An", "an", "DET", "det", 1),
        ("official", "official", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Tawila", "Tawila", "PROPN", "nsubj", 4),
        ("is", "be", "AUX", "ccomp", 2),
        ("shut", "shut", "ADJ", "acomp", 4),
        (".", ".", "PUNCT", "punct", 2),
        (det, det.lower(), "DET", "det", 8),
        (later, later, "NOUN", "nsubj", 13),
        (",", ",", "PUNCT", "punct", 8),
        ("Pierre", "Pierre", "PROPN", "compound", 11),
        ("Lambert", "Lambert", "PROPN", "appos", 8),
        (",", ",", "PUNCT", "punct", 8),
        ("said", "say", "VERB", "ROOT", 13),
        ("aid", "aid", "NOUN", "nsubj", 15),
        ("waits", "wait", "VERB", "ccomp", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]


def _record(rows: list[Row], place: str, starts: list[int], ents: list[str]) -> tuple[str, str]:
    """The speaker record's name and kind for the mention ``place``."""
    doc = parsed(rows, sent_starts=starts, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    record = span._.source
    return ("", "") if record is None else (record.name, record.kind)


_LAMBERT_ENTS = ["O", "O", "O", "B-GPE"] + ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 5


def test_a_speaker_introduced_by_a_role_takes_the_name_given_later() -> None:
    rows = _official("official")
    assert _record(rows, "Tawila", [0, 7], _LAMBERT_ENTS) == ("Pierre Lambert", "person")


def test_a_later_name_of_another_role_is_not_the_speakers() -> None:
    rows = _official("spokesman")
    assert _record(rows, "Tawila", [0, 7], _LAMBERT_ENTS) == ("An official", "anonymous")
    rows = _official("official", det="Another")  # someone else: "…, an expert in …"
    assert _record(rows, "Tawila", [0, 7], _LAMBERT_ENTS) == ("An official", "anonymous")


def test_detectives_can_believe() -> None:
    # "Detectives believe the men fled towards Falkirk ." ("believe" needs one who can speak)
    rows: list[Row] = [
        ("Detectives", "detective", "NOUN", "nsubj", 1),
        ("believe", "believe", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("men", "man", "NOUN", "nsubj", 4),
        ("fled", "flee", "VERB", "ccomp", 1),
        ("towards", "towards", "ADP", "prep", 4),
        ("Falkirk", "Falkirk", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(rows, "Falkirk") == "Detectives"


def _force(body: str) -> list[Row]:
    """ "A spokesman for <body> Police said officers came . The force said Rochdale is calm ." """
    return [
        ("A", "a", "DET", "det", 1),
        ("spokesman", "spokesman", "NOUN", "nsubj", 5),
        ("for", "for", "ADP", "prep", 1),
        (body, body, "PROPN", "compound", 4),
        ("Police", "Police", "PROPN", "pobj", 2),
        ("said", "say", "VERB", "ROOT", 5),
        ("officers", "officer", "NOUN", "nsubj", 7),
        ("came", "come", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5),
        ("The", "the", "DET", "det", 10),
        ("force", "force", "NOUN", "nsubj", 11),
        ("said", "say", "VERB", "ROOT", 11),
        ("Rochdale", "Rochdale", "PROPN", "nsubj", 13),
        ("is", "be", "AUX", "ccomp", 11),
        ("calm", "calm", "ADJ", "acomp", 13),
        (".", ".", "PUNCT", "punct", 11),
    ]


def test_the_force_is_the_police_body_named_before() -> None:
    ents = ["O", "O", "O", "B-ORG", "I-ORG"] + ["O"] * 7 + ["B-GPE", "O", "O", "O"]
    assert speaker_of(_force("Lancashire"), "Rochdale", [0, 9], ents) == "Lancashire Police"


def test_the_force_without_a_police_body_stays_itself() -> None:
    rows = _force("Lancashire")
    rows[4] = ("Bank", "Bank", "PROPN", "pobj", 2)  # "A spokesman for Lancashire Bank"
    ents = ["O", "O", "O", "B-ORG", "I-ORG"] + ["O"] * 7 + ["B-GPE", "O", "O", "O"]
    assert speaker_of(rows, "Rochdale", [0, 9], ents) == "The force"


def test_speaking_to_a_medium_the_apposed_head_speaks() -> None:
    # "Speaking to the BBC , the head of the charity said Lampedusa refused ." with "head"
    # hung on "BBC" and "said" left without subject (the small model's parse)
    rows: list[Row] = [
        ("Speaking", "speak", "VERB", "advcl", 10),
        ("to", "to", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 3),
        ("BBC", "BBC", "PROPN", "pobj", 1),
        (",", ",", "PUNCT", "punct", 3),
        ("the", "the", "DET", "det", 6),
        ("head", "head", "NOUN", "appos", 3),
        ("of", "of", "ADP", "prep", 6),
        ("the", "the", "DET", "det", 9),
        ("charity", "charity", "NOUN", "pobj", 7),
        ("said", "say", "VERB", "ROOT", 10),
        ("Lampedusa", "Lampedusa", "PROPN", "nsubj", 12),
        ("refused", "refuse", "VERB", "ccomp", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    assert speaker_of(rows, "Lampedusa") == "the head of the charity"


def _estimated(head_dep: str) -> list[Row]:
    """ "The strike in Rotterdam cost millions , the port authority estimated ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("strike", "strike", "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Rotterdam", "Rotterdam", "PROPN", "pobj", 2),
        ("cost", "cost", "VERB", "ROOT", 4),
        ("millions", "million", "NOUN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 5),
        ("the", "the", "DET", "det", 9),
        ("port", "port", "NOUN", "compound", 9),
        ("authority", "authority", "NOUN", head_dep, 5),
        ("estimated", "estimate", "VERB", "acl", 9),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_a_closing_saying_parsed_as_a_participle_of_its_subject() -> None:
    assert speaker_of(_estimated("appos"), "Rotterdam") == "the port authority"


def test_a_participle_of_a_thing_that_cannot_speak_says_nothing() -> None:
    rows = _estimated("appos")
    rows[8:10] = [("total", "total", "NOUN", "compound", 9), ("sum", "sum", "NOUN", "appos", 5)]
    assert speaker_of(rows, "Rotterdam") is None


_INTERVIEW = (
    "We asked Anna Nowak about the port.\n\nIs it busy?\n\nNowak: Yes. Ships come from Kyiv."
    "\n\nAnd the rents?\n\nNowak: Higher in Sopot."
)


def _labelled(text: str) -> list[str]:
    """The speakers :func:`name_labels` gives the answers of ``text`` ("Anna Nowak" PERSON)."""
    doc = spacy.blank("en")(text)
    start = text.index("Anna Nowak")
    doc.ents = [doc.char_span(start, start + len("Anna Nowak"), label="PERSON")]
    return [text[x.name_start : x.name_end] + text[x.colon : x.end] for x in name_labels(doc, text)]


def test_answers_labelled_with_the_interviewees_name_are_hers() -> None:
    assert _labelled(_INTERVIEW) == [
        "Anna Nowak: Yes. Ships come from Kyiv.",
        "Anna Nowak: Higher in Sopot.",
    ]
    # one labelled paragraph is a headline's "Name: claim", not an interview
    assert _labelled(_INTERVIEW.split("\n\nAnd")[0]) == []
    # a label that names no one before it labels nothing ("Update: …", "Note: …")
    assert _labelled(_INTERVIEW.replace("Nowak:", "Update:")) == []


def test_a_person_named_by_a_participle_is_the_name() -> None:
    # "A woman named Maria Lopez said Faro was cold ."
    rows: list[Row] = [
        ("A", "a", "DET", "det", 1),
        ("woman", "woman", "NOUN", "nsubj", 5),
        ("named", "name", "VERB", "acl", 1),
        ("Maria", "Maria", "PROPN", "compound", 4),
        ("Lopez", "Lopez", "PROPN", "oprd", 2),
        ("said", "say", "VERB", "ROOT", 5),
        ("Faro", "Faro", "PROPN", "nsubj", 7),
        ("was", "be", "AUX", "ccomp", 5),
        ("cold", "cold", "ADJ", "acomp", 7),
        (".", ".", "PUNCT", "punct", 5),
    ]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O"]
    assert _record(rows, "Faro", [0], ents) == ("Maria Lopez", "person")
    rows[2] = ("seen", "see", "VERB", "acl", 1)  # "A woman seen Maria Lopez": no name given
    assert _record(rows, "Faro", [0], ents) == ("A woman", "anonymous")


def test_an_opening_participle_parsed_as_the_subject_is_the_scene() -> None:
    # "Speaking to supporters in Nairobi , the leader accused the government over Nakuru ."
    # with "Speaking" made the clausal subject of "accused"
    rows: list[Row] = [
        ("Speaking", "speak", "VERB", "csubj", 8),
        ("to", "to", "ADP", "prep", 0),
        ("supporters", "supporter", "NOUN", "pobj", 1),
        ("in", "in", "ADP", "prep", 2),
        ("Nairobi", "Nairobi", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 8),
        ("the", "the", "DET", "det", 7),
        ("leader", "leader", "NOUN", "nsubj", 8),
        ("accused", "accuse", "VERB", "ROOT", 8),
        ("the", "the", "DET", "det", 10),
        ("government", "government", "NOUN", "dobj", 8),
        ("over", "over", "ADP", "prep", 8),
        ("Nakuru", "Nakuru", "PROPN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 8),
    ]
    assert speaker_of(rows, "Nakuru") == "the leader"
    assert speaker_of(rows, "Nairobi") is None
