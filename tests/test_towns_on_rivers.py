"""A town named by the river it stands on: "Izmail on the Danube" (geomap.nlp.towns_on_rivers)."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

_GAZ = TinyGazetteer(
    "geomap.test_towns_on_rivers_gazetteer.v1",
    [
        place("1", "Izmail", "city", "UA", 70_000, lon=28.84, lat=45.35),
        place("2", "Danube", "water", None, 0, lon=19.0, lat=46.8),
        place("3", "Ships", "city", "US", 900, lon=-90.0, lat=35.0),
        place("4", "Reni", "city", "UA", 18_000, lon=28.28, lat=45.45),
    ],
)
PATTERNS = [("Danube", "LOC")]


def test_a_word_the_tagger_read_as_a_verb_before_on_the_river_is_a_town() -> None:
    """'Izmail' tagged a verb and no entity: "on the Danube" says it is the town."""
    nlp = _GAZ.nlp(PATTERNS)
    text = "Izmail on the Danube was hit by drones ."
    assert found_toponyms(nlp, text, pos={"Izmail": "VERB"}) == ["Izmail", "Danube"]
    text = "Drones struck Reni on the Danube ."
    assert found_toponyms(nlp, text, pos={"Reni": "NOUN"}) == ["Reni", "Danube"]


def test_no_common_word_nor_a_name_the_gazetteer_lacks_nor_without_a_river() -> None:
    nlp = _GAZ.nlp(PATTERNS)
    # "Ships" is a town's own name, but a common word
    assert found_toponyms(nlp, "Ships on the Danube waited .") == ["Danube"]
    assert found_toponyms(nlp, "Vukovar on the Danube was hit .") == ["Danube"]
    # no river after "on the": "the Izmail" is not read so
    assert found_toponyms(nlp, "Izmail on the night shift was hit .", pos={"Izmail": "VERB"}) == []
