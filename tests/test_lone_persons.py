"""A place natasha reads as a lone surname is judged as a place: "по Оби", "от Новозыбкова"."""

from __future__ import annotations

from functools import cache

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.local_recognise import recognise


def _place(pid: str, name: str, kind: str, cc: str, pop: int, code: str) -> Place:
    return Place(pid, name, kind, cc, "01", pop, 80.0, 55.0, "t", code, admin1_code="01")


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _place("ob", "Ob", "water", "", 0, "STM"),
            _place("nz", "Novozybkov", "city", "RU", 40_000, "PPLA2"),
            _place("lv", "Lavrovo", "city", "RU", 60_000, "PPLA2"),
        ],
        local_names=[
            ("ru", "Обь", "ob"),
            ("ru", "Новозыбков", "nz"),
            ("ru", "Лавров", "lv"),
        ],
    )


def test_a_lone_person_entity_is_a_place_by_its_context() -> None:
    # natasha tags "Оби" and "Новозыбкова" as persons (PER); each follows a preposition
    text = "Суда пойдут по Оби до Новозыбкова."
    assert recognise(_gazetteer(), "ru", text) == ["Оби", "Новозыбкова"]  # scanned as usual
    ents = ((3, 4, "PER"), (5, 6, "PER"))
    assert recognise(_gazetteer(), "ru", text, ents) == ["Оби", "Новозыбкова"]


def test_a_surname_the_article_gives_with_a_name_stays_a_person() -> None:
    text = "Прилетел Сергей Лавров. Встречи у Лаврова начнутся завтра."
    ents = ((1, 3, "PER"), (6, 7, "PER"))
    assert recognise(_gazetteer(), "ru", text, ents) == []


def test_only_for_russian_persons() -> None:
    # an organisation keeps its words; a person of two words is no lone surname
    assert recognise(_gazetteer(), "ru", "Суда пойдут по Оби.", ((3, 4, "ORG"),)) == []
    text = "Суда пойдут к Новозыбкову Ивану."
    assert recognise(_gazetteer(), "ru", text, ((3, 5, "PER"),)) == []
