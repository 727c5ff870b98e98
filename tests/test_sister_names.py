"""A Russian name only the Ukrainian names have meets them, and back (issue 18).

"в Каталонии": iso-codes translates Catalonia into Ukrainian ("Каталонія") but not into
Russian; both transliterate to one key.  Only areas, waters and ranges are met so: a
town's Ukrainian name is never a Russian one's.
"""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.records import Place


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    places = [
        Place("cat", "Catalonia", "admin1", "ES", None, 7_500_000, 1.5, 41.8, "curated"),
        Place("oder", "Oder", "water", None, None, 0, 16.0, 51.5, "curated"),
        Place("town", "Kałusz", "city", "UA", None, 60_000, 24.4, 49.0, "curated"),
    ]
    local = [("uk", "Каталонія", "cat"), ("uk", "Одра", "oder"), ("uk", "Калуш", "town")]
    return Gazetteer.from_places(places, local_names=local)


def test_a_russian_name_meets_the_ukrainian_names_of_an_area(tiny: Gazetteer) -> None:
    assert [c.place.place_id for c in tiny._candidates_local("Каталонии", "ru")] == ["cat"]
    assert [c.place.place_id for c in tiny._candidates_local("Одры", "ru")] == ["oder"]


def test_a_town_is_met_only_in_its_own_language(tiny: Gazetteer) -> None:
    assert tiny._candidates_local("Калуше", "ru") == ()
    assert [c.place.place_id for c in tiny._candidates_local("Калуші", "uk")] == ["town"]


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    return Gazetteer.open()


@pytest.mark.parametrize(
    ("name", "lang", "english"),
    [
        ("Haute-Garonne", "fr", "Upper Garonne"),  # ISO 3166-2 FR-31 by its code
        ("Corse-du-Sud", "fr", "South Corsica"),
        ("Extrême-Nord", "fr", "Far North"),  # a position's proper-name translation
        ("Каталонии", "ru", "Catalonia"),  # only the Ukrainian names have it
    ],
)
def test_the_built_gazetteer_has_the_official_names(
    built: Gazetteer, name: str, lang: str, english: str
) -> None:
    assert built._candidates_local(name, lang)[0].place.name == english
