"""How the model's entities are cut into names before they are read (geomap.nlp.entity_parts)."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place, placed, toponyms

GAZ = TinyGazetteer(
    "geomap.test_entity_parts_gazetteer.v1",
    [
        place("1", "Bay", "admin1", "SO", 800_000, lon=43.5, lat=2.5),
        place("2", "Sevastopol", "city", "UA", 400_000, lon=33.5, lat=44.6),
    ],
)


def test_an_entity_cut_after_of_is_no_place_of_its_own() -> None:
    # the small model tags "the Bay of" (LOC) and "Sevastopol" (NORP): the bay is not
    # the Somali region Bay; the city is read as it is tagged
    nlp = GAZ.nlp([("the Bay of", "LOC"), ("Sevastopol", "GPE")])
    assert placed(nlp, "The ship was hit in the Bay of Sevastopol on Monday.") == [
        ("Sevastopol", "2")
    ]
    # an entity that ends where its name does is read as before
    assert placed(nlp, "Troops massed near the Bay of. Then Bay again.") == [("Bay", "1")]


def test_an_adverb_opening_a_sentence_is_no_place() -> None:
    # the model tagged "Separately" GPE before "Georgia's Prime Minister ..."
    nlp = GAZ.nlp([("Separately", "GPE"), ("Qwertly", "GPE"), ("Sevastopol", "GPE")])
    assert toponyms(nlp, "Separately, ships left Sevastopol.") == ["Sevastopol"]
    # a name the gazetteer lacks, elsewhere in its sentence, is still a name
    assert toponyms(nlp, "Ships left Qwertly, officials said.") == ["Qwertly"]
