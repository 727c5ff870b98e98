"""An apposition in commas the parser made the subject of a verb of saying is no speaker.

"Witnesses in Aden, the seat of the government, said …": the small model may make
"seat" the subject of "said" and "Witnesses" a second subject or an adverbial clause
(geomap.claims.misplaced_subjects.apposition_as_subject). Hand-built parses on
``spacy.blank``.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _witnesses(first_dep: str, noun: str = "Witnesses", lemma: str = "witness") -> list[Row]:
    """ "NOUN in Aden , the seat of the government , said they heard blasts ." """
    return [
        (noun, lemma, "NOUN", first_dep, 10),
        ("in", "in", "ADP", "prep", 0),
        ("Aden", "Aden", "PROPN", "pobj", 1),
        (",", ",", "PUNCT", "punct", 10),
        ("the", "the", "DET", "det", 5),
        ("seat", "seat", "NOUN", "nsubj", 10),
        ("of", "of", "ADP", "prep", 5),
        ("the", "the", "DET", "det", 8),
        ("government", "government", "NOUN", "pobj", 6),
        (",", ",", "PUNCT", "punct", 5),
        ("said", "say", "VERB", "ROOT", 10),
        ("they", "they", "PRON", "nsubj", 12),
        ("heard", "hear", "VERB", "ccomp", 10),
        ("blasts", "blast", "NOUN", "dobj", 12),
        (".", ".", "PUNCT", "punct", 10),
    ]


def test_the_phrase_before_an_apposition_made_subject_speaks() -> None:
    for dep in ("nsubj", "advcl"):  # a second subject, or a clause
        speaker = speaker_of(_witnesses(dep), "Aden")
        assert speaker is not None and speaker.startswith("Witnesses"), (dep, speaker)


def test_a_word_of_time_before_the_apposition_does_not_speak() -> None:
    # "Monday in Aden, the seat of the government, said": no time word speaks, and the
    # rule gives nothing, so the parser's subject stands
    speaker = speaker_of(_witnesses("npadvmod", "Monday", "monday"), "Aden")
    assert speaker is None or not speaker.startswith("Monday")


def test_a_name_right_before_the_comma_is_no_phrase_that_holds_it() -> None:
    # "AMMAN , Haddad , a surgeon , said …" parsed with two subjects: the dateline's
    # name is no head of a phrase ending in the described word, so the rule gives nothing
    rows: list[Row] = [
        ("AMMAN", "AMMAN", "PROPN", "nsubj", 7),
        (",", ",", "PUNCT", "punct", 7),
        ("Haddad", "Haddad", "PROPN", "nsubj", 7),
        (",", ",", "PUNCT", "punct", 2),
        ("a", "a", "DET", "det", 5),
        ("surgeon", "surgeon", "NOUN", "appos", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("said", "say", "VERB", "ROOT", 7),
        ("Idlib", "Idlib", "PROPN", "nsubj", 10),
        ("was", "be", "AUX", "auxpass", 10),
        ("hit", "hit", "VERB", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    speaker = speaker_of(rows, "Idlib", ents=["B-GPE", "O", "B-PERSON"] + ["O"] * 9)
    assert speaker != "AMMAN"
