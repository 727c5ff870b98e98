"""A line that opens with a figure keeps it in its sentence (real parser).

A monitor's export row "-2 killed in Rafah; …" after its headline lost "-2" from the
claim's sentence: the parser started a sentence at "killed" after the number alone.
"""

from __future__ import annotations

import pytest

from geomap.api import geoparse

pytestmark = pytest.mark.model


def _sentences(body: str) -> list[str]:
    claims = geoparse([{"id": "a", "title": "Report from Yangon", "text": body}]).claims
    return list(claims["sentence"])


@pytest.mark.parametrize(
    "body",
    ["-2 killed in Rafah; the army says more strikes on Rafah.", "+3 wounded in Rafah."],
)
def test_a_signed_figure_opening_a_line_stays_in_the_sentence(body: str) -> None:
    assert body in _sentences(body)


def test_a_numbered_item_is_left_to_the_line_rules() -> None:
    # "3." is an item's number, not a figure: the rule does not join across it
    sentences = _sentences("2. Rafah was hit.\n3. Gaza was hit.")
    assert "Gaza" in sentences[-1] and not sentences[-1].startswith("Rafah")
