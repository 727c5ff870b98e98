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


def test_a_town_the_text_places_is_a_place_where_else_it_is_named() -> None:
    # "the port city of X" places the town the model tagged ORG; the headline's
    # bare "X" is then the town too
    patterns = [("Qwertyville", "ORG")]
    text = "Drones target Qwertyville\n\nDrones hit the port city of Qwertyville on Monday."
    assert _found(patterns, text) == ["Qwertyville", "Qwertyville"]
    text = "Drones target Qwertyville\n\nThe drones were shot down near Qwertyville."
    assert _found(patterns, text) == ["Qwertyville", "Qwertyville"]


def test_a_town_named_only_as_an_organisation_is_not_repeated() -> None:
    # without a place noun or a preposition of place before it, a small town the
    # model tags ORG stays the organisation's name everywhere
    patterns = [("Qwertyville", "ORG")]
    text = "Drones target Qwertyville\n\nQwertyville said the drones were shot down."
    assert _found(patterns, text) == []
    # nor after "at", which an organisation's name follows as often ("shoppers at Zara")
    text = "Queues form at Qwertyville\n\nShoppers queued at Qwertyville on Monday."
    assert _found(patterns, text) == []
