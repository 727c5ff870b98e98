"""A reservoir or lake named by its town's adjective in Russian or Ukrainian."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.foreign_forms import water_stem
from geomap.records import Place


def test_the_adjective_and_the_word_for_the_water() -> None:
    assert water_stem("Цимлянского водохранилища", "ru") == ("tsimlyan", "reservoir")
    assert water_stem("Каховського водосховища", "uk") == ("kakhov", "reservoir")
    assert water_stem("Куйбышевском водохранилище", "ru") == ("kuybyshev", "reservoir")
    assert water_stem("Ладожского озера", "ru") == ("ladozh", "lake")
    assert water_stem("Цимлянского района", "ru") is None  # no word for water
    assert water_stem("Белое озеро", "ru") is None  # no town's adjective


def test_the_water_whose_english_name_shares_the_stem() -> None:
    places = [
        Place("ts", "Tsimlyansk Reservoir", "water", None, None, 0, 42.5, 47.8, "naturalearth"),
        Place("ka", "Kakhovka Reservoir", "water", None, None, 0, 34.0, 47.3, "naturalearth"),
        Place("la", "Lake Ladoga", "water", None, None, 0, 31.5, 60.8, "naturalearth"),
        Place("tw", "Tsimlyansk", "city", "RU", None, 14_000, 42.1, 47.65, "geonames"),
    ]
    gazetteer = Gazetteer.from_places(places)

    def ids(name: str, lang: str) -> list[str]:
        return [c.place.place_id for c in gazetteer.candidates(name, lang)]

    assert ids("Цимлянского водохранилища", "ru") == ["ts"]
    assert ids("Каховского водохранилища", "ru") == ["ka"]
    assert ids("Ладожского озера", "ru") == ["la"]  # the kind word first in English
    assert ids("Каховского озера", "ru") == []  # a lake, not the reservoir
