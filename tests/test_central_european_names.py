"""Polish, French, Russian and Ukrainian names of the curated regions and ranges of
central and eastern Europe (``data/local_names.csv``, branch ``lang39``), inflected
forms included, reach their places in the built gazetteer."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.open()


@pytest.mark.parametrize(
    ("name", "lang", "place_id"),
    [
        ("Tatrach", "pl", "curated:tatra-mountains"),  # a locative plural
        ("Sudetach", "pl", "curated:sudetes"),
        ("Morawy", "pl", "curated:moravia"),
        ("Wołoszczyzny", "pl", "curated:wallachia"),  # was Vologda Oblast's alternate
        ("Moravie", "fr", "curated:moravia"),
        ("Бессарабії", "uk", "curated:bessarabia"),
        ("Трансильвании", "ru", "curated:transylvania"),
    ],
)
def test_local_names_reach_their_places(gz: Gazetteer, name: str, lang: str, place_id: str) -> None:
    assert place_id in {c.place.place_id for c in gz.candidates(name, lang)}


def test_pays_basque_is_the_basque_country(gz: Gazetteer) -> None:
    assert {c.place.name for c in gz.candidates("Pays basque", "fr")} == {"Basque Country"}
