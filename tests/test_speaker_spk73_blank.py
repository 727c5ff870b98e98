"""Speaker rules of round 73 (issue 17, spk73), on ``spacy.blank("en")``.

A saying after a contrast ("X said …, but Y insisted that …") has its own speaker, even
where the parser hung it inside what X said. Hand-built parses, with controls.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _but(opener: str) -> list[Row]:
    """ "Harris said the bridge would reopen , <opener> Grant insisted that Leeds waits ." """
    return [
        ("Harris", "Harris", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("bridge", "bridge", "NOUN", "nsubj", 5),
        ("would", "would", "AUX", "aux", 5),
        ("reopen", "reopen", "VERB", "ccomp", 1),
        (",", ",", "PUNCT", "punct", 5),
        (opener, opener.lower(), "CCONJ", "cc", 5),
        ("Grant", "Grant", "PROPN", "nsubj", 9),
        ("insisted", "insist", "VERB", "ccomp", 1),
        ("that", "that", "SCONJ", "mark", 12),
        ("Leeds", "Leeds", "PROPN", "nsubj", 12),
        ("waits", "wait", "VERB", "ccomp", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]  # fmt: skip


_ENTS = ["B-PERSON"] + ["O"] * 7 + ["B-PERSON"] + ["O"] * 5


def test_a_saying_after_but_keeps_its_own_speaker() -> None:
    assert speaker_of(_but("but"), "Leeds", ents=_ENTS) == "Grant"  # was Harris


def test_a_saying_after_and_is_still_reported_by_the_first() -> None:
    # "Harris said the bridge would reopen, and Grant insisted …": no contrast, the
    # parse's nesting stands (the rule of round 50: the outer speaker reports it)
    assert speaker_of(_but("and"), "Leeds", ents=_ENTS) == "Harris"


def _titled(title: str) -> list[Row]:
    """ "<title> Vucic said Kosovo waits . Reed urged calm . The Serbian president said
    Pristina waits ." """
    return [
        (title, title.lower(), "PROPN", "compound", 1),
        ("Vucic", "Vucic", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("Kosovo", "Kosovo", "PROPN", "nsubj", 4),
        ("waits", "wait", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("Reed", "Reed", "PROPN", "nsubj", 7),
        ("urged", "urge", "VERB", "ROOT", 7),
        ("calm", "calm", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 7),
        ("The", "the", "DET", "det", 12),
        ("Serbian", "serbian", "ADJ", "amod", 12),
        ("president", "president", "NOUN", "nsubj", 13),
        ("said", "say", "VERB", "ROOT", 13),
        ("Pristina", "Pristina", "PROPN", "nsubj", 15),
        ("waits", "wait", "VERB", "ccomp", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]  # fmt: skip


_TITLED_ENTS = ["O", "B-PERSON", "O", "B-GPE", "O", "O", "B-PERSON"] + ["O"] * 10


def test_a_role_description_is_the_person_titled_with_it() -> None:
    rows = _titled("President")
    got = speaker_of(rows, "Pristina", starts=(0, 6, 10), ents=_TITLED_ENTS, tags={12: "NN"})
    assert got == "President Vucic"  # was Reed, the last person who spoke


def test_a_role_description_no_one_bears_takes_the_last_speaker_as_before() -> None:
    rows = _titled("Envoy")  # "Envoy Vucic": no president named
    got = speaker_of(rows, "Pristina", starts=(0, 6, 10), ents=_TITLED_ENTS, tags={12: "NN"})
    assert got == "Reed"
