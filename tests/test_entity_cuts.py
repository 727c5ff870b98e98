"""How a French entity is cut to the place in it (:mod:`geomap.nlp.local_entities`)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.local_entities import cuts_name
from geomap.records import Place


def test_a_part_that_cuts_a_name_after_a_common_noun() -> None:
    doc = spacy.blank("fr")("La présidente de la région Grand Est a parlé .")
    ent = Span(doc, 4, 7, label="LOC")  # "région Grand Est"
    assert cuts_name(doc[4:6], ent)  # "région Grand": the name goes on
    assert not cuts_name(doc[5:7], ent)  # "Grand Est": the whole name
    assert not cuts_name(doc[4:7], ent)  # the entity itself


def test_the_name_after_a_unit_word_keeps_its_capitalised_last_word() -> None:
    places = [
        Place("ge", "Grand Est", "admin1", "FR", None, 5_500_000, 5.6, 48.7, "curated"),
        Place("gr", "Grand", "city", "FR", None, 500, 5.49, 48.38, "curated"),
    ]
    recognizer = LocalToponymRecognizer(Gazetteer.from_places(places))
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp("La présidente de la région Grand Est a parlé .")
    doc.ents = [Span(doc, 4, 7, label="LOC")]
    # "Est" is a stop word ("est", is), but the capitalised last word of a name
    assert [s.text for s in recognizer(doc).spans["toponyms"]] == ["Grand Est"]


def test_a_noun_and_de_before_the_entity_when_the_gazetteer_knows_the_whole() -> None:
    places = [
        Place("sg", "Suwałki Gap", "region", None, None, 0, 23.2, 54.2, "curated"),
        Place("su", "Suwałki", "city", "PL", None, 69_000, 22.93, 54.1, "curated"),
    ]
    gazetteer = Gazetteer.from_places(places, other_names=[("corridor de Suwałki", "sg", "exonym")])
    recognizer = LocalToponymRecognizer(gazetteer)
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")

    def found(text: str) -> list[str]:
        doc = nlp(text)
        doc.ents = [Span(doc, 6, 7, label="LOC")]  # the model took only "Suwałki"
        return [s.text for s in recognizer(doc).spans["toponyms"]]

    assert found("Des renforts pour le corridor de Suwałki .") == ["corridor de Suwałki"]
    assert found("Des renforts pour le centre de Suwałki .") == ["Suwałki"]  # no such name


def test_a_river_before_a_town_both_read_as_surnames() -> None:
    def found(population: int) -> list[str]:
        places = [
            Place("pr", "Prut", "water", None, None, 0, 28.2, 45.9, "curated"),
            Place("ca", "Cahul", "city", "MD", None, population, 28.19, 45.9, "curated"),
        ]
        gazetteer = Gazetteer.from_places(
            places, local_names=[("ru", "Прут", "pr"), ("ru", "Кагул", "ca")]
        )
        nlp = spacy.blank("ru")
        nlp.add_pipe("sentencizer")
        doc = nlp("Уровень Прута у Кагула низкий .")
        doc.ents = [Span(doc, 1, 2, label="PER"), Span(doc, 3, 4, label="PER")]
        return [s.text for s in LocalToponymRecognizer(gazetteer)(doc).spans["toponyms"]]

    # natasha reads both genitives as surnames; the town after the river places it
    assert "Прута" in found(34_000)
    assert found(900) == []  # a village's name: no word that the surname is a town
