"""A Polish name that is also an adjective's feminine form, before its noun: no place."""

from __future__ import annotations

from functools import cache

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.local_recognise import recognise


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [
            Place("pl", "Polska", "country", "PL", None, 38_000_000, 19.1, 51.9, "t", "PCLI"),
            Place("dkr", "Dakar", "city", "SN", None, 2_500_000, -17.4, 14.7, "t", "PPLC"),
        ],
        local_names=[("pl", "Polska", "pl"), ("pl", "Dakar", "dkr")],
    )


def test_a_sentence_initial_adjective_before_its_noun_is_no_country() -> None:
    # "Polska ambasada w Dakarze", "Polska Marynarka Wojenna": the adjective "polski"
    gz = _gazetteer()
    assert recognise(gz, "pl", "Polska ambasada w Dakarze pomaga .") == ["Dakarze"]
    assert recognise(gz, "pl", "Polska Marynarka Wojenna wyśle okręt .") == []
    # the country as the subject, before its verb or a conjunction, stays
    assert recognise(gz, "pl", "Polska wysłała pomoc do Dakaru .") == ["Polska", "Dakaru"]
    assert recognise(gz, "pl", "Polska stała się celem .") == ["Polska"]
    assert recognise(gz, "pl", "Polska i Senegal podpisały umowę .") == ["Polska"]


@cache
def _russian() -> Gazetteer:
    return Gazetteer.from_places(
        [
            Place("lesnoy", "Lesnoy", "city", "RU", None, 55_100, 60.6, 58.6, "t", "PPL"),
            Place("luki", "Velikiye Luki", "city", "RU", None, 97_000, 30.5, 56.3, "t", "PPL"),
        ],
        local_names=[("ru", "Лесной", "lesnoy"), ("ru", "Великие Луки", "luki")],
    )


def test_a_russian_plural_adjective_is_no_town_of_its_singular() -> None:
    # "САНТЬЯГО, 20 января — Лесные пожары вокруг ...": "лесной", the towns Lesnoy
    gz = _russian()
    assert recognise(gz, "ru", "ЛЕСНОЙ , 20 января — Лесные пожары охватили регион .") == ["ЛЕСНОЙ"]
    # and when the model tags the adjective as a location
    assert recognise(gz, "ru", "Лесные пожары охватили регион .", ((0, 1, "LOC"),)) == []
    assert recognise(gz, "ru", "Пожар начался в Лесном .") == ["Лесном"]
    assert recognise(gz, "ru", "Поезд прибыл в Великие Луки .") == ["Великие Луки"]
