"""A name taken as a place in capitals is a place in title case too, and the reverse."""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from geomap.nlp.repeats import case_variants
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_case_repeats_gazetteer.v1",
    [
        place("1", "Qwertyville", "city", "US", 24_000),
        place("2", "Georgetown", "city", "US", 24_000),
    ],
)


def _found(patterns: list[tuple[str, str]], text: str) -> list[str]:
    doc = GAZ.nlp(patterns)(text)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_datelines_capitals_carry_over_to_the_name_in_the_text() -> None:
    patterns = [("QWERTYVILLE", "GPE"), ("Qwertyville", "ORG")]
    text = "QWERTYVILLE - The grant for Qwertyville was awarded."
    assert _found(patterns, text) == ["QWERTYVILLE", "Qwertyville"]
    text = "The grant for Qwertyville was awarded. QWERTYVILLE GRANT EVENT."
    assert _found([("Qwertyville", "GPE"), ("QWERTYVILLE", "ORG")], text) == [
        "Qwertyville",
        "QWERTYVILLE",
    ]


def test_no_variant_of_short_names_nor_of_a_persons_name() -> None:
    assert case_variants("US") == set() and case_variants("AU") == set()
    assert case_variants("SAN DIEGO") == {"San Diego"}
    patterns = [("GEORGETOWN", "GPE"), ("Georgetown Smith", "PERSON")]
    text = "GEORGETOWN - Georgetown Smith spoke."
    assert _found(patterns, text) == ["GEORGETOWN"]
