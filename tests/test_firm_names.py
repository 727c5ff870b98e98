"""A place's name standing for a company or a team is no mention (issue 16).

A new user's business and football stories gave Nokia, Finland for "Shares in Nokia
rose", Canada for "Canada Goose shares fell", Fiji for "Fiji Water's owner", Arizona for
"Arizona Beverages, the iced tea maker", Paris and Saint-Germain-en-Laye for "Paris
Saint-Germain lost to Atletico Madrid" and Brest for "Brest ... beat Sparta Prague".
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from geomap.nlp.firm_names import capitalised_run
from tests.blank_geoparse import TinyGazetteer, found_toponyms, parsed_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_firm_names_gazetteer.v1",
    [
        place("1", "Canada", "country", "CA", 38_000_000),
        place("2", "Fiji", "country", "FJ", 900_000),
        place("3", "Arizona", "admin1", "US", 7_000_000),
        place("4", "Nokia", "city", "FI", 33_000),
        place("5", "Tokyo", "city", "JP", 9_000_000),
        place("6", "Woodbury", "city", "US", 9_000),
        place("7", "Paris", "city", "FR", 2_100_000),
        place("8", "Saint-Germain", "city", "FR", 40_000),
        place("9", "Brest", "city", "FR", 140_000),
        place("10", "Prague", "city", "CZ", 1_300_000),
        place("11", "Texas", "admin1", "US", 29_000_000),
        place("12", "Madrid", "city", "ES", 3_200_000),
        place("13", "Tennessee", "admin1", "US", 7_000_000),
        place("14", "Boston", "city", "US", 650_000),
        place("15", "Sandwich", "city", "US", 20_000),
    ],
)


@cache
def _nlp() -> Language:
    names = ["Canada", "Fiji", "Arizona", "Nokia", "Tokyo", "Woodbury", "Texas", "Brest"]
    names += ["Madrid", "Prague", "Tennessee", "Boston", "Sandwich"]
    return GAZ.nlp([(n, "GPE") for n in names])


def test_a_place_in_a_companys_name_before_a_business_noun_is_no_place() -> None:
    assert found_toponyms(_nlp(), "Canada Goose shares fell.") == []
    assert found_toponyms(_nlp(), "Fiji Water's owner said it was reviewing.") == []
    assert found_toponyms(_nlp(), "Canada shares a border with Texas.") == ["Canada", "Texas"]
    assert found_toponyms(_nlp(), "Fiji's prime minister spoke.") == ["Fiji"]


def test_an_apposition_naming_a_trade_makes_the_run_a_company() -> None:
    text = "Arizona Beverages, the iced tea maker, will open a plant in Texas."
    assert found_toponyms(_nlp(), text) == ["Texas"]
    # the same firm's name elsewhere in the article is the firm too
    text = "Arizona Beverages lead the week. Arizona Beverages, the drinks maker, rose."
    assert found_toponyms(_nlp(), text) == []
    assert found_toponyms(_nlp(), "Arizona Senate votes, the state said.") == ["Arizona"]
    # not after a preposition of place, nor another's noun
    assert found_toponyms(_nlp(), "A boat sank near Woodbury, the ferry company said.") == [
        "Woodbury"
    ]
    assert found_toponyms(_nlp(), "Storms hit Woodbury, the ship's maker said.") == ["Woodbury"]


def test_shares_in_a_small_town_are_a_companys_not_a_big_citys() -> None:
    assert found_toponyms(_nlp(), "Shares in Nokia rose 4%.") == []
    assert found_toponyms(_nlp(), "Shares in Tokyo rose 4%.") == ["Tokyo"]
    assert found_toponyms(_nlp(), "Nokia's chief executive spoke.") == []
    assert found_toponyms(_nlp(), "Nokia's chief planner spoke.") == ["Nokia"]
    assert found_toponyms(_nlp(), "Nokia shares rose. Nokia is a town.") == []
    assert found_toponyms(_nlp(), "Nokia shares rose. Rain fell in Nokia.") == ["Nokia"]
    verb = {"shares": "VERB", "a": "DET", "border": "NOUN"}
    text = "Woodbury shares a border with Nokia."
    assert found_toponyms(_nlp(), text, verb) == ["Woodbury", "Nokia"]


def test_the_teams_a_verb_of_sport_joins_are_no_places() -> None:
    nlp = _nlp()
    rows = [
        ("Inter", 1, "compound", "PROPN", "Inter"),
        ("Paris", 2, "nsubj", "PROPN", "Paris"),
        ("lost", 2, "ROOT", "VERB", "lose"),
        ("to", 2, "prep", "ADP", "to"),
        ("Brest", 3, "pobj", "PROPN", "Brest"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, rows) == []
    beat = [
        ("Brest", 1, "nsubj", "PROPN", "Brest"),
        ("beat", 1, "ROOT", "VERB", "beat"),
        ("Sparta", 3, "compound", "PROPN", "Sparta"),
        ("Prague", 1, "dobj", "PROPN", "Prague"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, beat) == []
    # a town before a team's plural nickname names the team's town
    nickname = [
        ("Brest", 1, "nsubj", "PROPN", "Brest"),
        ("beat", 1, "ROOT", "VERB", "beat"),
        ("the", 4, "det", "DET", "the"),
        ("Paris", 4, "compound", "PROPN", "Paris"),
        ("Athletics", 1, "dobj", "PROPN", "Athletics"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, nickname) == ["Paris"]
    goalie = [
        ("Biggers", 1, "nsubj", "PROPN", "Biggers"),
        ("beat", 1, "ROOT", "VERB", "beat"),
        ("Brest", 3, "compound", "PROPN", "Brest"),
        ("goalie", 1, "dobj", "NOUN", "goalie"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, goalie) == ["Brest"]


def test_a_place_a_verb_of_sport_takes_with_no_team_stays() -> None:
    nlp = _nlp()
    rows = [
        ("Storms", 1, "nsubj", "NOUN", "storm"),
        ("beat", 1, "ROOT", "VERB", "beat"),
        ("Brest", 1, "dobj", "PROPN", "Brest"),
        ("again", 1, "advmod", "ADV", "again"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, rows) == ["Brest"]
    at = [
        ("Brest", 1, "nsubj", "PROPN", "Brest"),
        ("lost", 1, "ROOT", "VERB", "lose"),
        ("at", 1, "prep", "ADP", "at"),
        ("Prague", 2, "pobj", "PROPN", "Prague"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, at) == ["Brest", "Prague"]  # "at": a place, no team


def test_a_hyphen_joins_a_run_of_capitalised_words() -> None:
    doc = _nlp()("Fans of Paris Saint-Germain cheered.")
    assert capitalised_run(doc[2:3], set()) == (2, 6)
    assert capitalised_run(doc[2:3], {3}) == (2, 3)  # a headline's style: no name's word


def test_clubs_a_verb_of_winning_takes_through_a_list_are_no_places() -> None:
    nlp = _nlp()
    won = [
        ("Real", 1, "compound", "PROPN", "Real"),
        ("Madrid", 5, "nmod", "PROPN", "Madrid"),
        ("and", 1, "cc", "CCONJ", "and"),
        ("Sparta", 4, "compound", "PROPN", "Sparta"),
        ("Prague", 1, "conj", "PROPN", "Prague"),
        ("both", 6, "nsubj", "PRON", "both"),
        ("won", 6, "ROOT", "VERB", "win"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, won) == []
    # a town alone winning a vote is the town; a team needs its other words
    vote = [
        ("Madrid", 1, "nsubj", "PROPN", "Madrid"),
        ("won", 1, "ROOT", "VERB", "win"),
        ("the", 3, "det", "DET", "the"),
        ("vote", 1, "dobj", "NOUN", "vote"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, vote) == ["Madrid"]


def test_a_run_before_a_trade_noun_or_reporting_results_is_a_company() -> None:
    nlp = _nlp()
    maker = [
        ("Arizona", 1, "compound", "PROPN", "Arizona"),
        ("Tea", 5, "nmod", "PROPN", "Tea"),
        ("and", 1, "cc", "CCONJ", "and"),
        ("Tennessee", 4, "compound", "PROPN", "Tennessee"),
        ("Whiskey", 1, "conj", "PROPN", "Whiskey"),
        ("maker", 6, "compound", "NOUN", "maker"),
        ("Smith", 7, "nsubj", "PROPN", "Smith"),
        ("reported", 7, "ROOT", "VERB", "report"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, maker) == []
    sales = [
        ("Boston", 1, "compound", "PROPN", "Boston"),
        ("Scientific", 2, "nsubj", "PROPN", "Scientific"),
        ("reported", 2, "ROOT", "VERB", "report"),
        ("higher", 4, "amod", "ADJ", "high"),
        ("sales", 2, "dobj", "NOUN", "sale"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    assert parsed_toponyms(nlp, sales) == []
    # a run reporting something else, or a bare big place before a trade noun, stays
    fire = [*sales[:4], ("fire", 2, "dobj", "NOUN", "fire"), sales[5]]
    assert parsed_toponyms(nlp, fire) == ["Boston"]
    # results a verb of no reporting takes ("is starting sales") leave the place
    start = [*sales[:2], ("starting", 2, "ROOT", "VERB", "start"), *sales[3:]]
    assert parsed_toponyms(nlp, start) == ["Boston"]
    town = [("Tennessee", 1, "compound", "PROPN", "Tennessee"), *maker[5:]]
    town = [(w, h - 5 if i else h, d, p, lem) for i, (w, h, d, p, lem) in enumerate(town)]
    assert parsed_toponyms(nlp, town) == ["Tennessee"]


def test_a_small_town_before_a_trade_noun_and_a_firms_name_is_the_firms_trade() -> None:
    nlp = _nlp()
    assert found_toponyms(nlp, "Sandwich chain Jersey Mike's said it hired advisers.") == []
    assert found_toponyms(nlp, "Texas chain Whataburger said it hired advisers.") == ["Texas"]
    assert found_toponyms(nlp, "Sandwich chain stores closed.") == ["Sandwich"]
    # a demonym before a trade noun is no town's name ("the Turkish company Kolin")
    demonym = TinyGazetteer("geomap.test_firm_names_demonym.v1", GAZ.places, {"Turkish": "4"})
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "NORP", "pattern": "Turkish"}])  # type: ignore[attr-defined]
    nlp.add_pipe("geomap_toponyms", config={"gazetteer": demonym.ref, "demonyms": True})
    assert found_toponyms(nlp, "Thus, the Turkish company Kolin won.") == ["Turkish"]


def test_a_clubs_initials_before_a_town_make_the_run_a_club() -> None:
    nlp = _nlp()
    assert found_toponyms(nlp, "AC Brest fans celebrated.") == []
    # other initials leave the town
    assert found_toponyms(nlp, "EU Brest fans celebrated.") == ["Brest"]
    assert found_toponyms(nlp, "Fans celebrated in Brest.") == ["Brest"]
