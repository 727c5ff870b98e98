"""Rules of batch ``d19-`` of the hand-written conflict paragraphs (issue 16).

spacy.blank("en") with an entity ruler, a tiny gazetteer, and geomap's recogniser and
resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, line_toponyms, placed
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d19_gazetteer.v1",
    [
        entry("2747373", "The Hague", "city", "NL", 474_292, "PPLG", 4.30, 52.08),
        entry("2750405", "The Netherlands", "country", "NL", 17_000_000, "PCLI", 5.75, 52.5),
        entry("3230000", "Srpska", "admin1", "BA", 740_663, "ADM1", 18.0, 44.47),
        entry("3191281", "Sarajevo", "city", "BA", 696_731, "PPLC", 18.36, 43.85),
    ],
    other_names=(
        ("Hague", "2747373", "alternate"),
        ("Netherlands", "2750405", "alternate"),
        ("Republika Srpska", "3230000", "alias"),
    ),
)


def test_a_town_whose_own_name_opens_with_the_keeps_its_article() -> None:
    nlp = _GAZ.nlp([("Hague", "GPE"), ("Netherlands", "GPE")])
    assert placed(nlp, "Guyana asked the court in The Hague to act .") == [("The Hague", "2747373")]
    # a country's article stays outside the name, as "the Netherlands" is annotated
    assert placed(nlp, "Exports to France And The Netherlands rose .") == [
        ("Netherlands", "2750405")
    ]
    # "The" opening the sentence opens any sentence
    assert placed(nlp, "The Hague said it would appeal .") == [("Hague", "2747373")]


def test_a_name_runs_on_to_the_longer_own_name_it_is_part_of() -> None:
    # the model's tags: "Republika" GPE, "Srpska" PERSON (no gazetteer scan over it)
    nlp = _GAZ.nlp([("Republika", "GPE"), ("Srpska", "PERSON"), ("Sarajevo", "GPE")])
    assert placed(nlp, "Lawmakers in Republika Srpska voted on Monday .") == [
        ("Republika Srpska", "3230000")
    ]
    # a capitalised word that makes no own name is not taken in
    assert placed(nlp, "Lawmakers in Sarajevo Monday voted .") == [("Sarajevo", "3191281")]


_TOWNS = TinyGazetteer(
    "geomap.test_conflict_d19_towns_gazetteer.v1",
    [
        entry("3469058", "Brasilia", "city", "BR", 2_207_718, "PPLC", -47.93, -15.78),
        entry("6317835", "Pacaraima", "city", "BR", 19_305, "PPL", -61.15, 4.43),
        entry("3936456", "Lima", "city", "PE", 7_737_002, "PPLC", -77.03, -12.04),
        entry("5288786", "Congress", "city", "US", 1_975, "PPL", -112.85, 34.16),
        entry("5072006", "Macy", "city", "US", 956, "PPL", -96.11, 42.11),
        entry("4140963", "Washington", "city", "US", 689_545, "PPLC", -77.04, 38.90),
    ],
)


def test_a_town_after_a_preposition_in_a_named_country_is_a_place_at_any_distance() -> None:
    labels = [("Brasilia", "GPE"), ("Lima", "GPE"), ("Washington", "GPE")]
    nlp = _TOWNS.nlp([*labels, ("Pacaraima", "WORK_OF_ART"), ("Congress", "ORG"), ("Macy", "ORG")])
    # 2,000 km from Brasilia, in the country of the place the story names
    assert placed(nlp, "Brasilia said it was watching its border at Pacaraima .") == [
        ("Brasilia", "3469058"),
        ("Pacaraima", "6317835"),
    ]
    # no place of Brazil named: the work's title stays one
    assert placed(nlp, "Lima said it was watching its border at Pacaraima .") == [
        ("Lima", "3936456")
    ]
    # a common English word is no town, whatever country the story names
    assert placed(nlp, "Washington officials said support in Congress was strong .") == [
        ("Washington", "4140963")
    ]
    # a name before a possessive is a shop's or a bar's
    assert placed(nlp, "Washington police said he ran through Macy's with a gun .") == [
        ("Washington", "4140963")
    ]
    assert placed(nlp, "Washington police said he ran through Macy with a gun .") == [
        ("Washington", "4140963"),
        ("Macy", "5072006"),
    ]


_HEADLINE = TinyGazetteer(
    "geomap.test_conflict_d19_headline_gazetteer.v1",
    [
        entry("5308655", "Phoenix", "city", "US", 1_608_139, "PPLA", -112.07, 33.45),
        entry("4140963", "Washington", "city", "US", 689_545, "PPLC", -77.04, 38.90),
        entry("2950159", "Berlin", "city", "DE", 3_426_354, "PPLC", 13.41, 52.52),
    ],
)


def test_a_headline_name_the_body_gives_a_first_name_is_that_person() -> None:
    nlp = _HEADLINE.nlp([("Phoenix", "GPE"), ("Washington", "GPE"), ("Berlin", "GPE")])
    text = (
        "Phoenix, Washington Win Acting Awards\n\n"
        "Joaquin Phoenix and Denzel Washington took the top prizes in Berlin ."
    )
    assert line_toponyms(nlp, text) == ["Berlin"]
    # the body's name after a common word, or alone: the place
    text = "Storm Hits Phoenix\n\nResidents said greater Phoenix lost power as Berlin watched ."
    assert line_toponyms(nlp, text) == ["Phoenix", "Phoenix", "Berlin"]
    text = "Phoenix Storm Closes Roads\n\nResidents of Central Phoenix lost power ."
    assert line_toponyms(nlp, text) == ["Phoenix", "Phoenix"]
    # a headline's name that does not open it ("in Phoenix") stays a place
    text = "Actors Gather in Phoenix\n\nJoaquin Phoenix spoke in Berlin ."
    assert line_toponyms(nlp, text) == ["Phoenix", "Phoenix", "Berlin"]
