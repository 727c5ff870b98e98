"""Rules of batch ``d19-`` of the hand-written conflict paragraphs (issue 16).

spacy.blank("en") with an entity ruler, a tiny gazetteer, and geomap's recogniser and
resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, placed
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
