"""German declines a water's adjective after an article: "das Asowsche Meer" (lemmas)."""

from __future__ import annotations

from geomap.gazetteer.lemmas import ending_keys
from geomap.gazetteer.names import normalize_name


def test_an_adjective_before_its_noun_is_tried_in_the_nominative() -> None:
    for written, nominative in (
        ("Asowsche Meer", "Asowsches Meer"),
        ("Schwarze Meer", "Schwarzes Meer"),
        ("Tote Meer", "Totes Meer"),
    ):
        assert normalize_name(nominative) in ending_keys(written, "de")


def test_a_names_last_word_is_no_adjective() -> None:
    assert normalize_name("Asowsches") not in ending_keys("Asowsche", "de")
    assert normalize_name("Meeres") not in ending_keys("Asowsche Meere", "de")
