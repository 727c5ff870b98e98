"""A guessed nominative reaches a village of the article's own country however small (issue 18)."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.records import Place


def _village(pid: str, name: str, cc: str, pop: int) -> Place:
    return Place(pid, name, "city", cc, None, pop, 60.0, 170.0, "curated")


#: "от Уэлена": a Chukotka village of 697 people, named in Russian only by its nominative
UELEN = _village("uelen", "Uelen", "RU", 697)
#: the same size in Belarus, where Cyrillic is written but Russian is not the only language
LYNTUPY = _village("lyntupy", "Lyntupy", "BY", 700)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.from_places(
        [UELEN, LYNTUPY],
        local_names=[("ru", "Уэлен", "uelen"), ("ru", "Лынтупы", "lyntupy")],
    )


def _ids(gz: Gazetteer, name: str, lang: str) -> list[str]:
    return [c.place.place_id for c in gz.candidates(name, lang)]


def test_a_home_village_is_reached_by_its_guessed_nominative(gz: Gazetteer) -> None:
    assert _ids(gz, "Уэлен", "ru") == ["uelen"]  # as written
    assert _ids(gz, "Уэлена", "ru") == ["uelen"]  # the genitive: "Уэлен" guessed


def test_a_village_abroad_still_needs_a_thousand_people(gz: Gazetteer) -> None:
    assert _ids(gz, "Лынтупы", "ru") == ["lyntupy"]  # as written, any size
    assert _ids(gz, "Лынтупах", "ru") == []  # guessed: under GUESS_MIN_POPULATION abroad
