"""English news writes some units by their own ISO 3166-2 name: "Podkarpackie province"."""

from __future__ import annotations

from geomap.gazetteer.builder.iso_codes import subdivision
from geomap.gazetteer.builder.iso_names import add_iso_names
from geomap.gazetteer.builder.iso_own_names import own_name
from geomap.gazetteer.builder.model import Entry


def _unit(pid: str, name: str, own: str, ftype: str = "admin1") -> Entry:
    e = Entry(pid, name, ftype, "PL", 22.0, 50.0, "test")
    e.add_name(name, "name")
    e.add_local_name(own, "pl")  # the Polish name, as the curated tables give it
    return e


def test_a_province_takes_its_own_name_in_english() -> None:
    unit = _unit("s", "Subcarpathia", "Podkarpackie")
    sub = subdivision("PL-18", False, "Voivodeship", "Podkarpackie", {})
    assert add_iso_names({"s": unit}, [sub]) == 1  # its Polish name, as before
    assert unit.names["podkarpackie"] == "alternate"  # and now an English one, the weakest
    assert unit.names["subcarpathia"] == "name"


def test_a_name_another_place_has_is_left_alone() -> None:
    unit = _unit("s", "Subcarpathia", "Podkarpackie")
    village = Entry("v", "Podkarpackie", "city", "PL", 21.0, 50.1, "test", population=300)
    village.add_name("Podkarpackie", "name")
    sub = subdivision("PL-18", False, "Voivodeship", "Podkarpackie", {})
    add_iso_names({"s": unit, "v": village}, [sub])
    assert "podkarpackie" not in unit.names


def test_only_a_top_level_proper_name_in_latin_letters() -> None:
    assert own_name(subdivision("IT-75", False, "Region", "Puglia", {})) == "Puglia"
    assert (
        own_name(subdivision("ES-CT", False, "Autonomous community", "Catalunya [Cataluña]", {}))
        == "Catalunya"
    )
    assert (
        own_name(
            subdivision("ES-MD", False, "Autonomous community", "Navarra, Comunidad Foral de", {})
        )
        == "Navarra"
    )
    assert own_name(subdivision("VN-41", False, "Province", "Long An", {})) is None  # "long"
    assert own_name(subdivision("ET-HA", False, "Regional state", "Harari People", {})) is None
    assert own_name(subdivision("UG-C", False, "Geographical region", "Central", {})) is None
    assert own_name(subdivision("GR-A", False, "Region", "Ανατολική Μακεδονία", {})) is None
    assert own_name(subdivision("PL-KR", True, "City", "Kraków", {})) is None  # not top level


def test_a_unit_met_only_by_likeness_takes_no_english_name() -> None:
    # likeness can be wrong (a unit of the country named alike): only a unit met by an
    # equal name, code or translation takes the own name in English
    tuscany = Entry("tu", "Tuscany", "admin1", "IT", 11.0, 43.4, "test")
    tuscany.add_name("Tuscany", "name")
    sub = subdivision("IT-52", False, "Region", "Toscana", {"de": "Toskana"})
    assert add_iso_names({"tu": tuscany}, [sub]) > 0  # its German name, by likeness
    assert "toscana" not in tuscany.names


def test_a_unit_met_through_a_wrong_translation_takes_no_english_name() -> None:
    # iso-codes gives "Brest" as the German name of Belarus's Vitebsk region: it meets the
    # Brest unit by an equal name, whose English names must not take "Viciebskaja voblasc"
    brest = Entry("b", "Brest", "admin1", "BY", 25.3, 52.4, "test")
    brest.add_name("Brest", "name")
    sub = subdivision("BY-VI", False, "Oblast", "Viciebskaja voblasć", {"de": "Brest"})
    add_iso_names({"b": brest}, [sub])
    assert "viciebskaja voblasc" not in brest.names
