"""Who says it, user71b's classes (fx71s), with the real English parser on small articles.

A quote over paragraphs closed by "she said" after a dateline's sentence naming her
(A5), a junta's rulers (A9); the dateline's country (A6) and names cut short (A8) are
tested on hand-built parses (``tests/test_speaker_fx71s_blank.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_attribution_model import nlp  # noqa: F401  (nlp: fixture)
from tests.test_speakers_model import source

pytestmark = pytest.mark.model


def test_a_quote_over_paragraphs_after_a_dateline_takes_the_person_named(
    nlp: Language,  # noqa: F811
) -> None:
    text = (
        "DNIPRO — Dr. Olena Marchuk, the director of City Hospital No. 4, has not "
        "slept properly in weeks.\n\n"
        '"We were built for 300 patients. Today many of them come from Kharkiv.\n\n'
        '"If the strikes on Odesa go on, we will have to close the wards," she said.\n'
    )
    for place in ("Kharkiv", "Odesa"):
        who = source(nlp, text, place)
        assert who is not None and who.name == "Dr. Olena Marchuk", place
        assert who.role == "the director of City Hospital No. 4"


def test_a_rulers_junta_is_the_government(nlp: Language) -> None:  # noqa: F811
    text = "Kyrgyzstan's military rulers said the border with China was closed.\n"
    who = source(nlp, text, "China")
    assert who is not None and who.kind == "government"
