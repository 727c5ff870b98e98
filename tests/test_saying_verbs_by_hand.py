"""Verbs of saying added by hand (``lexicon.HAND_VERBS``): they report a clause, not an object.

Real parser on small articles (places marked by the test component of
``tests/test_attribution_model.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp, one, parse  # noqa: F401  (nlp: fixture)

pytestmark = pytest.mark.model


def _who(nlp: Language, text: str) -> tuple[str, str, str] | None:  # noqa: F811
    record = one(parse(nlp, text), "Lviv")._.source
    return None if record is None else (record.name, record.kind, record.lemma)


def test_a_forecast_with_a_clause_is_a_claim(nlp: Language) -> None:  # noqa: F811
    who = _who(nlp, "Analysts forecast that prices in Lviv will rise next year.")
    assert who == ("Analysts", "anonymous", "forecast")


def test_a_projection_and_a_concession_are_claims(nlp: Language) -> None:  # noqa: F811
    assert _who(nlp, "The ministry projects that the economy of Lviv will grow.") == (
        "The ministry", "government", "project"
    )  # fmt: skip
    assert _who(nlp, "The minister conceded that the harbour in Lviv was damaged.") is not None


def test_a_document_documents_what_it_claims(nlp: Language) -> None:  # noqa: F811
    assert _who(nlp, "The report documents abuses in Lviv.") == (
        "The report", "document", "document"
    )  # fmt: skip


def test_a_plain_object_of_a_person_is_no_claim(nlp: Language) -> None:  # noqa: F811
    assert _who(nlp, "The weather service forecast rain in Lviv.") is None
    assert _who(nlp, "She documented her trip to Lviv.") is None
