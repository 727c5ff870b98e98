"""A generic body noun refers back to the named body; a possessor is no one's title (issue 17).

"Vattenfall said … . The company said … Aalborg …": "the company" is Vattenfall;
"Berg, the agency's spokeswoman, said … . The agency said …": the agency is not Berg.

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _second(subject: list[Row], ents: list[str], noun: str) -> tuple[list[Row], list[str]]:
    """ "<subject> said Skagen grew . The <noun> said Aalborg grew ." """
    n = len(subject)
    rows = [
        *subject,
        ("said", "say", "VERB", "ROOT", n),
        ("Skagen", "Skagen", "PROPN", "nsubj", n + 2),
        ("grew", "grow", "VERB", "ccomp", n),
        (".", ".", "PUNCT", "punct", n),
        ("The", "the", "DET", "det", n + 5),
        (noun, noun, "NOUN", "nsubj", n + 6),
        ("said", "say", "VERB", "ROOT", n + 6),
        ("Aalborg", "Aalborg", "PROPN", "nsubj", n + 8),
        ("grew", "grow", "VERB", "ccomp", n + 6),
        (".", ".", "PUNCT", "punct", n + 6),
    ]
    return rows, [*ents, "O", "B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O", "O"]


_VATTENFALL: list[Row] = [("Vattenfall", "Vattenfall", "PROPN", "nsubj", 1)]


def test_the_company_is_the_organisation_that_spoke_before() -> None:
    rows, ents = _second(_VATTENFALL, ["B-ORG"], "company")
    assert speaker_of(rows, "Aalborg", starts=(0, 5), ents=ents) == "Vattenfall"


def test_a_noun_for_no_body_does_not_take_it() -> None:
    rows, ents = _second(_VATTENFALL, ["B-ORG"], "witness")
    assert speaker_of(rows, "Aalborg", starts=(0, 5), ents=ents) == "The witness"


# "Berg , the agency 's spokeswoman ," before "said"
_BERG: list[Row] = [
    ("Berg", "Berg", "PROPN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 0),
    ("the", "the", "DET", "det", 3),
    ("agency", "agency", "NOUN", "poss", 5),
    ("'s", "'s", "PART", "case", 3),
    ("spokeswoman", "spokeswoman", "NOUN", "appos", 0),
    (",", ",", "PUNCT", "punct", 0),
]


def test_a_body_named_as_the_possessor_of_a_role_is_not_that_person() -> None:
    rows, ents = _second(_BERG, ["B-PERSON", "O", "O", "O", "O", "O", "O"], "agency")
    assert speaker_of(rows, "Aalborg", starts=(0, 11), ents=ents) == "The agency"


def test_the_role_itself_still_names_the_person() -> None:
    rows, ents = _second(_BERG, ["B-PERSON", "O", "O", "O", "O", "O", "O"], "spokeswoman")
    assert speaker_of(rows, "Aalborg", starts=(0, 11), ents=ents) != "The spokeswoman"


def _shares(head: str, lemma: str) -> list[Row]:
    """ "<head> in Ryanair fell . The airline said Aalborg grew ." """
    return [
        (head, lemma, "NOUN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 0),
        ("Ryanair", "Ryanair", "PROPN", "pobj", 1),
        ("fell", "fall", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
        ("The", "the", "DET", "det", 6),
        ("airline", "airline", "NOUN", "nsubj", 7),
        ("said", "say", "VERB", "ROOT", 7),
        ("Aalborg", "Aalborg", "PROPN", "nsubj", 9),
        ("grew", "grow", "VERB", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]


_SHARES_ENTS = ["O", "O", "B-ORG", "O", "O", "O", "O", "O", "B-GPE", "O", "O"]


def test_the_airline_is_the_body_the_story_is_about() -> None:
    rows = _shares("Shares", "share")
    assert speaker_of(rows, "Aalborg", starts=(0, 5), ents=_SHARES_ENTS) == "Ryanair"


def test_the_airline_is_not_the_employer_of_people_named_before() -> None:
    rows = _shares("Analysts", "analyst")
    assert speaker_of(rows, "Aalborg", starts=(0, 5), ents=_SHARES_ENTS) == "The airline"


def test_the_company_is_the_body_a_spokesperson_spoke_for() -> None:
    spokesperson: list[Row] = [
        ("A", "a", "DET", "det", 1),
        ("spokesperson", "spokesperson", "NOUN", "nsubj", 4),
        ("for", "for", "ADP", "prep", 1),
        ("Vattenfall", "Vattenfall", "PROPN", "pobj", 2),
    ]
    rows, ents = _second(spokesperson, ["O", "O", "O", "B-ORG"], "company")
    assert speaker_of(rows, "Aalborg", starts=(0, 8), ents=ents) == "Vattenfall"


# "The UN office said Skagen grew . The company said Aalborg grew ."
_OFFICE: list[Row] = [
    ("The", "the", "DET", "det", 2),
    ("UN", "UN", "PROPN", "compound", 2),
    ("office", "office", "NOUN", "nsubj", 3),
]


def test_a_body_headed_by_another_noun_is_not_the_company() -> None:
    # round 73 (fx73s): "the company" of a Tesla paragraph was a UN office named before
    rows, ents = _second(_OFFICE, ["O", "B-ORG", "O"], "company")
    assert speaker_of(rows, "Aalborg", starts=(0, 8), ents=ents) != "The UN office"
    rows, ents = _second(_OFFICE, ["O", "B-ORG", "O"], "office")
    assert speaker_of(rows, "Aalborg", starts=(0, 8), ents=ents) == "The UN office"
