"""A title cut mid-word ends in a fragment, no place (user73a A7)."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_cut_headlines_gazetteer.v1",
    [
        place("h", "Ve", "city", "AA", 200_000),
        place("v", "Vedra", "city", "BB", 300_000),
        place("o", "Orsk Sea", "water", "", 0),
    ],
)


@cache
def _nlp() -> Language:
    return GAZ.nlp([("Ve", "GPE"), ("Vedra", "GPE"), ("Orsk Sea", "LOC")])


def test_the_fragment_ending_a_cut_title_is_no_place() -> None:
    text = "Rebels fired at a ship in the Orsk Sea off Ve\n\nRebels fired at a ship off Vedra."
    assert found_toponyms(_nlp(), text) == ["Orsk Sea", "Vedra"]


def test_a_whole_title_keeps_its_last_name() -> None:
    closed = "Rebels fired at a ship off Ve.\n\nRebels fired at a ship off Vedra."
    assert found_toponyms(_nlp(), closed) == ["Ve", "Vedra"]
    # the body writes the word whole too: a name, not a fragment
    whole = "Rebels fired at a ship off Ve\n\nShips off Ve and Vedra were hit."
    assert found_toponyms(_nlp(), whole) == ["Ve", "Ve", "Vedra"]
    no_longer = "Rebels fired at a ship off Ve\n\nShips were hit."
    assert found_toponyms(_nlp(), no_longer) == ["Ve"]
