"""A unit's word after a name, or closing its list, names the unit; a unit's full name is one.

"the Kyiv region", "the Kharkiv and Zaporizhzhia regions", "Mykolaiv Oblast reported
damage" (tagged PERSON): made-up names over a tiny gazetteer, spacy.blank and an
entity ruler.
"""

from __future__ import annotations

from geomap.nlp.county_order import district_candidates
from tests.blank_geoparse import TinyGazetteer, place, placed

GAZ = TinyGazetteer(
    "geomap.test_unit_words_gazetteer.v1",
    [
        place("10", "Qwerk", "city", "UA", 2_900_000, "PPLC", lon=30.5, lat=50.4),
        place("11", "Qwerk City", "admin1", "UA", 2_900_000, "ADM1", lon=30.5, lat=50.4),
        place("12", "Qwerky", "admin1", "UA", 1_700_000, "ADM1", lon=30.3, lat=50.2),
        place("20", "Zxcvo", "city", "UA", 1_400_000, "PPLA", lon=36.2, lat=50.0),
        place("21", "Zxcvo Oblast", "admin1", "UA", 2_600_000, "ADM1", lon=36.5, lat=49.6),
        place("30", "Plmko", "city", "UA", 500_000, "PPLA", lon=32.0, lat=46.9),
        place("31", "Plmko Oblast", "admin1", "UA", 1_100_000, "ADM1", lon=32.0, lat=47.3),
    ],
    other_names=(("Qwerk", "11", "alternate"),),
    aliases={"Qwerk Oblast": "12"},  # the unit's entry has an older spelling ("Kiev")
)


def _ids(text: str, after: list[str]) -> list[str]:
    found = list(GAZ().candidates(text))
    return sorted(c.place.place_id for c in district_candidates(GAZ(), text, after, found))


def test_a_region_word_adds_the_unit_so_named_and_drops_a_unit_it_does_not_name() -> None:
    assert _ids("Qwerk", []) == ["10", "11"]  # the city and the city's own unit
    assert _ids("Qwerk", ["region"]) == ["10", "12"]  # "the Qwerk region": the oblast
    assert _ids("Qwerk", ["oblast"]) == ["10", "12"]
    assert _ids("Qwerk", ["regions"]) == ["10", "12"]  # the plural closing a list
    assert _ids("Qwerk", ["port"]) == ["10", "11"]
    assert _ids("Zxcvo", ["region"]) == ["20", "21"]


def test_a_list_closed_by_regions_is_a_list_of_units() -> None:
    nlp = GAZ.nlp([("Zxcvo", "GPE"), ("Plmko", "GPE"), ("Qwerk", "GPE")])
    text = "Drones hit the Zxcvo and Plmko regions and the Qwerk region overnight."
    assert placed(nlp, text) == [("Zxcvo", "21"), ("Plmko", "31"), ("Qwerk", "12")]
    text = "Drones hit Zxcvo and Plmko overnight."  # no unit word: the cities
    assert placed(nlp, text) == [("Zxcvo", "20"), ("Plmko", "30")]


def test_a_units_full_name_is_a_place_whatever_the_model_tagged_it() -> None:
    nlp = GAZ.nlp([("Plmko Oblast", "PERSON"), ("Asdfg Oblast", "PERSON")])
    assert placed(nlp, "Plmko Oblast reported damage.") == [("Plmko Oblast", "31")]
    assert placed(nlp, "Asdfg Oblast reported damage.") == []  # no such unit


def test_a_town_after_its_units_possessive_is_a_place() -> None:
    import spacy
    from spacy.tokens import Doc

    from geomap.nlp.unit_possessives import after_unit_possessive

    vocab = spacy.blank("en").vocab

    words = ["in", "Donetsk", "Oblast", "'s", "Pokrovsk", "and", "the", "minister", "'s", "Kia"]
    doc = Doc(vocab, words=words)
    assert after_unit_possessive(doc, 4)  # "Donetsk Oblast's Pokrovsk"
    assert not after_unit_possessive(doc, 9)  # "the minister's Kia": no unit
    doc = Doc(vocab, words=["the", "Kherson", "region", "’s", "Beryslav"])
    assert after_unit_possessive(doc, 4)
    doc = Doc(vocab, words=["the", "region", "'s", "Beryslav"])  # no unit's name
    assert not after_unit_possessive(doc, 3)
