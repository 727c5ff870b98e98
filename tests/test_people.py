"""One-word names an article uses for a person (geomap/nlp/people.py, issue 16)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.extensions import TOPONYMS, register_extensions
from geomap.nlp.people import people, without_people
from tests.blank_geoparse import TinyGazetteer, place

_GAZ = TinyGazetteer(
    "geomap.test_people_gazetteer.v1",
    [
        place("1", "Sutton", "city", "GB", 250_000, "PPLA3"),
        place("2", "London", "city", "GB", 8_900_000, "PPLC"),
        place("3", "Noma", "city", "US", 20_700, "PPL"),
        place("4", "Moscow", "city", "RU", 12_000_000, "PPLC"),
        place("5", "Chad", "country", "TD", 15_000_000, "PCLI"),
    ],
)


def test_a_surname_of_the_article_is_no_town() -> None:
    nlp = _GAZ.nlp([("Ashley Sutton", "PERSON"), ("Sutton", "ORG"), ("London", "GPE")])
    doc = nlp("Ashley Sutton won in London. This year, Sutton goes into the season as champion.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["London"]
    alone = nlp("The race was held in Sutton.")  # no person of that name: the town
    assert [s.text for s in alone.spans[TOPONYMS]] == ["Sutton"]


def _speaking(names: list[str]) -> Doc:
    """'"X" said NAME.' for each name: NAME the subject of "said"."""
    register_extensions()
    words, pos, deps, heads, lemmas = [], [], [], [], []
    for name in names:
        i = len(words)
        words += ["Yes", "said", name, "."]
        pos += ["INTJ", "VERB", "PROPN", "PUNCT"]
        deps += ["intj", "ROOT", "nsubj", "punct"]
        heads += [i + 1, i + 1, i + 1, i + 1]
        lemmas += ["yes", "say", name, "."]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def test_a_small_town_that_speaks_twice_is_a_person() -> None:
    doc = _speaking(["Noma", "Noma", "Moscow", "Moscow", "Chad", "Chad"])
    surnames, speakers = people(doc)
    assert surnames == frozenset() and speakers == {"Noma", "Moscow", "Chad"}
    spans = [Span(doc, i, i + 1, label="GPE") for i in (2, 10, 18)]  # Noma, Moscow, Chad
    kept = without_people(spans, _GAZ())
    assert [s.text for s in kept] == ["Moscow", "Chad"]  # a big city, a country speak
    once = _speaking(["Noma", "Moscow"])
    assert people(once) == (frozenset(), frozenset())  # one saying is not enough


def test_a_relative_or_a_name_with_an_age_is_no_town() -> None:
    nlp = _GAZ.nlp([("Sutton", "GPE"), ("Noma", "GPE"), ("London", "GPE")])
    doc = nlp("He leaves his brother Sutton in London. Later Sutton spoke.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["London"]
    doc = nlp("Barry Smith, 80, and Noma, 81, met in London. Noma smiled.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["London"]
    doc = nlp("In Noma, 20 people met. The brother of the mayor of London spoke.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Noma", "London"]


def test_a_persons_nickname_after_known_as_is_no_place() -> None:
    # "Noma" (a town of the gazetteer) given as a person's other name, tagged GPE
    nlp = _GAZ.nlp([("Ashley Bell", "PERSON"), ("Noma", "GPE"), ("London", "GPE")])
    doc = nlp("The commander Ashley Bell, known as Noma, spoke in London.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["London"]
    doc = nlp("The commander Ashley Bell, nicknamed Noma, spoke in London.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["London"]
    # a place's other name after a place is still a place
    doc = nlp("London, known as Noma, hosted the talks.")
    assert "Noma" in [s.text for s in doc.spans[TOPONYMS]]
