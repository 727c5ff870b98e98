"""A Cyrillic name meets a river's or sea's other names, not a town's or country's."""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.records import Place


def test_a_cyrillic_name_meets_a_natural_features_alternate_name() -> None:
    places = [
        Place("dv", "Zapadnaya Dvina", "water", None, None, 0, 26.5, 55.9, "naturalearth"),
        Place("cl", "Chile", "country", "CL", None, 19_000_000, -71.0, -35.0, "curated"),
        Place("tw", "Lodi", "city", "IT", None, 45_000, 9.5, 45.3, "curated"),
    ]
    gazetteer = Gazetteer.from_places(
        places,
        other_names=[
            ("Daugava", "dv", "alternate"),
            ("Sili", "cl", "alternate"),
            ("Lodzi", "tw", "alternate"),
        ],
    )
    # "на берегу Даугавы": the Western Dvina by its Latvian name, an alternate in the sources
    assert [c.place.place_id for c in gazetteer.candidates("Даугавы", "ru")] == ["dv"]
    # a country's or a town's alternate still needs more than a transliteration
    assert gazetteer.candidates("Сили", "ru") == []
    assert gazetteer.candidates("Лодзи", "ru") == []
