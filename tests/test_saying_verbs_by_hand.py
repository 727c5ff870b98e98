"""Verbs of saying added by hand (``lexicon.HAND_VERBS``): they report a clause, not an object.

Real parser on small articles (places marked by the test component of
``tests/test_attribution_model.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp, source_of  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def test_a_forecast_with_a_clause_is_a_claim(nlp: Language) -> None:  # noqa: F811
    who = source_of(nlp, "Analysts forecast that prices in Lviv will rise next year.")
    assert who == ("Analysts", "anonymous", "forecast")


def test_a_projection_and_a_concession_are_claims(nlp: Language) -> None:  # noqa: F811
    assert source_of(nlp, "The ministry projects that the economy of Lviv will grow.") == (
        "The ministry", "government", "project"
    )  # fmt: skip
    assert source_of(nlp, "The minister conceded that the harbour in Lviv was damaged.") is not None


def test_a_document_documents_what_it_claims(nlp: Language) -> None:  # noqa: F811
    assert source_of(nlp, "The report documents abuses in Lviv.") == (
        "The report", "document", "document"
    )  # fmt: skip


def test_a_plain_object_of_a_person_is_no_claim(nlp: Language) -> None:  # noqa: F811
    assert source_of(nlp, "The weather service forecast rain in Lviv.") is None
    assert source_of(nlp, "She documented her trip to Lviv.") is None
