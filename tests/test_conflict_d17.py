"""Rules of issue 16's leftovers and batch ``d17-`` of the hand-written conflict paragraphs.

spacy.blank("en") with an entity ruler or a parse given by hand, tiny gazetteers, and
geomap's recogniser and resolver.
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.foreign_forms import english_spellings
from geomap.records import Place
from tests.blank_geoparse import Row, TinyGazetteer, parsed_toponyms, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d17_gazetteer.v1",
    [
        entry("706483", "Kharkiv", "city", "UA", 1_433_886, "PPLA", 36.25, 49.98),
        entry("2425938", "Sahel", "region", None, 0, "", 2.46, 17.31),  # type: ignore[arg-type]
        entry("2440485", "Niamey", "city", "NE", 1_323_691, "PPLC", 2.11, 13.51),
        entry("ne:lake:lake-albert", "Lake Albert", "water", None, 0, "", 31.01, 1.71),  # type: ignore[arg-type]
        entry("3038271", "Albert", "city", "FR", 10_588, "PPL", 2.65, 50.0),
    ],
)


def _hit(name: str, pos: str = "NOUN", dep: str = "dobj") -> list[Row]:
    """ "Shelling hit <name> , officials said ." parsed as the small model did."""
    return [
        ("Shelling", 5, "advcl", "VERB", "shell"),
        ("hit", 0, "xcomp", "VERB", "hit"),
        (name, 1, dep, pos, name.lower()),
        (",", 5, "punct", "PUNCT", ","),
        ("officials", 5, "nsubj", "NOUN", "official"),
        ("said", 5, "ROOT", "VERB", "say"),
        (".", 5, "punct", "PUNCT", "."),
    ]


def test_a_capitalised_object_tagged_as_a_common_noun_is_a_name() -> None:
    nlp = _GAZ.nlp([])
    assert parsed_toponyms(nlp, _hit("Kharkiv")) == ["Kharkiv"]
    # not the object of a verb or a preposition: nothing says it is a name
    assert parsed_toponyms(nlp, _hit("Kharkiv", dep="npadvmod")) == []
    # written in lower case: a common noun
    assert parsed_toponyms(nlp, _hit("kharkiv")) == []


def test_a_name_before_a_capitalised_noun_of_states_is_the_groups_namesake() -> None:
    nlp = _GAZ.nlp([("Niamey", "GPE")])
    text = "Ministers of the Alliance of Sahel States met in Niamey ."
    assert toponyms(nlp, text) == ["Niamey"]
    # the group noun in lower case: the region as a modifier
    assert toponyms(nlp, "Jihadists spread across the Sahel states .") == ["Sahel"]


def test_a_person_entity_after_lake_is_the_lakes_name() -> None:
    nlp = _GAZ.nlp([("Albert", "PERSON")])
    assert toponyms(nlp, "Fishermen on Lake Albert fled .") == ["Lake Albert"]
    # no "Lake" before it: a person still
    assert toponyms(nlp, "Fishermen told Albert to flee .") == []


def _unit(pid: str, name: str) -> Place:
    return Place(pid, name, "admin1", "SD", None, 2_000_000, 25.3, 13.8, "test")


def test_a_french_ou_meets_the_english_u_of_a_compass_name() -> None:
    assert english_spellings("North Darfour", "fr") == ["North Darfour", "North Darfur"]
    assert english_spellings("North Darfour", "de") == ["North Darfour"]
    assert english_spellings("North Kivu", "fr") == ["North Kivu"]
    gz = Gazetteer.from_places(
        [_unit("nd", "Northern Darfur")], other_names=(("North Darfur", "nd", "alternate"),)
    )
    assert [c.place.place_id for c in gz.candidates("Darfour du Nord", "fr")] == ["nd"]
    assert [c.place.place_id for c in gz.candidates("Nord-Darfour", "fr")] == ["nd"]
    # without the compass word's form, no respelling is tried
    assert gz.candidates("Darfour", "fr") == []


def test_a_bare_camp_is_a_place_where_something_happens_at_it() -> None:
    nlp = _GAZ.nlp([("Zamzam", "PERSON"), ("Trump", "PERSON")])
    assert toponyms(nlp, "Shelling of the Zamzam camp continued .") == ["Zamzam"]
    assert toponyms(nlp, "Raids were reported near the Zamzam camp .") == ["Zamzam"]
    # "in" or "from" the camp: a faction's ranks or its word
    assert toponyms(nlp, "Infighting in the Trump camp grew .") == []
    assert toponyms(nlp, "A reply from the Trump camp came .") == []
    # a verb of attack before it
    rows: list[Row] = [
        ("Fighters", 1, "nsubj", "NOUN", "fighter"),
        ("overran", 1, "ROOT", "VERB", "overrun"),
        ("the", 4, "det", "DET", "the"),
        ("Zamzam", 4, "compound", "PROPN", "Zamzam"),
        ("camp", 1, "dobj", "NOUN", "camp"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(_GAZ.nlp([("Zamzam", "PERSON")]), rows) == ["Zamzam"]
