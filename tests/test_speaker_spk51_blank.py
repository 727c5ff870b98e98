"""Attribution structures from ``bench/speakers_fresh51.jsonl``'s tuned half (issue 17, spk51).

"X said by telephone that …": an active verb of saying with a subject takes no speaker from
its "by" phrase (the means, not an agent); a passive keeps its agent.  Hand-built parses on
``spacy.blank``.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _by_telephone(subject: str) -> list[Row]:
    """ "A commander , SUBJECT , said by telephone that fighters held Gondar ." """
    return [
        ("A", "a", "DET", "det", 1),
        ("commander", "commander", "NOUN", "nsubj", 5),
        (",", ",", "PUNCT", "punct", 1),
        (subject, subject, "PROPN", "appos", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("said", "say", "VERB", "ROOT", 5),
        ("by", "by", "ADP", "agent", 5),
        ("telephone", "telephone", "NOUN", "pobj", 6),
        ("that", "that", "SCONJ", "mark", 11),
        ("fighters", "fighter", "NOUN", "nsubj", 11),
        ("held", "hold", "VERB", "ccomp", 5),
        ("Gondar", "Gondar", "PROPN", "dobj", 10),
        (".", ".", "PUNCT", "punct", 5),
    ]


def test_said_by_telephone_is_the_subjects_not_the_telephones() -> None:
    rows = _by_telephone("Kassie")
    speaker = speaker_of(rows, "Gondar", ents=["O", "O", "O", "B-PERSON"] + ["O"] * 9)
    assert speaker is not None and "telephone" not in speaker
    assert "Kassie" in speaker or "commander" in speaker


# "Gondar was reported by the ministry to be calm ." : a passive keeps its agent
_PASSIVE: list[Row] = [
    ("Gondar", "Gondar", "PROPN", "nsubjpass", 2),
    ("was", "be", "AUX", "auxpass", 2),
    ("reported", "report", "VERB", "ROOT", 2),
    ("by", "by", "ADP", "agent", 2),
    ("the", "the", "DET", "det", 5),
    ("ministry", "ministry", "NOUN", "pobj", 3),
    ("to", "to", "PART", "aux", 7),
    ("be", "be", "AUX", "xcomp", 2),
    ("calm", "calm", "ADJ", "acomp", 7),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_passive_verb_of_saying_keeps_its_agent() -> None:
    speaker = speaker_of(_PASSIVE, "Gondar", tags={2: "VBN"})
    assert speaker is not None and speaker.endswith("ministry")
