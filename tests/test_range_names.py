"""A mountain range Natural Earth abbreviates is found by the names news give it."""

from __future__ import annotations

from shapely.geometry import box

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.naturalearth import Physical
from geomap.gazetteer.builder.physical import merge_physical
from geomap.gazetteer.builder.range_names import range_forms


def _range(name: str, x: float) -> Physical:
    return Physical("region", name, "range/mtn", "landform", box(x, 35, x + 5, 45), 2.0)


def test_range_forms_spell_out_the_word_and_pluralise_an_adjective() -> None:
    assert range_forms("Tatra Mts.") == ["Tatra Mountains"]
    assert range_forms("Cambrian Mts.") == ["Cambrian Mountains", "Cambrians"]
    assert range_forms("Carpathian Mountains") == ["Carpathians"]
    assert range_forms("Western Sayan Mts.") == ["Western Sayan Mountains"]  # two words
    assert range_forms("Brooks Range") == []
    assert range_forms("Mts.") == []


def test_a_new_range_entry_takes_the_forms_unless_geonames_has_the_name() -> None:
    """'Appalachians' names the range; 'Balkans' stays the GeoNames region's alone."""
    balkans = Entry("1", "Balkans", "region", None, 100.0, 10.0, "geonames", feature_code="RGN")
    balkans.add_name("Balkans", "name")
    new = merge_physical([balkans], [_range("Appalachian Mts.", -80), _range("Balkan Mts.", 23)])
    names = {e.name: e.names for e in new}
    assert names["Appalachian Mts."]["appalachians"] == "alias"  # its own name, no stray's
    assert names["Appalachian Mts."]["appalachian mountains"] == "alias"
    assert "balkan mountains" in names["Balkan Mts."]
    assert "balkans" not in names["Balkan Mts."]
