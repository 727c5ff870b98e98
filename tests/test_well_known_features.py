"""Natural features the gazetteer knows, read under any label or none after "the"."""

from __future__ import annotations

from geomap.nlp.well_known import well_known_types
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

_GAZ = TinyGazetteer(
    "geomap.test_well_known_features_gazetteer.v1",
    [
        place("81", "Ténéré", "landform", "", 0, "desert", lon=12.4, lat=20.8),
        place("82", "Agadez", "city", "NE", 149_549, "PPLA", lon=7.99, lat=16.97),
        place("83", "Amu Darya", "water", "", 0, "STM", lon=62.5, lat=39.9),
    ],
)


def test_a_one_word_landform_after_the() -> None:
    assert well_known_types(_GAZ(), "Tenere", after_the=True) == {"landform"}
    assert well_known_types(_GAZ(), "Tenere") == set()  # a bare word may be anything


def test_an_untagged_desert_after_across_the() -> None:
    nlp = _GAZ.nlp([("Agadez", "GPE")])
    text = "Smugglers drove migrants from Agadez across the Tenere toward the border ."
    assert found_toponyms(nlp, text) == ["Agadez", "Tenere"]


def test_a_river_the_model_tagged_with_its_article_as_a_work_of_art() -> None:
    nlp = _GAZ.nlp([("the Amu Darya", "WORK_OF_ART")])
    text = "Floods hit villages along the Amu Darya on Monday ."
    assert found_toponyms(nlp, text) == ["Amu Darya"]
