"""Rules found on the hand-written conflict paragraphs of batch ``d27-`` (issue 16).

A name the gazetteer lacks is a place in a town's own context, whatever label the
model gave it: "residents of Aguelhok", "retook Hsipaw", "the road to Snuny", "the port
of Duqm" (:mod:`geomap.nlp.unknown_towns`, read by :func:`geomap.nlp.known.in_context`
with :func:`geomap.nlp.unknown_towns.town_action_context`); not a person's two names, a
people's name before a noun, a piece of a longer name, nor an acronym.

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d27_gazetteer.v1",
    [entry("2455518", "Kayes", "city", "ML", 127_368, "PPLA", -11.43, 14.45)],
)
_POS = {"retook": "VERB", "captured": "VERB", "of": "ADP", "to": "ADP", "said": "VERB"}


def test_an_unknown_name_in_a_town_context_is_a_place() -> None:
    nlp = _GAZ.nlp([("Aguelhok", "PERSON"), ("Hsipaw", "ORG"), ("Snuny", "ORG")])
    text = "Police said residents of Aguelhok had fled ."
    assert found_toponyms(nlp, text, _POS) == ["Aguelhok"]
    assert found_toponyms(nlp, "Rebels retook Hsipaw on Monday .", _POS) == ["Hsipaw"]
    assert found_toponyms(nlp, "A militia closed the road to Snuny .", _POS) == ["Snuny"]
    # the same names without a town's context stay out
    assert found_toponyms(nlp, "Police said Aguelhok had fled .", _POS) == []
    # a capitalised word before "of" opens a body's name ("the City of Aguelhok Waste")
    assert found_toponyms(nlp, "Police said City of Aguelhok had fled .", _POS) == []
    assert found_toponyms(nlp, "Rebels met Hsipaw on Monday .", _POS) == []


def test_an_unknown_name_that_is_no_town_stays_out() -> None:
    # a person's given name and surname
    nlp = _GAZ.nlp([("Tomasz Wrobel", "PERSON")])
    assert found_toponyms(nlp, "Police captured Tomasz Wrobel on Monday .", _POS) == []
    # a people's name before a noun ("Druze protesters"), an acronym
    nlp = _GAZ.nlp([("Druze", "ORG"), ("DPR", "ORG")])
    pos = {**_POS, "protesters": "NOUN"}
    assert found_toponyms(nlp, "Residents of Druze protesters said .", pos) == []
    assert found_toponyms(nlp, "Rebels retook DPR on Monday .", _POS) == []
    # a piece of a longer name: "Residents of Central Phoenix", "Central" untagged
    nlp = _GAZ.nlp([("Phoenix", "PERSON")])
    assert "Central" not in found_toponyms(nlp, "Residents of Central Phoenix said .", _POS)
    # a name the gazetteer has is left to the rules for known names
    nlp = _GAZ.nlp([("Kayes", "PERSON")])
    assert found_toponyms(nlp, "Residents of Kayes said it was calm .", _POS) == ["Kayes"]
