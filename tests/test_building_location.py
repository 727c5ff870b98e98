"""A building's name is placed where its own words or its sentence say it lies."""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_building_location_gazetteer.v1",
    [
        place("1", "United Kingdom", "country", "GB", 67_000_000, lon=-2.7, lat=54.8),
        place("2", "Tokyo", "city", "JP", 9_000_000, "PPLC", lon=139.7, lat=35.7),
        place("3", "Cambridge", "city", "GB", 145_000, lon=0.1, lat=52.2),
        place("4", "Cambridge", "city", "US", 110_000, lon=-71.1, lat=42.4),
        place("5", "Armenia", "country", "AM", 3_000_000, lon=45.0, lat=40.2),
        place("6", "Vatican", "country", "VA", 800, lon=12.45, lat=41.9),
        place("7", "Russia", "country", "RU", 144_000_000, lon=100.0, lat=60.0),
        place("8", "United States", "country", "US", 330_000_000, lon=-98.5, lat=39.8),
        place("9", "Washington", "city", "US", 700_000, "PPLC", lon=-77.0, lat=38.9),
        place("10", "London", "city", "GB", 8_900_000, "PPLC", lon=-0.1, lat=51.5),
        place("11", "Branch", "city", "US", 400, lon=-92.3, lat=30.4),
    ],
    demonyms={"Russian": "7", "British": "1"},
)


def _placed(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    out = GAZ.resolve_named(text, names)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


def test_a_building_name_ending_with_a_city_is_in_that_city() -> None:
    out = _placed("He works at the British Embassy Tokyo.", ["British Embassy Tokyo"])
    assert out["British Embassy Tokyo"][0] == "2"  # not the United Kingdom
    text = "London. I studied at Robinson College Cambridge."
    out = _placed(text, ["London", "Robinson College Cambridge"])
    assert out["Robinson College Cambridge"][0] == "3"  # the British one, by the article


def test_a_building_name_ending_with_a_small_town_s_name_is_not_placed_there() -> None:
    text = "London. The Regional Trial Court Branch ruled."
    out = _placed(text, ["London", "Regional Trial Court Branch"])
    assert out["Regional Trial Court Branch"][0] != "11"


def test_an_embassy_is_in_the_country_its_sentence_names_not_the_one_its_name_names() -> None:
    text = "Armenia. He visited the Embassy of Armenia in the Vatican."
    out = _placed(text, ["Armenia", "Embassy of Armenia", "Vatican"])
    assert out["Embassy of Armenia"] == ("6", "focus")
    assert out["Armenia"] == ("5", "name")


def test_an_embassy_in_a_country_s_capital_is_at_the_capital() -> None:
    text = "London. Diplomats left the Russian Embassy in the United States capital."
    out = _placed(text, ["London", "Russian Embassy", "United States"])
    assert out["Russian Embassy"] == ("9", "focus")
    assert _placed("London. Diplomats left the Russian Embassy.", ["London", "Russian Embassy"])[
        "Russian Embassy"
    ] == ("10", "focus")


def test_a_country_s_own_long_name_is_not_moved_by_what_follows_it() -> None:
    text = "Talks between the Republic of Armenia in the Vatican began."
    out = _placed(text, ["Republic of Armenia", "Vatican"])
    assert out["Republic of Armenia"][0] == "5"


def test_an_institution_s_common_noun_is_at_the_focus_not_a_namesake_town() -> None:
    gaz = TinyGazetteer(
        "geomap.test_building_location_congress_gazetteer.v1",
        [
            place("1", "Washington", "city", "US", 700_000, "PPLC", lon=-77.0, lat=38.9),
            place("2", "Congress", "city", "US", 1_900, lon=-112.9, lat=34.2),
        ],
    )
    text = "He will travel to Washington to testify before Congress. Washington waits."
    out = {m.text: m for m in gaz.resolve_named(text, ["Washington", "Congress"])}
    assert out["Congress"].place is not None
    assert (out["Congress"].place.place_id, out["Congress"].located_by) == ("1", "focus")


def test_a_building_named_after_a_continent_goes_to_the_focus() -> None:
    gaz = TinyGazetteer(
        "geomap.test_building_location_mall_gazetteer.v1",
        [
            place("1", "Asia", "continent", "", 4_000_000_000, lon=90.0, lat=30.0),
            place("2", "Manila", "city", "PH", 1_800_000, "PPLC", lon=121.0, lat=14.6),
        ],
    )
    text = "Manila. The concert at the SM Mall of Asia was raided."
    out = {m.text: m for m in gaz.resolve_named(text, ["Manila", "SM Mall of Asia"])}
    mall = out["SM Mall of Asia"]
    assert mall.place is not None and (mall.place.place_id, mall.located_by) == ("2", "focus")


def test_a_neighbourhood_named_after_a_people_is_not_in_their_country() -> None:
    gaz = TinyGazetteer(
        "geomap.test_building_location_quarter_gazetteer.v1",
        [
            place("1", "France", "country", "FR", 68_000_000, lon=2.0, lat=46.0),
            place("2", "New Orleans", "city", "US", 390_000, lon=-90.07, lat=29.95),
        ],
        demonyms={"French": "1"},
    )
    text = "New Orleans. They walked through the French Quarter at night."
    out = {m.text: m for m in gaz.resolve_named(text, ["New Orleans", "French Quarter"])}
    quarter = out["French Quarter"]
    assert quarter.place is not None and quarter.place.place_id == "2"
    assert quarter.located_by == "focus"


def test_a_country_s_ministry_is_at_its_capital() -> None:
    gaz = TinyGazetteer(
        "geomap.test_building_location_ministry_gazetteer.v1",
        [
            place("1", "Russia", "country", "RU", 144_000_000, lon=100.0, lat=60.0),
            place("2", "Moscow", "city", "RU", 12_000_000, "PPLC", lon=37.6, lat=55.75),
        ],
        demonyms={"Russian": "1"},
    )
    text = "The ambassador was told at the Russian Foreign Ministry."
    out = {m.text: m for m in gaz.resolve_named(text, ["Russian Foreign Ministry"])}
    ministry = out["Russian Foreign Ministry"]
    assert ministry.place is not None and ministry.place.place_id == "2"
