"""A name resolved to a namesake abroad is the unit of the article's country it extends."""

from __future__ import annotations

from geomap.nlp.extended_units import extends
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_extended_units_gazetteer.v1",
    [
        place("1", "Leicestershire", "admin2", "GB", 700_000, lon=-1.1, lat=52.7),
        place("2", "Northamptonshire", "admin2", "GB", 700_000, lon=-0.9, lat=52.3),
        place("3", "Fife", "admin2", "GB", 370_000, lon=-3.1, lat=56.2),
        place("4", "Wexshire", "city", "US", 7_000, lon=-77.4, lat=38.8),
        place("5", "North Wexshire", "admin2", "GB", 480_000, lon=-1.3, lat=54.1),
        place("6", "Ambleton", "city", "US", 30_000, lon=-72.9, lat=41.5),
        place("7", "Ambleton West and Chesby", "admin2", "GB", 310_000, lon=-2.8, lat=53.2),
    ],
)


def test_a_name_is_the_unit_of_the_articles_country_it_extends() -> None:
    text = "Races: Leicestershire. Wexshire. Northamptonshire. Ambleton. Fife."
    names = ["Leicestershire", "Wexshire", "Northamptonshire", "Ambleton", "Fife"]
    out = GAZ.resolve_named(text, names)
    got = {m.text: m.place.place_id if m.place else None for m in out}
    assert got["Wexshire"] == "5"  # North Wexshire, not a town in Virginia
    assert got["Ambleton"] == "7"


def test_a_name_stays_in_its_own_country_when_the_article_is_there() -> None:
    out = GAZ.resolve_named("Wexshire and Ambleton.", ["Wexshire", "Ambleton"])
    got = {m.text: m.place.place_id if m.place else None for m in out}
    assert got == {"Wexshire": "4", "Ambleton": "6"}


def test_extends_by_a_compass_word_or_a_joined_name_only() -> None:
    assert extends("North Yorkshire", "Yorkshire")
    assert extends("Cheshire East", "Cheshire")
    assert extends("Cheshire West and Chester", "Cheshire")
    assert not extends("East Riding of Yorkshire", "Yorkshire")
    assert not extends("Yorkshire Dales", "Yorkshire")
    assert not extends("Yorkshire", "Yorkshire")
