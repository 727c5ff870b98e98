"""Attribution structures from ``bench/speakers_fresh51.jsonl``'s tuned half (issue 17, spk51).

"X said by telephone that …": an active verb of saying with a subject takes no speaker from
its "by" phrase (the means, not an agent); a passive keeps its agent.  "Detectives from
Parramatta allege the man stole …" (fresh49's tuned half) with "allege" read as a noun and
"stole" given two subjects: the first subject speaks.  "…, continued GTM Research, which
added" with "continued" an adjective of the name (``speakers_gold`` dev): the name speaks.
Hand-built parses on ``spacy.blank``.
"""

from __future__ import annotations

from geomap.claims.opening_sayings import adjective_saying, opening_saying
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed


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


def _allege(second_dep: str) -> list[Row]:
    """ "Detectives from Parramatta allege the man stole medicines in Blacktown ." misparsed:
    "allege" a noun under "from", and "the man" (``second_dep``) under "stole"."""
    return [
        ("Detectives", "detective", "NOUN", "nsubj", 6),
        ("from", "from", "ADP", "prep", 0),
        ("Parramatta", "Parramatta", "PROPN", "compound", 3),
        ("allege", "allege", "NOUN", "pobj", 1),
        ("the", "the", "DET", "det", 5),
        ("man", "man", "NOUN", second_dep, 6),
        ("stole", "steal", "VERB", "ROOT", 6),
        ("medicines", "medicine", "NOUN", "dobj", 6),
        ("in", "in", "ADP", "prep", 6),
        ("Blacktown", "Blacktown", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 6),
    ]


def test_a_saying_read_as_a_noun_before_a_second_subject_speaks_for_the_verb() -> None:
    speaker = speaker_of(_allege("nsubj"), "Blacktown", tags={6: "VBD"})
    assert speaker is not None and speaker.startswith("Detectives") and "allege" not in speaker


def test_a_noun_of_saying_in_the_only_subject_is_no_verb() -> None:
    doc = parsed(_allege("dobj"))
    assert opening_saying(doc[3]) is None
    assert opening_saying(parsed(_allege("nsubj"))[3]) is not None


# "Soldier killed in Gondar confirmed dead by the ministry ." : a headline's passive, with the
# parser's subject, keeps its agent when the agent can speak
_HEADLINE: list[Row] = [
    ("Soldier", "soldier", "NOUN", "nsubj", 4),
    ("killed", "kill", "VERB", "acl", 0),
    ("in", "in", "ADP", "prep", 1),
    ("Gondar", "Gondar", "PROPN", "pobj", 2),
    ("confirmed", "confirm", "VERB", "ROOT", 4),
    ("dead", "dead", "ADJ", "oprd", 4),
    ("by", "by", "ADP", "agent", 4),
    ("the", "the", "DET", "det", 8),
    ("ministry", "ministry", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 4),
]


def test_a_subject_and_an_agent_that_can_speak_keep_the_agent() -> None:
    speaker = speaker_of(_HEADLINE, "Gondar", tags={4: "VBD"})
    assert speaker is not None and speaker.endswith("ministry")


def _continued(before: str) -> list[Row]:
    """ "Shipments in Europe grew BEFORE continued GTM Research ." with "continued" made an
    adjective of "Research" (``speakers_gold`` dev)."""
    return [
        ("Shipments", "shipment", "NOUN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 0),
        ("Europe", "Europe", "PROPN", "pobj", 1),
        ("grew", "grow", "VERB", "ROOT", 3),
        (before, before, "PUNCT" if before == "," else "ADV", "punct", 3),
        ("continued", "continue", "VERB", "amod", 7),
        ("GTM", "GTM", "PROPN", "compound", 7),
        ("Research", "Research", "PROPN", "appos", 0),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_a_saying_read_as_an_adjective_of_the_name_after_a_comma_is_that_names() -> None:
    ents = ["O", "O", "B-LOC", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    speaker = speaker_of(_continued(","), "Europe", ents=ents, tags={5: "VBD"})
    assert speaker is not None and speaker.endswith("Research")


def test_an_adjective_of_saying_without_the_comma_is_no_saying() -> None:
    doc = parsed(_continued("then"))
    doc[5].tag_ = "VBD"
    assert adjective_saying(doc[5]) is None
    doc = parsed(_continued(","))
    doc[5].tag_ = "VBD"
    found = adjective_saying(doc[5])
    assert found is not None and found.i == 7
