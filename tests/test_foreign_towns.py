"""A small town picked in a country the story never goes to, far from all its places."""

from __future__ import annotations

from geomap.nlp.foreign_towns import foreign_towns, is_foreign_town
from tests.blank_geoparse import TinyGazetteer, place

MEDAN = place("1", "Medan", "city", "ID", 2_400_000, lon=98.67, lat=3.58)
BINJAI = place("2", "Binjai", "city", "ID", 250_000, lon=98.49, lat=3.6)
KARO_IN = place("3", "Karo", "city", "IN", 39_000, lon=85.98, lat=23.79)
KARO_US = place("4", "Karo", "city", "US", 4_000, lon=-83.4, lat=43.5)
INDIA = place("5", "India", "country", "IN", 1_300_000_000, lon=79.0, lat=22.0)
KABUL = place("6", "Kabul", "city", "AF", 90_000, "PPLC", lon=69.2, lat=34.5)

GAZ = TinyGazetteer(
    "geomap.test_foreign_towns_gazetteer.v1", [MEDAN, BINJAI, KARO_IN, KARO_US, INDIA]
)


def test_a_small_town_far_abroad_is_dropped_when_no_candidate_fits() -> None:
    picks = {"medan": (MEDAN, 0.9), "binjai": (BINJAI, 0.9), "karo": (KARO_IN, 0.6)}
    ranked = {k: [v] for k, v in picks.items()}
    ranked["karo"] = [(KARO_IN, 0.6), (KARO_US, 0.2)]
    out = foreign_towns(picks, ranked)
    assert "karo" not in out
    assert out["medan"] == (MEDAN, 0.9)


def test_a_town_in_a_named_country_or_a_capital_or_with_one_other_place_stays() -> None:
    assert not is_foreign_town(KARO_IN, [MEDAN, INDIA])  # the story names India
    assert not is_foreign_town(KABUL, [MEDAN, BINJAI])  # capitals are named from anywhere
    assert not is_foreign_town(KARO_IN, [MEDAN])  # one other place says too little
    assert is_foreign_town(KARO_IN, [MEDAN, BINJAI])


def test_the_unknown_regency_goes_to_the_story_s_focus() -> None:
    text = "Floods hit Medan and Binjai. Farmers in Karo lost their crops."
    out = GAZ.resolve_named(text, ["Medan", "Binjai", "Karo"])
    got = {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}
    assert got["Karo"] == ("1", "focus")
    text = "Floods hit Medan, Binjai and India. Farmers in Karo lost their crops."
    out = GAZ.resolve_named(text, ["Medan", "Binjai", "India", "Karo"])
    got = {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}
    assert got["Karo"] == ("3", "name")


def test_a_foreign_town_s_replacement_lies_in_the_story_whatever_its_kind() -> None:
    orleans = place("7", "New Orleans", "city", "US", 390_000, lon=-90.07, lat=29.95)
    louisiana = place("8", "Louisiana", "admin1", "US", 4_600_000, lon=-92.0, lat=31.0)
    quarter = place("9", "Quarter", "city", "GB", 3_000, lon=-3.98, lat=55.74)
    district = place("10", "The Quarter", "admin1", "AI", 3_000, lon=-63.03, lat=18.2)
    picks = {"orleans": (orleans, 0.9), "louisiana": (louisiana, 0.9), "q": (quarter, 0.9)}
    ranked = {k: [v] for k, v in picks.items()}
    ranked["q"] = [(quarter, 0.9), (district, 0.1)]
    assert "q" not in foreign_towns(picks, ranked)  # no district of Anguilla either
    karo_id = place("11", "Karo", "city", "ID", 1_000, lon=98.5, lat=3.1)
    picks = {"medan": (MEDAN, 0.9), "binjai": (BINJAI, 0.9), "karo": (KARO_IN, 0.6)}
    ranked = {k: [v] for k, v in picks.items()}
    ranked["karo"] = [(KARO_IN, 0.6), (KARO_US, 0.2), (karo_id, 0.1)]
    assert foreign_towns(picks, ranked)["karo"] == (karo_id, 0.1)


def test_a_name_with_one_entry_or_an_unknown_population_stays_where_it_is() -> None:
    """Bucha in a story from Washington and New York is Bucha: it has no namesake (review)."""
    washington = place("12", "Washington", "city", "US", 690_000, lon=-77.04, lat=38.9)
    new_york = place("13", "New York", "city", "US", 8_800_000, lon=-74.0, lat=40.71)
    bucha = place("14", "Bucha", "city", "UA", 28_000, lon=30.23, lat=50.55)
    picks = {"w": (washington, 0.9), "ny": (new_york, 0.9), "b": (bucha, 0.8)}
    ranked = {k: [v] for k, v in picks.items()}
    assert foreign_towns(picks, ranked)["b"] == (bucha, 0.8)
    unknown = place("15", "Karo", "admin2", "IN", 0, lon=85.98, lat=23.79)
    assert not is_foreign_town(unknown, [MEDAN, BINJAI])


def test_a_town_and_its_units_in_one_country_are_one_place_however_far() -> None:
    """A city, its governorate and district of one name are no namesakes (user70b A1)."""
    town = place("16", "Qarif", "city", "YE", 17_000, lon=45.33, lat=15.46)
    unit = place("17", "Qarif", "admin1", "YE", 17_000, lon=45.10, lat=15.29)
    district = place("18", "Qarif", "admin2", "YE", 0, lon=45.37, lat=15.47)
    tyre = place("19", "Sur", "city", "LB", 130_000, lon=35.2, lat=33.27)
    beirut = place("20", "Beirut", "city", "LB", 1_900_000, lon=35.5, lat=33.89)
    picks = {"q": (town, 0.6), "t": (tyre, 0.9), "b": (beirut, 0.9)}
    ranked = {k: [v] for k, v in picks.items()}
    ranked["q"] = [(town, 0.6), (unit, 0.3), (district, 0.1)]
    assert foreign_towns(picks, ranked)["q"] == (town, 0.6)
    far_unit = place("21", "Qarif", "admin1", "YE", 17_000, lon=52.0, lat=17.0)  # 700 km
    ranked["q"] = [(town, 0.6), (far_unit, 0.4)]
    assert "q" not in foreign_towns(picks, ranked)
    ranked["q"] = [(town, 0.6), (KARO_US, 0.4)]  # a namesake in another country
    assert "q" not in foreign_towns(picks, ranked)


def test_a_focus_placement_over_a_big_town_of_another_country_is_a_guess() -> None:
    """ "Hodeidah" (another name of a Yemeni city of 735,000) placed at Tyre (user70b A1)."""
    from geomap.nlp.foreign_towns import big_town_elsewhere

    port = place("22", "Al Hudvo", "city", "YE", 735_000, lon=42.95, lat=14.8)
    tyre = place("23", "Sur", "city", "LB", 130_000, lon=35.2, lat=33.27)
    assert big_town_elsewhere(tyre, port, ["YE"])
    assert not big_town_elsewhere(tyre, port, ["YE", "LB"])  # a namesake in the focus's
    assert not big_town_elsewhere(MEDAN, KARO_IN, ["IN", "US"])  # a small namesake abroad
    assert not big_town_elsewhere(tyre, None, [])
