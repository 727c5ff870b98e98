"""A town after a noun of an attack, and a town natasha runs into lowercase words (lang60).

"Обстрел Купянска продолжается.", "Обстрел: Купянск." (natasha: a person), "в Купянске
повреждены школа" (natasha: one organisation): the town, however the model tagged it.
"""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.attack_nouns import after_attack_noun
from geomap.records import Place
from tests.local_recognise import recognise


@pytest.fixture(scope="module")
def towns() -> Gazetteer:
    places = [
        Place("kupiansk", "Kupiansk", "city", "UA", None, 27_000, 37.62, 49.71, "curated",
              feature_code="PPL"),
        Place("kherson", "Kherson", "city", "UA", None, 280_000, 32.61, 46.64, "curated",
              feature_code="PPLA"),
    ]  # fmt: skip
    local = [("ru", "Купянск", "kupiansk"), ("uk", "Куп’янськ", "kupiansk")]
    return Gazetteer.from_places(places, local_names=local)


def test_a_town_after_a_noun_of_an_attack(towns: Gazetteer) -> None:
    assert recognise(towns, "ru", "Обстрел Купянска продолжается.") == ["Купянска"]
    assert recognise(towns, "uk", "Обстріл: Куп’янськ.") == ["Куп’янськ"]
    # natasha calls the headline's town a person: the noun and the colon make it the town
    assert recognise(towns, "ru", "Обстрел: Купянск.", ((2, 3, "PER"),)) == ["Купянск"]
    # no such noun, no preposition: a town's own nominative as the subject is read
    # (user69a A5: geomap.nlp.nominative_towns); an inflected form is not
    assert recognise(towns, "ru", "Купянск сообщил о потерях.", ((0, 1, "PER"),)) == ["Купянск"]
    assert recognise(towns, "ru", "Доклад Купянска продолжается.") == []


def test_the_noun_governs_only_the_next_word() -> None:
    doc = spacy.blank("ru")("Обстрел : Купянск , а Купянск спит")
    assert after_attack_noun(doc[2], "ru")
    assert not after_attack_noun(doc[5], "ru")
    # German and French take a town after the noun and a colon only ("Beschuss von" has
    # its preposition)
    de = spacy.blank("de")("Beschuss : Cherson und Beschuss Cherson")
    assert after_attack_noun(de[2], "de")
    assert not after_attack_noun(de[5], "de")


def test_a_town_the_model_runs_into_lowercase_words(towns: Gazetteer) -> None:
    text = "С утра в Купянске повреждены школа и почта."
    # natasha: "Купянске повреждены школа" one organisation
    assert recognise(towns, "ru", text, ((3, 6, "ORG"),)) == ["Купянске"]
    # an organisation with a capitalised word after the first stays one
    text2 = "Заявление сделали в Купянске Городском Совете вчера."
    assert recognise(towns, "ru", text2, ((3, 6, "ORG"),)) == []
