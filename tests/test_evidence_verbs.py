"""What a document or data "shows", "finds" or "highlights" is its claim, even with a plain object.

Real parser on small articles (places marked by the test component of
``tests/test_attribution_model.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp, source_of  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def test_a_report_highlights_what_it_reports(nlp: Language) -> None:  # noqa: F811
    who = source_of(nlp, "The report highlighted graffiti in Lviv.")
    assert who == ("The report", "document", "highlight")


def test_a_person_or_a_thing_highlighting_an_object_reports_nothing(nlp: Language) -> None:  # noqa: F811
    assert source_of(nlp, "The minister highlighted the importance of the bridge in Lviv.") is None
    assert source_of(nlp, "The visit highlighted the bridge in Lviv.") is None
