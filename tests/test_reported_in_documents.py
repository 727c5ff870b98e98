"""A passive verb of saying without agent speaks for the document it was said "in".

"The attack was described in a United Nations report on Kharkiv": the report.
Real parser on small articles (places marked by the test component of
``tests/test_attribution_model.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def _who(nlp: Language, text: str) -> tuple[str, str] | None:  # noqa: F811
    record = one(parse(nlp, text), "Kharkiv")._.source
    return None if record is None else (record.name, record.kind)


def test_described_in_a_report(nlp: Language) -> None:  # noqa: F811
    text = "The attack was described in a United Nations report on Kharkiv."
    assert _who(nlp, text) == ("a United Nations report", "document")


def test_not_mentioned_or_found_in_something_is_no_saying(nlp: Language) -> None:  # noqa: F811
    assert _who(nlp, "Kharkiv was not mentioned in the report.") is None
    assert _who(nlp, "The bodies were found in a field near Kharkiv.") is None
