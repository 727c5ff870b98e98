"""A name the tokenizer splits at its hyphen ("Hpa-an", "Al-Qaim") stays one name."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

_GAZ = TinyGazetteer(
    "geomap.test_hyphenated_names_gazetteer.v1",
    [place("51", "Hpa-An", "city", "MM", 50_000, "PPLA", lon=97.63, lat=16.89)],
)
_POS = {"an": "PROPN", "-": "PUNCT", "troops": "NOUN"}


def test_an_untagged_hyphenated_name_after_a_preposition() -> None:
    nlp = _GAZ.nlp([])
    text = "Troops were flown into Hpa-an on Monday ."
    assert found_toponyms(nlp, text, _POS) == ["Hpa-an"]


def test_a_spaced_hyphen_ends_the_name() -> None:
    nlp = _GAZ.nlp([])
    assert found_toponyms(nlp, "Troops were flown into Hpa - an hour ago .", _POS) == []
