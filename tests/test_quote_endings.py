"""A quotation ending in a full stop is not said by the next sentence's speaker.

Also when a quotation inside it closes after the stop (`… Kharkiv.’”`).  Real parser on
small articles (places marked by the test component of ``tests/test_attribution_model.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def test_a_nested_quotation_closing_after_the_stop_ends_the_sentence(nlp: Language) -> None:  # noqa: F811
    text = (
        "The reasoning was odd: \u201cthe resolution warns that \u2018more troops may "
        "move into Kharkiv.\u2019\u201d A civil liberties advocate said at the time that "
        "\u201cthe members played on fear.\u201d"
    )
    record = one(parse(nlp, text), "Kharkiv")._.source
    assert record is None or "advocate" not in record.name
