"""A name run on by a lower-case particle and a capitalised word is a longer name (issue 16).

"The Adrar des Ifoghas mountains" in a story from Mali gave Adrar, a town of Algeria: the
gazetteer lacks the whole name, and its head was found (by the scan) and stood for it (a
province's name inside an unknown name).
"""

from __future__ import annotations

import spacy

from geomap.nlp.candidates import name_candidates
from geomap.nlp.particle_heads import particle_head
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_particle_heads_gazetteer.v1",
    [
        place("1", "Adrar", "admin1", "DZ", 400_000, "ADM1"),
        place("2", "Kidal", "city", "ML", 40_000),
        place("3", "California", "admin1", "US", 39_000_000, "ADM1"),
    ],
)


def test_a_head_before_a_particle_and_a_capital_is_a_longer_name() -> None:
    nlp = GAZ.nlp([("Kidal", "GPE")])
    text = "Troops fought in the Adrar des Ifoghas mountains north of Kidal."
    assert found_toponyms(nlp, text) == ["Adrar des Ifoghas", "Kidal"]
    hyphened = "Troops fought in the Adrar al-Hayat north of Kidal."
    assert found_toponyms(nlp, hyphened) == ["Adrar al-Hayat", "Kidal"]


def test_the_name_alone_or_before_other_words_stays_itself() -> None:
    nlp = GAZ.nlp([("Kidal", "GPE")])
    assert found_toponyms(nlp, "Troops fought in Adrar and Kidal.") == ["Adrar", "Kidal"]
    assert found_toponyms(nlp, "Troops in Adrar de facto held Kidal.") == ["Adrar", "Kidal"]
    as_verb = "Why would Adrar do That?"
    assert found_toponyms(nlp, as_verb, pos={"do": "VERB"}) == ["Adrar"]


def test_an_unknown_longer_name_gets_no_candidate_of_its_head() -> None:
    doc = spacy.blank("en")("Troops reached Adrar des Ifoghas and University of California .")
    assert name_candidates(GAZ(), [doc[2:5]]) == []
    assert [c.place.place_id for c in name_candidates(GAZ(), [doc[6:9]])] == ["3"]
    assert particle_head(["Adrar", "des", "Ifoghas"], 1)
    assert not particle_head(["University", "of", "California"], 1)
    assert not particle_head(["Adrar", "des"], 1)
