"""A legislator's home town after the party's letter is a mention (issue 16).

LGL marks "Fairfax" in "Sen. Ken Cuccinelli, R-Fairfax," and "Elbow Lake" in
"Rep. Torrey Westrom (R-Elbow Lake)"; the model tags nothing there.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_party_towns_gazetteer.v1",
    [
        place("1", "Fairfax", "city", "US", 24_000),
        place("2", "Elbow Lake", "city", "US", 1_200),
        place("3", "Cook", "city", "US", 500),
        place("4", "Beachwood", "city", "US", 12_000),
    ],
)


@cache
def _nlp() -> Language:
    return GAZ.nlp([])


def test_a_town_after_a_party_letter_and_a_hyphen_is_read() -> None:
    text = "Sen. Ken Cuccinelli, R-Fairfax, attached the proposal."
    assert found_toponyms(_nlp(), text) == ["Fairfax"]
    text = "Rep. Torrey Westrom (R-Elbow Lake) said so."
    assert found_toponyms(_nlp(), text) == ["Elbow Lake"]
    text = "Speaker Armond Budish, D-Beachwood, is new."
    assert found_toponyms(_nlp(), text) == ["Beachwood"]


def test_no_town_without_the_aside_or_the_gazetteers_town() -> None:
    # a hamlet under 1,000; no comma or parenthesis before the letter; spaced dashes
    assert found_toponyms(_nlp(), "Tom Bakk, DFL-Cook, said it.") == []
    assert found_toponyms(_nlp(), "The R-Fairfax line was closed.") == []
    assert found_toponyms(_nlp(), "He was rated, R - Fairfax, by critics.") == []
