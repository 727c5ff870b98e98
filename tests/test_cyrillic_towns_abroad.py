"""A Cyrillic case form reaches a town abroad of 10,000 people by the town's Cyrillic name.

:func:`geomap.gazetteer.guess_rules.guessable`: "между Кируной и Нарвиком", "з Кіруни",
"у Инвернесса" are case forms the lemmatiser does not know; their guessed nominatives
("Кируна", "Нарвик") are the towns' own Cyrillic names (GeoNames' alternate names), which
name Kiruna (17,000 people) and Narvik (14,000); a village abroad stays out of a guess.
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.records import Place


def _town(pid: str, name: str, cc: str, pop: int) -> Place:
    return Place(pid, name, "city", cc, None, pop, 18.0, 68.0, "test", feature_code="PPL")


def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [_town("ki", "Kiruna", "SE", 17_000), _town("ob", "Oberhof", "DE", 1_600)],
        local_names=[
            ("ru", "Кируна", "ki"), ("uk", "Кіруна", "ki"), ("ru", "Оберхоф", "ob"),
        ],
    )  # fmt: skip


def test_a_towns_case_form_reaches_it_by_its_cyrillic_name() -> None:
    gz = _gazetteer()
    for name, lang in (("Кируной", "ru"), ("Кіруни", "uk")):
        assert [c.place.place_id for c in gz.candidates(name, lang)] == ["ki"], name


def test_a_village_abroad_is_reached_as_written_only() -> None:
    gz = _gazetteer()
    assert [c.place.place_id for c in gz.candidates("Оберхоф", "ru")] == ["ob"]
    assert not gz.candidates("Оберхофа", "ru")
