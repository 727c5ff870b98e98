"""Constructions of saying: "as X reported", conditions, speech nouns, counts, semicolons.

"As X reported" attributes the clause it modifies and keeps its own scene; a saying
only supposed on a condition, or a speech noun naming an event, reports nothing; a bare
or counted plural refers back to the group that spoke; verb phrases after semicolons
share the first subject; a quoted or capitalised name is a work's title (issue 17).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed


def _would_call(condition: bool) -> list[Row]:
    """ "[If rents rise ,] economists would call Gilgit a failure ." """
    rows: list[Row] = [
        ("If", "if", "SCONJ", "mark", 2),
        ("rents", "rent", "NOUN", "nsubj", 2),
        ("rise", "rise", "VERB", "advcl", 6),
        (",", ",", "PUNCT", "punct", 6),
    ]
    rows = rows if condition else []
    at = len(rows)
    return [
        *rows,
        ("economists", "economist", "NOUN", "nsubj", at + 2),
        ("would", "would", "AUX", "aux", at + 2),
        ("call", "call", "VERB", "ROOT", at + 2),
        ("Gilgit", "Gilgit", "PROPN", "dobj", at + 2),
        ("a", "a", "DET", "det", at + 5),
        ("failure", "failure", "NOUN", "oprd", at + 2),
        (".", ".", "PUNCT", "punct", at + 2),
    ]


def test_a_saying_only_supposed_on_a_condition_has_no_speaker() -> None:
    assert speaker_of(_would_call(condition=True), 7) is None
    assert speaker_of(_would_call(condition=False), 3) == "economists"


# "As the ministry reported , the statue was cast in Prague ."
_AS_REPORTED = [
    ("As", "as", "SCONJ", "mark", 3),
    ("the", "the", "DET", "det", 2),
    ("ministry", "ministry", "NOUN", "nsubj", 3),
    ("reported", "report", "VERB", "advcl", 8),
    (",", ",", "PUNCT", "punct", 8),
    ("the", "the", "DET", "det", 6),
    ("statue", "statue", "NOUN", "nsubjpass", 8),
    ("was", "be", "AUX", "auxpass", 8),
    ("cast", "cast", "VERB", "ROOT", 8),
    ("in", "in", "ADP", "prep", 8),
    ("Prague", "Prague", "PROPN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 8),
]


def test_as_x_reported_attributes_the_clause_it_modifies() -> None:
    assert speaker_of(_AS_REPORTED, 10) == "the ministry"


def test_a_speech_noun_naming_an_event_reports_nothing() -> None:
    # "The evening witnessed a speech by the Oman mayor Ali ."
    witnessed: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("evening", "evening", "NOUN", "nsubj", 2),
        ("witnessed", "witness", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4),
        ("speech", "speech", "NOUN", "dobj", 2),
        ("by", "by", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 9),
        ("Oman", "Oman", "PROPN", "compound", 9),
        ("mayor", "mayor", "NOUN", "compound", 9),
        ("Ali", "Ali", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert speaker_of(witnessed, 7) is None
    # a speech noun with a topic reports: "Ali 's claims about Oman stunned Kyiv ."
    claims: list[Row] = [
        ("Ali", "Ali", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("claims", "claim", "NOUN", "dobj", 6),
        ("about", "about", "ADP", "prep", 2),
        ("Oman", "Oman", "PROPN", "pobj", 3),
        ("stunned", "stun", "VERB", "amod", 6),
        ("Kyiv", "Kyiv", "PROPN", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    assert speaker_of(claims, 4) == "Ali"


def test_a_bare_count_refers_back_to_the_group_that_spoke() -> None:
    # "Officials said Kherson fell . All three indicate Lviv stands ."
    rows: list[Row] = [
        ("Officials", "official", "NOUN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Kherson", "Kherson", "PROPN", "nsubj", 3),
        ("fell", "fall", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
        ("All", "all", "DET", "det", 6),
        ("three", "three", "NUM", "nsubj", 7),
        ("indicate", "indicate", "VERB", "ROOT", 7),
        ("Lviv", "Lviv", "PROPN", "nsubj", 9),
        ("stands", "stand", "VERB", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    assert speaker_of(rows, 8, starts=(0, 5)) == "Officials"


def test_a_capitalised_verb_of_saying_in_running_prose_is_a_word_of_a_title() -> None:
    # "Simon Says is playing at the Kyiv Opera this week ." (a show), parsed as saying
    rows: list[Row] = [
        ("Simon", "Simon", "PROPN", "nsubj", 1),
        ("Says", "say", "VERB", "ROOT", 1),
        ("is", "be", "AUX", "aux", 3),
        ("playing", "play", "VERB", "ccomp", 1),
        ("at", "at", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("Kyiv", "Kyiv", "PROPN", "compound", 7),
        ("Opera", "Opera", "PROPN", "pobj", 4),
        ("this", "this", "DET", "det", 9),
        ("week", "week", "NOUN", "npadvmod", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(rows, 6) is None
    # a headline in title case keeps its verb: "Petrenko Says Kharkiv Stands"
    headline: list[Row] = [
        ("Petrenko", "Petrenko", "PROPN", "nsubj", 1),
        ("Says", "say", "VERB", "ROOT", 1),
        ("Kharkiv", "Kharkiv", "PROPN", "nsubj", 3),
        ("Stands", "stand", "VERB", "ccomp", 1),
    ]
    assert speaker_of(headline, 2) == "Petrenko"


def test_a_series_of_verb_phrases_after_semicolons_shares_the_first_subject() -> None:
    # "Researchers in Oslo mapped genes ; correlated traits ; and found that Kenya leads ."
    # parsed with the first phrase as the complement of "correlated"
    rows: list[Row] = [
        ("Researchers", "researcher", "NOUN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 0),
        ("Oslo", "Oslo", "PROPN", "pobj", 1),
        ("mapped", "map", "VERB", "ccomp", 6),
        ("genes", "gene", "NOUN", "dobj", 3),
        (";", ";", "PUNCT", "punct", 6),
        ("correlated", "correlate", "VERB", "ROOT", 6),
        ("traits", "trait", "NOUN", "dobj", 6),
        (";", ";", "PUNCT", "punct", 6),
        ("and", "and", "CCONJ", "cc", 6),
        ("found", "find", "VERB", "conj", 6),
        ("that", "that", "SCONJ", "mark", 13),
        ("Kenya", "Kenya", "PROPN", "nsubj", 13),
        ("leads", "lead", "VERB", "ccomp", 10),
        (".", ".", "PUNCT", "punct", 6),
    ]
    assert speaker_of(rows, 12) == "Researchers in Oslo"


def test_a_speaker_named_in_quotation_marks_is_a_work_a_document() -> None:
    # "“ The Road to Lviv ” , a book , argues that Kyiv fell ."
    rows: list[Row] = [
        ("“", "“", "PUNCT", "punct", 2),
        ("The", "the", "DET", "det", 2),
        ("Road", "Road", "PROPN", "nsubj", 10),
        ("to", "to", "ADP", "prep", 2),
        ("Lviv", "Lviv", "PROPN", "pobj", 3),
        ("”", "”", "PUNCT", "punct", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("a", "a", "DET", "det", 8),
        ("book", "book", "NOUN", "appos", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("argues", "argue", "VERB", "ROOT", 10),
        ("that", "that", "SCONJ", "mark", 13),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 13),
        ("fell", "fall", "VERB", "ccomp", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    doc = parsed(rows)
    span = doc[12:13]
    span.label_ = "GPE"
    doc.spans["toponyms"] = [span]
    Attribution()(doc)
    assert span._.source is not None
    assert span._.source.name == "The Road to Lviv"
    assert span._.source.kind == "document"


def test_as_x_said_keeps_the_scene_of_its_own_saying() -> None:
    # "As the ministry said in Kyiv , the statue was cast in Prague ."
    rows = [*_AS_REPORTED[:3], ("said", "say", "VERB", "advcl", 10)]
    rows += [("in", "in", "ADP", "prep", 3), ("Kyiv", "Kyiv", "PROPN", "pobj", 4)]
    rows += [(w, lemma, pos, dep, head + 2) for w, lemma, pos, dep, head in _AS_REPORTED[4:]]
    assert speaker_of(rows, 5) is None  # where the ministry said it
    assert speaker_of(rows, 12) == "the ministry"


def test_a_counted_plural_refers_back_to_the_group_named_by_its_members() -> None:
    # "The ministry and the army reported Kherson fell . Both agencies say Lviv stands ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("ministry", "ministry", "NOUN", "nsubj", 5),
        ("and", "and", "CCONJ", "cc", 1),
        ("the", "the", "DET", "det", 4),
        ("army", "army", "NOUN", "conj", 1),
        ("reported", "report", "VERB", "ROOT", 5),
        ("Kherson", "Kherson", "PROPN", "nsubj", 7),
        ("fell", "fall", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5),
        ("Both", "both", "DET", "det", 10),
        ("agencies", "agency", "NOUN", "nsubj", 11),
        ("say", "say", "VERB", "ROOT", 11),
        ("Lviv", "Lviv", "PROPN", "nsubj", 13),
        ("stands", "stand", "VERB", "ccomp", 11),
        (".", ".", "PUNCT", "punct", 11),
    ]
    assert speaker_of(rows, 12, starts=(0, 9)) == "The ministry and the army"
