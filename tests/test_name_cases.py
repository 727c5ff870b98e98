"""A Russian person's name in the nominative (geomap.claims.name_cases)."""

from __future__ import annotations

from typing import Any

import pytest

from geomap.claims.local_lexicon import RUSSIAN
from geomap.claims.local_sources import with_entity
from geomap.claims.name_cases import nominative, oblique_nominatives
from geomap.records import Speaker


@pytest.fixture(scope="module")
def vocab() -> Any:
    from natasha import MorphVocab

    return MorphVocab()


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Вячеслава Гладкова", "Вячеслав Гладков"),  # genitive, masculine
        ("Марии Захаровой", "Мария Захарова"),  # genitive, feminine
        ("Виталием Кличко", "Виталий Кличко"),  # instrumental; indeclinable surname
        ("Пескову", "Песков"),  # dative surname alone
    ],
)
def test_an_oblique_name_is_put_in_the_nominative(vocab: Any, written: str, expected: str) -> None:
    assert nominative(written, vocab) == expected


@pytest.mark.parametrize(
    "written",
    [
        "Вячеслав Гладков",  # already nominative
        "Мария Захарова",
        "Гладкова",  # a woman's surname in the nominative as likely as a man's genitive
        "Кремля",  # no person's name
        "ООН",
    ],
)
def test_a_name_already_nominative_or_no_persons_name_stays_as_written(
    vocab: Any, written: str
) -> None:
    assert nominative(written, vocab) == written


def test_the_entity_of_a_person_is_compared_in_the_normal_form() -> None:
    said = Speaker("Пескова", 0, 7, kind="person")
    upper = {"Пескова": "Песков", "Дмитрия Пескова": "Дмитрий Песков"}
    record = with_entity(said, ["Дмитрия Пескова"], RUSSIAN, lambda n: upper.get(n, n))
    assert (record.name, record.entity) == ("Пескова", "Дмитрий Песков")
    # without a normal form the names are compared as written
    assert with_entity(said, ["Дмитрия Пескова"], RUSSIAN).entity == "Дмитрия Пескова"


def test_an_ambiguous_surname_is_the_articles_fuller_name_in_either_reading(vocab: Any) -> None:
    """ "Вячеслав Гладков … По словам Гладкова": his genitive, not a woman's nominative."""
    assert "Гладков" in oblique_nominatives("Гладкова", vocab)
    said = Speaker("Гладкова", 0, 8, kind="person")

    def entity(persons: list[str]) -> str | None:
        return with_entity(
            said,
            persons,
            RUSSIAN,
            lambda n: nominative(n, vocab),
            readings=lambda n: oblique_nominatives(n, vocab),
        ).entity

    assert entity(["Вячеслав Гладков"]) == "Вячеслав Гладков"
    assert entity(["Анна Гладкова"]) == "Анна Гладкова"  # the nominative reading first
    assert entity(["Сергей Собянин"]) == "Гладкова"  # no fuller name: as written
