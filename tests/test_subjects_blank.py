"""Cues of saying, their subjects, the scene of saying, headlines and name spans.

Hand-built parses on a blank pipeline: each test fixes the parse the mechanism reads
(including the parser's mistakes it has to survive), so no model is needed.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.attribution import Attribution
from geomap.claims.cues import is_reporting_verb
from geomap.claims.frames import Frame
from geomap.claims.kinds import speaker_kind
from geomap.claims.lexicon import Lexicon
from geomap.claims.name_sources import colon_source
from geomap.claims.names import split_name
from geomap.claims.namespans import described_name, person_name, place_tokens, spokes_body
from geomap.claims.scene import in_setting
from geomap.claims.source_nouns import can_speak, descriptor_kind
from geomap.claims.subjects import verb_subject
from geomap.claims.titles import titled_name
from geomap.quotations import quote_regions
from tests.test_attribution_blank import mark, parsed

LEX = Lexicon.default()


def test_a_straight_quote_closes_with_a_curly_mark() -> None:
    text = 'He said: "We hold.” Then he left. "Yes," she said.'
    assert quote_regions(text) == [(9, 19), (34, 40)]


# "Gunmen shot him in Kharkiv , said Olena Hrytsenko ." (two subjects for "said")
INVERTED = [
    ("Gunmen", "gunman", "NOUN", "nsubj", 5),
    ("shot", "shoot", "VERB", "acl", 0),
    ("him", "he", "PRON", "dobj", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Kharkiv", "Kharkiv", "PROPN", "pobj", 3),
    ("said", "say", "VERB", "ROOT", 5),
    ("Olena", "Olena", "PROPN", "compound", 7),
    ("Hrytsenko", "Hrytsenko", "PROPN", "nsubj", 5),
    (".", ".", "PUNCT", "punct", 5),
]


def test_the_subject_after_a_closing_verb_of_saying() -> None:
    rows = [*INVERTED[:5], (",", ",", "PUNCT", "punct", 6)] + [
        (w, lemma, pos, dep, head + (head > 4)) for w, lemma, pos, dep, head in INVERTED[5:]
    ]
    rows[0] = ("Gunmen", "gunman", "NOUN", "nsubj", 6)
    doc = parsed(rows)
    assert verb_subject(doc[6], LEX).text == "Hrytsenko"
    (kharkiv,) = mark(doc, "Kharkiv")
    Attribution()(doc)
    assert kharkiv._.speaker.text == "Olena Hrytsenko"


def test_a_symbol_the_parser_made_a_subject_is_no_speaker() -> None:
    """'“…,” said +Ivan Franko': the parser hangs '+' on 'said' as a second subject."""
    rows = [*INVERTED[:5], (",", ",", "PUNCT", "punct", 6)] + [
        (w, lemma, pos, dep, head + (head > 4)) for w, lemma, pos, dep, head in INVERTED[5:6]
    ]
    rows[0] = ("Gunmen", "gunman", "NOUN", "nsubj", 6)
    rows += [
        ("+", "+", "SYM", "nsubj", 6),
        ("Olena", "Olena", "PROPN", "compound", 9),
        ("Hrytsenko", "Hrytsenko", "PROPN", "nsubj", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    doc = parsed(rows)
    assert verb_subject(doc[6], LEX).text == "Hrytsenko"


# "In Kharkiv , 21 died , police and officials at hospital said ." ("police" hung on
# "Kharkiv", "said" left without subject)
CLOSING = [
    ("In", "in", "ADP", "prep", 4),
    ("Kharkiv", "Kharkiv", "PROPN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 4),
    ("21", "21", "NUM", "nsubj", 4),
    ("died", "die", "VERB", "ccomp", 11),
    (",", ",", "PUNCT", "punct", 1),
    ("police", "police", "NOUN", "conj", 1),
    ("and", "and", "CCONJ", "cc", 6),
    ("officials", "official", "NOUN", "conj", 6),
    ("at", "at", "ADP", "prep", 8),
    ("hospital", "hospital", "NOUN", "pobj", 9),
    ("said", "say", "VERB", "ROOT", 11),
    (".", ".", "PUNCT", "punct", 11),
]


def test_the_noun_phrase_closing_a_sentence_without_subject() -> None:
    doc = parsed(CLOSING)
    assert verb_subject(doc[11], LEX).text == "police"
    (kharkiv,) = mark(doc, "Kharkiv")
    Attribution()(doc)
    assert kharkiv._.speaker.text == "police and officials at hospital"


def test_agents_of_passives_the_parser_gave_a_subject() -> None:
    # "Soldier killed in Kharkiv confirmed by the ministry ."
    doc = parsed(
        [
            ("Soldier", "soldier", "NOUN", "nsubj", 5),
            ("killed", "kill", "VERB", "acl", 0),
            ("in", "in", "ADP", "prep", 1),
            ("Kharkiv", "Kharkiv", "PROPN", "pobj", 2),
            ("was", "be", "AUX", "aux", 5),
            ("confirmed", "confirm", "VERB", "ROOT", 5),
            ("by", "by", "ADP", "agent", 5),
            ("the", "the", "DET", "det", 8),
            ("ministry", "ministry", "NOUN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    assert verb_subject(doc[5], LEX).text == "ministry"


def test_the_subject_nearest_the_verb_and_the_object_that_controls() -> None:
    # "The visit - the first stop - the nations said ..." / "urged the council to say"
    doc = parsed(
        [
            ("stop", "stop", "NOUN", "nsubj", 3),
            ("-", "-", "PUNCT", "punct", 3),
            ("nations", "nation", "NOUN", "nsubj", 3),
            ("said", "say", "VERB", "ROOT", 3),
            ("so", "so", "ADV", "advmod", 3),
            (".", ".", "PUNCT", "punct", 3),
            ("He", "he", "PRON", "nsubj", 7),
            ("urged", "urge", "VERB", "ROOT", 7),
            ("the", "the", "DET", "det", 9),
            ("council", "council", "NOUN", "dobj", 7),
            ("to", "to", "PART", "aux", 11),
            ("say", "say", "VERB", "xcomp", 7),
            ("so", "so", "ADV", "advmod", 11),
        ],
        sent_starts=(0, 6),
    )
    assert verb_subject(doc[3], LEX).text == "nations"
    assert verb_subject(doc[11], LEX).text == "council"


def test_verbs_that_report_only_a_clause() -> None:
    # "Police found that ..." reports; "Police found the body" does not
    rows = [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("found", "find", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "nsubj", 3),
        ("burned", "burn", "VERB", "ccomp", 1),
    ]
    assert is_reporting_verb(parsed(rows)[1], LEX)
    rows[2:] = [("the", "the", "DET", "det", 3), ("body", "body", "NOUN", "dobj", 1)]
    assert not is_reporting_verb(parsed(rows)[1], LEX)


def test_a_clause_before_a_verb_with_its_own_object_is_not_reported() -> None:
    # "Drones hit Izmail , Romania finds debris": the parser hangs the first clause on
    # "finds"; finding debris reports no strike.  "Drones hit Izmail , the study found ."
    # reports it, as "the study found debris in Izmail" (a document's object) would.
    rows = [
        ("Drones", "drone", "NOUN", "nsubj", 1),
        ("hit", "hit", "VERB", "ccomp", 5),
        ("Izmail", "Izmail", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 5),
        ("Romania", "Romania", "PROPN", "nsubj", 5),
        ("finds", "find", "VERB", "ROOT", 5),
        ("debris", "debris", "NOUN", "dobj", 5),
    ]
    assert not is_reporting_verb(parsed(rows)[5], LEX)
    rows[4] = ("police", "police", "NOUN", "nsubj", 5)
    rows[6] = (".", ".", "PUNCT", "punct", 5)
    assert is_reporting_verb(parsed(rows)[5], LEX)  # "…, police found."


# "Speaking in Berlin , Petrenko said Kharkiv held ."
SCENE = [
    ("Speaking", "speak", "VERB", "advcl", 5),
    ("in", "in", "ADP", "prep", 0),
    ("Berlin", "Berlin", "PROPN", "pobj", 1),
    (",", ",", "PUNCT", "punct", 5),
    ("Petrenko", "Petrenko", "PROPN", "nsubj", 5),
    ("said", "say", "VERB", "ROOT", 5),
    ("Kharkiv", "Kharkiv", "PROPN", "nsubj", 7),
    ("held", "hold", "VERB", "ccomp", 5),
    ("at", "at", "ADP", "prep", 5),
    ("Lviv", "Lviv", "PROPN", "pobj", 8),
]


def test_the_scene_of_saying() -> None:
    doc = parsed(SCENE)
    doc[0].tag_ = "VBG"
    frame = Frame("verb", doc[5], doc[4:5], doc[4:5], doc[5])
    assert in_setting(doc[2:3], frame)  # "Speaking in Berlin"
    assert in_setting(doc[9:10], frame)  # "said ... at Lviv"
    assert not in_setting(doc[6:7], frame)  # what is said
    berlin, kharkiv, lviv = mark(doc, "Berlin", "Kharkiv", "Lviv")
    Attribution()(doc)
    assert berlin._.speaker is None and lviv._.speaker is None
    assert kharkiv._.speaker.text == "Petrenko"


def test_a_headline_source_before_a_colon() -> None:
    rows = [
        ("Petrenko", "Petrenko", "PROPN", "dep", 3),
        (":", ":", "PUNCT", "punct", 3),
        ("Kharkiv", "Kharkiv", "PROPN", "nsubj", 3),
        ("holds", "hold", "VERB", "ROOT", 3),
        ("firm", "firm", "ADV", "advmod", 3),
    ]
    doc = parsed(rows, ents=["B-PERSON", "O", "B-GPE", "O", "O"])
    assert colon_source(doc[:], ()).text == "Petrenko"
    assert colon_source(doc[:], {0}) is None  # a place before the colon: a dateline
    rows[0] = ("Analysis", "analysis", "NOUN", "dep", 3)
    assert colon_source(parsed(rows)[:]) is None  # a label
    (kharkiv,) = mark(doc, "Kharkiv")
    Attribution()(doc)
    assert kharkiv._.source.name == "Petrenko" and kharkiv._.source.verb == ":"


def test_name_spans_in_speaker_phrases() -> None:
    # "An MoD spokesman" / "the tabloid Vechir" / "the Justice Department"
    doc = parsed(
        [
            ("An", "an", "DET", "det", 2),
            ("MoD", "MoD", "PROPN", "amod", 2),
            ("spokesman", "spokesman", "NOUN", "ROOT", 2),
            ("the", "the", "DET", "det", 5),
            ("tabloid", "tabloid", "NOUN", "compound", 5),
            ("Vechir", "Vechir", "PROPN", "ROOT", 5),
            ("the", "the", "DET", "det", 8),
            ("Justice", "Justice", "PROPN", "compound", 8),
            ("Department", "Department", "PROPN", "ROOT", 8),
        ],
        sent_starts=(0, 3, 6),
    )
    spokesman, vechir, department = doc[0:3], doc[3:6], doc[6:9]
    assert spokes_body(spokesman).text == "MoD"
    assert split_name(spokesman)[1] == "An MoD spokesman"
    name, noun = described_name(vechir) or (None, None)
    assert name is not None and name.text == "Vechir" and descriptor_kind(noun) == "organisation"
    assert titled_name(department) is None and described_name(department) is None


def test_a_person_name_closing_a_title_keeps_its_hyphenated_parts() -> None:
    # "Deputy Inspector of Police Omar Al-Rashid"
    words = ["Deputy", "Inspector", "of", "Police", "Omar", "Al", "-", "Rashid"]
    rows = [(w, w, "PROPN", "compound", 1) for w in words]
    rows[1] = ("Inspector", "Inspector", "PROPN", "ROOT", 1)
    rows[2] = ("of", "of", "ADP", "prep", 1)
    rows[3:] = [(w, w, "PROPN" if w != "-" else "PUNCT", "pobj", 2) for w in words[3:]]
    doc = parsed(rows, ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON"])
    doc = Doc(
        doc.vocab,
        words=words,
        spaces=[True, True, True, True, True, False, False, True],
        pos=[t.pos_ for t in doc],
        deps=[t.dep_ for t in doc],
        heads=[t.head.i for t in doc],
        ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON"],
    )
    name = person_name(doc[:])
    assert name is not None and name.text == "Al-Rashid"


def test_kinds_of_new_sources() -> None:
    doc = parsed(
        [
            ("employees", "employee", "NOUN", "nsubj", 1),
            ("data", "datum", "NOUN", "nsubj", 1),
            ("nations", "nation", "NOUN", "ROOT", 2),
        ]
    )
    assert can_speak(doc[0:1])
    assert speaker_kind(doc[1:2]) == "document"
    assert speaker_kind(doc[2:3]) == "government"


def test_he_is_a_known_persons_surname_whatever_its_entity_type() -> None:
    # "Oleh Hrytsenko spoke . Hrytsenko left . He said Kherson fell ."
    rows = [
        ("Oleh", "Oleh", "PROPN", "compound", 1),
        ("Hrytsenko", "Hrytsenko", "PROPN", "nsubj", 2),
        ("spoke", "speak", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("Hrytsenko", "Hrytsenko", "PROPN", "nsubj", 5),
        ("left", "leave", "VERB", "ROOT", 5),
        (".", ".", "PUNCT", "punct", 5),
        ("He", "he", "PRON", "nsubj", 8),
        ("said", "say", "VERB", "ROOT", 8),
        ("Kherson", "Kherson", "PROPN", "nsubj", 10),
        ("fell", "fall", "VERB", "ccomp", 8),
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O"]
    doc = parsed(rows, sent_starts=(0, 4, 7), ents=ents)
    (kherson,) = mark(doc, "Kherson")
    Attribution()(doc)
    assert kherson._.speaker.text == "Hrytsenko" and kherson._.speaker.start == 4


def test_a_sentence_parsed_as_a_noun_phrase_keeps_its_speaker() -> None:
    # "A Kyiv man admitted that he shot Petrov ." ("admitted" hung on "man" as a participle)
    rows = [
        ("A", "a", "DET", "det", 2),
        ("Kyiv", "Kyiv", "PROPN", "compound", 2),
        ("man", "man", "NOUN", "ROOT", 2),
        ("admitted", "admit", "VERB", "acl", 2),
        ("that", "that", "SCONJ", "mark", 6),
        ("he", "he", "PRON", "nsubj", 6),
        ("shot", "shoot", "VERB", "ccomp", 3),
        ("Petrov", "Petrov", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = parsed(rows)
    assert verb_subject(doc[3], LEX).text == "man"
    (kyiv,) = mark(doc, "Kyiv")
    Attribution()(doc)
    assert kyiv._.speaker.text == "A Kyiv man"
    rows[6:8] = [("in", "in", "ADP", "prep", 3), ("court", "court", "NOUN", "pobj", 6)]
    assert verb_subject(parsed(rows)[3], LEX) is None  # "a man admitted in court": no report


def test_a_gerund_subject_parsed_as_a_fronted_participle_is_what_is_said() -> None:
    # "Shelling hit Kherson , the governor said .": the model hangs "Shelling" on "said"
    # as a participle and "hit" below it; a finite verb there means a clause, not a scene
    rows = [
        ("Shelling", "shell", "VERB", "advcl", 6),
        ("hit", "hit", "VERB", "xcomp", 0),
        ("Kherson", "Kherson", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 6),
        ("the", "the", "DET", "det", 5),
        ("governor", "governor", "NOUN", "nsubj", 6),
        ("said", "say", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    doc = parsed(rows)
    doc[0].tag_, doc[1].tag_ = "VBG", "VBD"
    frame = Frame("verb", doc[6], doc[4:6], doc[4:6], doc[6])
    assert not in_setting(doc[2:3], frame)
    doc[1].tag_ = "VBN"  # "Speaking, accompanied ...": no finite verb, a scene
    assert in_setting(doc[2:3], frame)


def test_place_tokens_are_read_once_per_toponym_group() -> None:
    doc = spacy.blank("en")("Officials in Kyiv and Lviv said.")
    assert place_tokens(doc) == frozenset()
    doc.spans["toponyms"] = [doc[2:3]]
    first = place_tokens(doc)
    assert first == {2} and place_tokens(doc) is first
    doc.spans["toponyms"] = [doc[2:3], doc[4:5]]  # a new group is read again
    assert place_tokens(doc) == {2, 4}
