"""Rules found on the hand-written conflict paragraphs of batch ``d15-`` and a new user's
misses (issue 16): a town's name before its police station is no person's, a town before
its officials, officers, fire chief or "a ... man", a town under curfew (also past an
apposition calling it a town), and the destination after "left X for".

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver; where a rule reads the words'
parts of speech, lemmas or parse, they are given by hand.
"""

from __future__ import annotations

from tests.blank_geoparse import Row, TinyGazetteer, found_toponyms, parsed_toponyms, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d15_gazetteer.v1",
    [
        entry("2640967", "Omagh", "city", "GB", 21_056, "PPL", -7.30, 54.60),
        entry("2644849", "Larne", "city", "GB", 18_421, "PPL", -5.82, 54.85),
        entry("2358738", "Kaya", "city", "BF", 66_851, "PPLA", -1.08, 13.09),
        entry("2356738", "Pama", "city", "BF", 13_579, "PPL", 0.71, 11.25),
        entry("2354349", "Titao", "city", "BF", 48_241, "PPL", -2.07, 13.77),
    ],
)


def test_a_towns_name_before_its_police_station_is_no_persons_name() -> None:
    nlp = _GAZ.nlp([("Gardai", "ORG"), ("Omagh", "ORG"), ("Omagh Garda", "PERSON")])
    text = "Gardai in Omagh arrested two men . The men were taken to Omagh Garda station ."
    assert toponyms(nlp, text)[:1] == ["Omagh"]
    # without a building after it, "Omagh Garda" may be a person: "Omagh" is no place
    other = "Gardai in Omagh arrested two men . The men were taken to Omagh Garda yesterday ."
    assert toponyms(nlp, other) == []


def test_a_town_before_its_officials_officers_and_people_is_a_place() -> None:
    nlp = _GAZ.nlp([("Omagh", "ORG"), ("Jane Doe", "PERSON"), ("Larne", "NORP")])
    assert toponyms(nlp, "Omagh officials said the road was closed .") == ["Omagh"]
    assert toponyms(nlp, "Omagh Mayor Jane Doe said the road was closed .") == ["Omagh"]
    assert toponyms(nlp, "The Omagh fire chief said the road was closed .") == ["Omagh"]
    assert toponyms(nlp, "A Larne man , 34 , was charged .") == ["Larne"]
    # no officer, no person from the town: nothing says it is a place
    assert toponyms(nlp, "Omagh Mayor said the road was closed .") == []
    assert toponyms(nlp, "The Omagh chief said the road was closed .") == []
    assert toponyms(nlp, "The Larne man was charged .") == []
    assert toponyms(nlp, "A Larne official was charged .") == []


def test_a_town_under_curfew_also_past_an_apposition_calling_it_a_town() -> None:
    nlp = _GAZ.nlp([("Omagh", "ORG"), ("Kaya", "PERSON")])
    assert toponyms(nlp, "Omagh was under curfew for a third day .") == ["Omagh"]
    text = "Kaya , the main town of the north , has been under blockade ."
    assert toponyms(nlp, text) == ["Kaya"]
    # an apposition that calls the name no town: a person under blockade is no place
    other = "Kaya , the main suspect in the case , has been under blockade ."
    assert toponyms(nlp, other) == []


def _left_rows(verb: str, lemma: str) -> list[Row]:
    """ "The convoy <verb> Titao for Pama ." parsed by hand."""
    return [
        ("The", 1, "det", "DET", "the"),
        ("convoy", 2, "nsubj", "NOUN", "convoy"),
        (verb, 2, "ROOT", "VERB", lemma),
        ("Titao", 2, "dobj", "PROPN", "Titao"),
        ("for", 2, "prep", "ADP", "for"),
        ("Pama", 4, "pobj", "PROPN", "Pama"),
        (".", 2, "punct", "PUNCT", "."),
    ]


def test_for_after_a_verb_of_setting_out_names_the_destination() -> None:
    nlp = _GAZ.nlp([("Pama", "PERSON")])
    assert "Pama" in parsed_toponyms(nlp, _left_rows("left", "leave"))
    # "for" after another verb is no destination ("searched Titao for Pama")
    assert "Pama" not in parsed_toponyms(nlp, _left_rows("searched", "search"))


def _object_rows(verb: str, lemma: str) -> list[Row]:
    """ "A tornado <verb> Titao overnight ." parsed by hand."""
    return [
        ("A", 1, "det", "DET", "a"),
        ("tornado", 2, "nsubj", "NOUN", "tornado"),
        (verb, 2, "ROOT", "VERB", lemma),
        ("Titao", 2, "dobj", "PROPN", "Titao"),
        ("overnight", 2, "advmod", "ADV", "overnight"),
        (".", 2, "punct", "PUNCT", "."),
    ]


def test_a_town_a_disaster_flattens_is_a_place() -> None:
    nlp = _GAZ.nlp([("Titao", "ORG")])
    assert parsed_toponyms(nlp, _object_rows("flattened", "flatten")) == ["Titao"]
    assert parsed_toponyms(nlp, _object_rows("razed", "raze")) == ["Titao"]
    # a verb whose object is as often a person says nothing
    assert parsed_toponyms(nlp, _object_rows("hit", "hit")) == []


def test_a_town_after_ferries_or_flights_to_is_a_place() -> None:
    nlp = _GAZ.nlp([("Pama", "PRODUCT")])
    assert toponyms(nlp, "Ferries to Pama were suspended .") == ["Pama"]
    assert toponyms(nlp, "Flights from Pama were cancelled .") == ["Pama"]
    # "to" after another noun: the product the model said
    assert toponyms(nlp, "Upgrades to Pama were suspended .") == []


def test_a_town_before_a_noun_of_a_disaster_or_an_attack_is_a_place() -> None:
    nlp = _GAZ.nlp([("Omagh", "PERSON"), ("Larne", "ORG")])
    assert toponyms(nlp, "Omagh flooding : council to meet") == ["Omagh"]
    assert toponyms(nlp, "Survivors of the Larne bombing met on Sunday .") == ["Larne"]
    # another noun after the name says nothing ("Omagh" may be a person's name)
    assert toponyms(nlp, "Omagh interview : council to meet") == []
    assert toponyms(nlp, "Survivors of the Larne shooting met on Sunday .") == []
    # the same word as a verb: what a person did ("Omagh blasts the plan")
    assert found_toponyms(nlp, "Omagh blasts the plan .", {"blasts": "VERB"}) == []
    assert found_toponyms(nlp, "Omagh blasts : homes evacuated", {"blasts": "NOUN"}) == ["Omagh"]


def test_towns_listed_after_a_place_and_including_are_places() -> None:
    nlp = _GAZ.nlp([("Titao", "GPE"), ("Kaya", "PERSON"), ("Pama", "PERSON")])
    pos = {"in": "ADP", "including": "VERB", "and": "CCONJ"}
    text = "Attacks rose in Titao , including Kaya and Pama ."
    assert found_toponyms(nlp, text, pos) == ["Titao", "Kaya", "Pama"]
    # "including" after no place: the people the model said
    text = "Attacks rose this year , including Kaya and Pama ."
    assert found_toponyms(nlp, text, pos) == []


def test_a_list_after_including_leads_past_a_first_name_the_gazetteer_lacks() -> None:
    # user58: "villages around Kupiansk, including Kurylivka and Kivsharivka"
    nlp = _GAZ.nlp([("Titao", "ORG"), ("Zorgho", "ORG"), ("Pama", "PERSON")])
    pos = {"in": "ADP", "including": "VERB", "and": "CCONJ", "villages": "NOUN"}
    text = "Attacks rose in villages around Titao , including Zorgho and Pama ."
    assert found_toponyms(nlp, text, pos) == ["Titao", "Pama"]
    text = "Attacks rose this year , including Zorgho and Pama ."
    assert found_toponyms(nlp, text, pos) == []


_COUNTIES = TinyGazetteer(
    "geomap.test_conflict_d15_counties.v1",
    [
        entry("2962961", "Louth", "admin2", "IE", 104_121, "ADM2", -6.50, 53.90),
        entry("2644030", "Louth", "city", "GB", 16_419, "PPL", 0.00, 53.37),
        entry("2965139", "County Donegal", "admin2", "IE", 69_901, "ADM2", -8.00, 54.92),
        entry("4984021", "Antrim County", "admin2", "US", 23_580, "ADM2", -85.14, 44.99),
    ],
    other_names=(("Antrim", "4984021", "alternate"),),
)


def test_a_county_is_looked_up_with_or_without_its_word_county() -> None:
    gz = _COUNTIES()

    def ids(name: str) -> list[str]:
        return [c.place.place_id for c in gz.candidates(name)]

    assert ids("County Louth") == ["2962961"]  # the county, not the English town
    assert ids("Co Louth") == ["2962961"]
    assert ids("Co Donegal") == ["2965139"]
    # another place's other name is no county of that name; "Co" alone is no county
    assert ids("Co Antrim") == []
    assert ids("Co") == []
