"""Rules found on the hand-written conflict paragraphs of batch ``d23-`` (issue 16).

A place's other name given after a kind and the capitalised people who use it is a
toponym too, placed as the name it renames ("Khankendi, the city Armenians call
Stepanakert", the model tagging "Stepanakert" a person). A list walked back to its
preposition steps over a name whose parts a hyphen or a particle joins ("near al-Auja
and Fasayil", "from Mocimboa da Praia and Mueda").

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver.
"""

from __future__ import annotations

import spacy

from geomap.nlp.town_locatives import after_preposition
from tests.blank_geoparse import TinyGazetteer, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d23_gazetteer.v1",
    [
        entry("148730", "Xankandi", "city", "AZ", 53_100, "PPLA", 46.75, 39.82),
        entry("587084", "Baku", "city", "AZ", 1_116_513, "PPLC", 49.89, 40.38),
    ],
    other_names=(("Khankendi", "148730", "alternate"),),
)


def test_an_other_name_after_a_kind_and_a_capitalised_subject_is_the_same_place() -> None:
    nlp = _GAZ.nlp([("Khankendi", "GPE"), ("Stepanakert", "PERSON"), ("Armenians", "NORP")])
    text = "Azerbaijan held a vote in Khankendi, the city Armenians call Stepanakert, on Sunday."
    assert placed(nlp, text)[-2:] == [("Khankendi", "148730"), ("Stepanakert", "148730")]
    # a capitalised word after the kind that calls nothing: no other name
    text = "Azerbaijan held a vote in Khankendi, the city Baku controls, on Sunday."
    assert toponyms(nlp, text)[-2:] == ["Khankendi", "Baku"]
    # an adverb may come before "call"; nothing else after the capitalised subject
    text = "They met in Khankendi, the city Armenians once called Stepanakert, on Sunday."
    assert toponyms(nlp, text)[-1] == "Stepanakert"
    text = "They met in Khankendi, the city Armenians left in May, Stepanakert said."
    assert "Stepanakert" not in toponyms(nlp, text)


def test_a_list_walked_back_to_its_preposition_steps_over_joined_names() -> None:
    nlp = spacy.blank("en")

    def headed(text: str, name: str) -> bool:
        doc = nlp(text)
        return after_preposition(doc, next(t.i for t in doc if t.text == name))

    assert headed("Settlers drove families from land near al-Auja and Fasayil.", "Fasayil")
    assert headed("Families fled from Mocimboa da Praia and Mueda on foot.", "Mueda")
    assert headed("Shells fell near Bab al-Hawa, Sarmada and Atmeh.", "Atmeh")
    # no preposition before the list: nothing heads it
    assert not headed("Officials said al-Auja and Fasayil were quiet.", "Fasayil")
    # a spaced dash is no hyphen inside a name
    assert not headed("They met near the river - al - and Fasayil said so.", "Fasayil")
