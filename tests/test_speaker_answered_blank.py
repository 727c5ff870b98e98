"""A speech noun a speaker of the sentence answers is not the sentence's source (user69b A8).

"Pakistan rejects India's statement on Kashmir" gave Kashmir's claim to India, shown as
"rejects India's statement — India": the sentence is Pakistan's, who speaks in it.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _rows(verb: tuple[str, str, str]) -> list[Row]:
    """ "Russia VERB Ukraine 's claims about Kupiansk ." as parsed."""
    return [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        (*verb, "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("claims", "claim", "NOUN", "dobj", 1),
        ("about", "about", "ADP", "prep", 4),
        ("Kupiansk", "Kupiansk", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


ENTS = ["B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"]


def test_a_denied_claim_s_place_is_the_denier_s() -> None:
    assert speaker_of(_rows(("denied", "deny", "VERB")), "Kupiansk", ents=ENTS) == "Russia"


def test_a_claim_reported_not_answered_keeps_its_own_source() -> None:
    # "Russia ignored Ukraine's claims …": not a verb of saying: the claims' source
    assert speaker_of(_rows(("ignored", "ignore", "VERB")), "Kupiansk", ents=ENTS) == "Ukraine"
