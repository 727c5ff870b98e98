"""'the Kharkiv region' is the oblast whose alias it is, when every mention says so (new user)."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, placed
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_region_word_units_gazetteer.v1",
    [
        entry("706483", "Kharkiv", "city", "UA", 1_430_885, "PPLA", 36.25, 50.0),
        entry("706482", "Kharkiv Oblast", "admin1", "UA", 2_487_330, "ADM1", 36.33, 49.71),
        entry("2425938", "Sahel", "region", "", 0, "RGN", 2.46, 17.31),
        entry("6930713", "Sahel", "admin1", "BF", 174_842, "ADM1", -0.3, 14.21),
    ],
    other_names=(
        ("Kharkiv region", "706482", "alternate"),
        ("Sahel region", "2425938", "alternate"),
        ("Sahel region", "6930713", "alternate"),
    ),
)


def test_the_x_region_is_the_unit_the_gazetteer_knows_by_that_name() -> None:
    nlp = _GAZ.nlp([("Kharkiv", "GPE")])
    assert placed(nlp, "Villages in the Kharkiv region lost power.") == [("Kharkiv", "706482")]
    assert placed(nlp, "Shelling hit Kharkiv overnight.") == [("Kharkiv", "706483")]


def test_the_rule_needs_every_mention_of_the_name_to_say_region() -> None:
    from geomap.nlp.name_kinds import unit_by_full_name

    nlp = _GAZ.nlp([("Kharkiv", "GPE")])
    gaz = _GAZ()
    city = gaz.candidates("Kharkiv")
    doc = nlp.make_doc("Shelling hit Kharkiv. Villages in the Kharkiv region lost power.")
    spans = [doc[2:3], doc[7:8]]
    assert unit_by_full_name(city, spans, gaz) == city  # "Kharkiv" alone is the city too
    assert unit_by_full_name(city, spans[1:], gaz)[0].place.place_id == "706482"


def test_a_name_whose_entries_with_the_word_are_not_all_units_is_left_alone() -> None:
    from geomap.nlp.name_kinds import unit_by_full_name

    nlp = _GAZ.nlp([])
    gaz = _GAZ()
    cands = gaz.candidates("Sahel")
    doc = nlp.make_doc("Drought hit the Sahel region.")
    assert unit_by_full_name(cands, [doc[3:4]], gaz) == cands  # the region is one of them


def test_the_x_region_and_x_alone_in_one_story_are_the_unit_and_the_city() -> None:
    nlp = _GAZ.nlp([("Kharkiv", "GPE")])
    text = "Villages in the Kharkiv region lost power. In Kharkiv itself the metro shut."
    assert placed(nlp, text) == [("Kharkiv", "706482"), ("Kharkiv", "706483")]
    bare_first = "Shelling hit Kharkiv overnight. Villages in the Kharkiv region lost power."
    assert placed(nlp, bare_first) == [("Kharkiv", "706483"), ("Kharkiv", "706482")]


def test_a_name_before_a_unit_word_groups_apart_from_the_bare_name() -> None:
    from geomap.nlp.name_groups import group_mentions

    nlp = _GAZ.nlp([])
    doc = nlp.make_doc("Shelling hit Kharkiv. The Kharkiv region and Kharkiv lost power.")
    groups = group_mentions([doc[2:3], doc[5:6], doc[8:9]], str.lower)
    assert sorted(len(g) for g in groups.values()) == [1, 2]
    assert [s.start for g in groups.values() if len(g) == 1 for s in g] == [5]


def test_the_last_part_of_a_hyphenated_compound_before_region_is_no_unit() -> None:
    from geomap.nlp.name_groups import group_mentions

    nlp = _GAZ.nlp([])
    doc = nlp.make_doc("Peace in the Asian-Pacific region and in the Pacific matters.")
    assert doc[5].text == "Pacific" and doc[10].text == "Pacific"
    groups = group_mentions([doc[5:6], doc[10:11]], str.lower)
    assert len(groups) == 1  # the region is the compound's ("Asian-Pacific"), not Pacific's


def test_a_bare_name_an_apposition_calls_a_territory_joins_the_unit() -> None:
    # "Kharkiv, a Ukrainian province bordering Russia": the unit its "the Kharkiv region"
    # names, not the city (the seeds' "Kaliningrad, a Russian exclave")
    from geomap.nlp.name_groups import described_as_territory, group_mentions

    nlp = _GAZ.nlp([])
    text = "The Kharkiv region lost power . Kharkiv , a Ukrainian province , borders Russia ."
    doc = nlp.make_doc(text)
    assert described_as_territory(doc[6:7])
    groups = group_mentions([doc[1:2], doc[6:7]], str.lower)
    assert [len(g) for g in groups.values()] == [2]
    city = nlp.make_doc("Kharkiv , a city of 1.4 million , lost power .")
    assert not described_as_territory(city[0:1])
