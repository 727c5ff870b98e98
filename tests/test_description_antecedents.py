"""A definite description of a person ("the Kharkiv surgeon") names someone already in the story.

Real parser on small articles (places marked by the test component of
``tests/test_attribution_model.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def _name(nlp: Language, text: str, place: str) -> str | None:  # noqa: F811
    record = one(parse(nlp, text), place)._.source
    return None if record is None else record.name


def test_a_description_takes_the_person_the_story_was_about(nlp: Language) -> None:  # noqa: F811
    text = (
        "Dr. Barry Lycka isn't surprised people aren't giving up their treatments. "
        "\u201cFive patients cancelled surgery in Lviv,\u201d says the Kharkiv cosmetic surgeon."
    )
    name = _name(nlp, text, "Lviv")
    assert name is not None and name.endswith("Barry Lycka")


def test_a_description_of_the_other_sex_takes_no_one(nlp: Language) -> None:  # noqa: F811
    text = (
        "Mr. Barry Lycka isn't surprised people aren't giving up their treatments. "
        "\u201cFive patients cancelled surgery in Lviv,\u201d says the Kharkiv businesswoman."
    )
    assert _name(nlp, text, "Lviv") != "Barry Lycka"
