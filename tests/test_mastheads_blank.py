"""A place's name opening a newspaper's title is no place ("told the Dnipro Post").

spacy.blank("en"), an entity ruler, a tiny gazetteer (:mod:`geomap.nlp.mastheads`).
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place, toponyms

_GAZ = TinyGazetteer(
    "geomap.test_mastheads_gazetteer.v1",
    [place("1", "Dnipro", "city", "UA", 900_000), place("2", "Orvo", "city", "UA", 90_000)],
)
_NLP = _GAZ.nlp([("Dnipro", "GPE"), ("Orvo", "GPE")])


def test_a_place_opening_a_newspapers_title_is_no_place() -> None:
    text = "Shelling hit Orvo, a spokesman told the Dnipro Post. The Dnipro Daily Herald agreed."
    assert toponyms(_NLP, text) == ["Orvo"]


def test_a_place_before_a_longer_name_or_a_common_noun_stays() -> None:
    text = "Queues formed at the Dnipro Post Office. The Dnipro post office was shut."
    assert toponyms(_NLP, text) == ["Dnipro", "Dnipro"]
