"""He and she, questions and consequences: what a pronoun or a verb of saying refers to.

A name the geoparse reads as a place is never he or she; the agent of a passive is a
subject for them; a question outside quotation marks has no speaker; a clause before a
consequence is not what the verb reports (issue 17).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row

_MET = [  # "Reporters are met by Petrova ."
    ("Reporters", "reporter", "NOUN", "nsubjpass", 2),
    ("are", "be", "AUX", "auxpass", 2),
    ("met", "meet", "VERB", "ROOT", 2),
    ("by", "by", "ADP", "agent", 2),
    ("Petrova", "Petrova", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 2),
]


def _shifted(rows: list[Row], offset: int) -> list[Row]:
    return [(w, lemma, pos, dep, head + offset) for w, lemma, pos, dep, head in rows]


def _she_says(offset: int) -> list[Row]:
    """ "Motte is safe , she says ." from token ``offset`` on."""
    rows = [
        ("Motte", "Motte", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ccomp", 5),
        ("safe", "safe", "ADJ", "acomp", 1),
        (",", ",", "PUNCT", "punct", 5),
        ("she", "she", "PRON", "nsubj", 5),
        ("says", "say", "VERB", "ROOT", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    return _shifted(rows, offset)


def test_a_name_the_geoparse_reads_as_a_place_is_never_he_or_she() -> None:
    # "Reporters are met by Petrova . Motte waits . Motte is safe , she says .": the
    # model tagged the first "Motte" PERSON; the second is a place mention
    waits = [("Motte", "Motte", "PROPN", "nsubj", 7), ("waits", "wait", "VERB", "ROOT", 7)]
    rows = [*_MET, *waits, (".", ".", "PUNCT", "punct", 7), *_she_says(9)]
    ents = ["O"] * 4 + ["B-PERSON", "O", "B-PERSON", "O", "O", "B-GPE"] + ["O"] * 6
    assert speaker_of(rows, 9, (0, 6, 9), ents) == "Petrova"
    # a person of that name stays one when the article names no place so
    ents = ["O"] * 4 + ["B-PERSON", "O", "B-PERSON"] + ["O"] * 9
    rows[9] = ("Lviv", "Lviv", "PROPN", "nsubj", 10)
    assert speaker_of(rows, 9, (0, 6, 9), ents) == "Motte"


def test_the_agent_of_a_passive_is_a_subject_for_he_or_she() -> None:
    # "Ivanov tourism grows . Reporters are met by Petrova . Motte is safe , she says ."
    grows = [
        ("Ivanov", "Ivanov", "PROPN", "compound", 1),
        ("tourism", "tourism", "NOUN", "nsubj", 2),
        ("grows", "grow", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    rows = [*grows, *_shifted(_MET, 4), *_she_says(10)]
    ents = ["B-PERSON"] + ["O"] * 7 + ["B-PERSON", "O", "B-GPE"] + ["O"] * 6
    assert speaker_of(rows, 10, (0, 4, 10), ents) == "Petrova"


def test_a_question_outside_quotation_marks_has_no_speaker() -> None:
    # "Moscow spoke . Is it fair to say Kyiv fell ?": an interviewer's question, not the
    # claim of whatever "it" would refer back to
    rows = [
        ("Moscow", "Moscow", "PROPN", "nsubj", 1),
        ("spoke", "speak", "VERB", "ROOT", 1),
        (".", ".", "PUNCT", "punct", 1),
        ("Is", "be", "AUX", "ROOT", 3),
        ("it", "it", "PRON", "nsubj", 3),
        ("fair", "fair", "ADJ", "acomp", 3),
        ("to", "to", "PART", "aux", 7),
        ("say", "say", "VERB", "xcomp", 3),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 9),
        ("fell", "fall", "VERB", "ccomp", 7),
        ("?", "?", "PUNCT", "punct", 3),
    ]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O"]
    assert speaker_of(rows, 8, (0, 3), ents) is None
    # a quoted question is still said: "“ Is Kyiv safe ? ” Petrov asked ."
    rows = [
        ("“", "“", "PUNCT", "punct", 7),
        ("Is", "be", "AUX", "ccomp", 7),
        ("Kyiv", "Kyiv", "PROPN", "nsubj", 1),
        ("safe", "safe", "ADJ", "acomp", 1),
        ("?", "?", "PUNCT", "punct", 1),
        ("”", "”", "PUNCT", "punct", 7),
        ("Petrov", "Petrov", "PROPN", "nsubj", 7),
        ("asked", "ask", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "B-PERSON", "O", "O"]
    assert speaker_of(rows, 2, (0,), ents) == "Petrov"


def _so_found(connective: list[Row]) -> list[Row]:
    """ "Prices rose in Kyiv , <connective> the fan found he was weak ." """
    n = len(connective)
    found = 7 + n
    rows: list[Row] = [
        ("Prices", "price", "NOUN", "nsubj", 1),
        ("rose", "rise", "VERB", "ccomp", found),
        ("in", "in", "ADP", "prep", 1),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", found),
        *[(w, lemma, pos, dep, found) for w, lemma, pos, dep, _ in connective],
        ("the", "the", "DET", "det", 6 + n),
        ("fan", "fan", "NOUN", "nsubj", found),
        ("found", "find", "VERB", "ROOT", found),
        ("he", "he", "PRON", "nsubj", found + 2),
        ("was", "be", "AUX", "ccomp", found),
        ("weak", "weak", "ADJ", "acomp", found + 2),
        (".", ".", "PUNCT", "punct", found),
    ]
    return rows


def _kyiv(rows: list[Row]) -> list[str]:
    return ["O"] * 3 + ["B-GPE"] + ["O"] * (len(rows) - 4)


def test_a_clause_before_a_consequence_is_not_what_the_verb_reports() -> None:
    # "Prices rose in Kyiv , so the fan found he was weak ."
    so = [("so", "so", "ADV", "advmod", 0)]
    rows = _so_found(so)
    assert speaker_of(rows, 3, (0,), _kyiv(rows)) is None
    # "Prices rose in Kyiv , or so the fan found ...": "or so" reports
    rows = _so_found([("or", "or", "CCONJ", "cc", 0), *so])
    assert speaker_of(rows, 3, (0,), _kyiv(rows)) == "the fan"
    # "Prices rose in Kyiv , the fan found he was weak .": a fronted clause is reported
    rows = _so_found([])
    assert speaker_of(rows, 3, (0,), _kyiv(rows)) == "the fan"
