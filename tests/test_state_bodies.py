"""A continent's demonym opening a proper name names a body of states, no place (user70b A3).

spacy.blank("en"), an entity ruler labelling as the small model did, made-up places.
"""

from __future__ import annotations

from geomap.nlp.state_bodies import body_of_states
from tests.blank_geoparse import TinyGazetteer, place, placed

AFRA = place("1", "Afra", "continent", "", 1_000_000_000)
VARLAND = place("2", "Varland", "country", "VL", 5_000_000)
GONVO = place("3", "Gonvo", "city", "VL", 300_000)
GAZ = TinyGazetteer(
    "geomap.test_state_bodies_gazetteer.v1",
    [AFRA, VARLAND, GONVO],
    demonyms={"afran": "1", "varish": "2"},
)
NLP = GAZ.nlp([("Afran Union", "GPE"), ("Varish Embassy", "GPE"), ("Gonvo", "GPE")])


def test_a_continent_s_body_is_no_place_a_country_s_embassy_is_in_the_country() -> None:
    text = "The Afran Union mission denied any role in the fighting around Gonvo."
    assert placed(NLP, text) == [("Gonvo", "3")]
    text = "Crowds gathered outside the Varish Embassy in Gonvo."
    assert ("Varish Embassy", "3") in placed(NLP, text)  # in the city it is said to be in


def test_only_a_proper_name_after_the_demonym_is_a_body() -> None:
    assert body_of_states(AFRA, ["Afran", "Union"])
    assert not body_of_states(AFRA, ["Afran", "continent"])
    assert not body_of_states(VARLAND, ["Varish", "Embassy"])
    assert not body_of_states(AFRA, ["North", "Afran"], 2)  # the demonym alone
    assert body_of_states(AFRA, ["North", "Afran", "Union"], 2)
