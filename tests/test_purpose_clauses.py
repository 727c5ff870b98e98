"""Who speaks in "X used the speech to warn that …": X, not what X used.

Real parser on small articles (places marked by the test component of
``tests/test_attribution_model.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def _name(nlp: Language, text: str) -> str | None:  # noqa: F811
    record = one(parse(nlp, text), "Kharkiv")._.source
    return None if record is None else record.name


def test_the_user_of_an_occasion_speaks(nlp: Language) -> None:  # noqa: F811
    assert _name(nlp, "The minister used the speech to warn that Kharkiv could fall.") == (
        "The minister"
    )


def test_the_object_challenged_to_speak_speaks(nlp: Language) -> None:  # noqa: F811
    text = "The mayor challenged the council to say whether Kharkiv was safe."
    assert _name(nlp, text) == "the council"
