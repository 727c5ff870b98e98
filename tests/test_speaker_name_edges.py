"""Where a speaker's name starts (issue 17): first names are no titles, titles no names,
and a body noun before a name tells the name's kind.

Hand-built parses on a blank pipeline for the edge itself; the real model for whole
records (name, role, kind).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from geomap.claims.name_edges import first_name_start, title_word
from tests.test_attribution_blank import parsed
from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)


def _cut_person(first: str) -> int:
    """Where the name starts when the model tagged only the surname of "<first> Lenko said"."""
    rows = [
        (first, first, "PROPN", "compound", 1),
        ("Lenko", "Lenko", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = parsed(rows, ents=["O", "B-PERSON", "O", "O"])
    return first_name_start(doc, 1, 2, 0, frozenset())


@pytest.mark.parametrize("first", ["Victor", "Christian", "Oliver", "Vincent", "Herman", "Osman"])
def test_a_first_name_with_an_agent_s_ending_is_part_of_the_name(first: str) -> None:
    assert _cut_person(first) == 0


@pytest.mark.parametrize(
    "title", ["Detective", "Investigator", "Comptroller", "Virologist", "Marshal", "Resident"]
)
def test_a_title_word_before_a_cut_name_stays_out_of_it(title: str) -> None:
    assert _cut_person(title) == 1


def test_title_words_by_list_and_by_ending() -> None:
    doc = parsed([(w, w.lower(), "PROPN", "ROOT", 0) for w in ("Capt.",)])
    assert title_word(doc[0])
    for text in ("Superintendent", "Librarian", "Spokesman", "Executive", "Congressman"):
        assert title_word(parsed([(text, text.lower(), "PROPN", "ROOT", 0)])[0]), text
    for text in ("Christian", "Victor", "Mary", "Brian", "Laurent"):
        assert not title_word(parsed([(text, text, "PROPN", "ROOT", 0)])[0]), text


def _record(nlp: Language, text: str) -> tuple[str, str, str] | None:  # noqa: F811
    record = one(parse(nlp, text), "Lviv")._.source
    return None if record is None else (record.name, record.role, record.kind)


@pytest.mark.model
def test_a_title_the_model_joined_to_a_name_is_its_role(nlp: Language) -> None:  # noqa: F811
    text = "Virologist Christian Drosten said the virus had reached Lviv."
    assert _record(nlp, text) == ("Christian Drosten", "Virologist", "person")
    text = "Doctor Jim Robertson said the samples from Lviv were clean."
    assert _record(nlp, text) == ("Jim Robertson", "Doctor", "person")
    text = "Christian Drosten said the virus had reached Lviv."
    assert _record(nlp, text) == ("Christian Drosten", "", "person")


@pytest.mark.model
def test_a_name_inside_its_phrase_is_not_part_of_its_role(nlp: Language) -> None:  # noqa: F811
    text = "Professor Victor Lenko of Kyiv University said the virus had reached Lviv."
    assert _record(nlp, text) == ("Victor Lenko", "Professor, of Kyiv University", "person")
    text = "Polish President Anna Nowak Saturday said the virus had reached Lviv."
    assert _record(nlp, text) == ("Anna Nowak", "Polish President", "person")  # no "Saturday"
    text = "A Kremlin spokesman said the virus had reached Lviv."  # a name in the role
    assert _record(nlp, text) == ("Kremlin", "A Kremlin spokesman", "government")


@pytest.mark.model
def test_a_body_noun_before_a_name_gives_the_body(nlp: Language) -> None:  # noqa: F811
    text = "The insurer Aviva said claims from Lviv had doubled."
    assert _record(nlp, text) == ("Aviva", "The insurer", "organisation")
    text = "The retailer Zara said its shops in Lviv would reopen."
    assert _record(nlp, text) == ("Zara", "The retailer", "organisation")
    text = "TV channel producer Daria Zhuk said the crew had reached Lviv."
    assert _record(nlp, text) == ("Daria Zhuk", "TV channel producer", "person")
