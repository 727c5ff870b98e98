"""Disputed notes (user69b B1, B2): written in full, dated, both sides of a dispute alike.

The labels came from Natural Earth's notes as they are ("W. Sahara", "Admin. by U.K."),
with no date, so "Artsakh — self-administered" read as geomap's claim; "Kashmir" was
drawn as the Indian-administered part alone, and Azad Kashmir, Taiwan and Kosovo had no
note at all.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from shapely.geometry import box

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.builder.disputed import RELEASE, area_records
from geomap.gazetteer.builder.disputed_countries import country_statuses, party_names
from geomap.mapping.area_shapes import AreaShapes
from geomap.mapping.dispute_groups import DisputeNotes, areas_of, group_label
from geomap.mapping.disputed import Area, prepare_areas

DATED = f"(status as of {RELEASE})"


@pytest.fixture(scope="module")
def gz() -> Iterator[Gazetteer]:
    with Gazetteer.open() as gazetteer:
        yield gazetteer


def test_every_shipped_note_is_written_in_full_and_says_its_release(gz: Gazetteer) -> None:
    areas = {a.name: a for a in prepare_areas(gz.disputed_areas())}
    assert all(a.label.endswith(DATED) for a in areas.values())
    # Natural Earth's cut names ("W. Sahara", "N. Cyprus", "Kuril Is.") written out
    assert not [name for name in areas if "." in name]
    sahara = areas["Western Sahara"].label
    assert sahara.startswith("Western Sahara — administered by Morocco, claimed by Western")
    assert "Sahrawi Arab Democratic Republic" in sahara  # the claimant's own name


def test_a_note_from_natural_earths_features_names_its_parties_and_group() -> None:
    feature = {
        "type": "Feature",
        "geometry": box(0, 0, 1, 1).__geo_interface__,
        "properties": {
            "BRK_NAME": "Falklands",
            "NOTE_BRK": "Admin. by U.K.; Claimed by Argentina",
            "BRK_GROUP": "South Atlantic",
        },
    }
    parties = party_names([{"ADMIN": "United Kingdom", "ABBREV": "U.K.", "TYPE": "Country"}])
    (record,) = area_records([feature], {}, parties)
    props = record["properties"]
    assert (props["administered_by"], props["claimed_by"]) == ("United Kingdom", "Argentina")
    assert (props["group"], props["as_of"]) == ("South Atlantic", RELEASE)


def test_kashmir_is_every_part_of_its_dispute_not_the_indian_part_alone(gz: Gazetteer) -> None:
    kashmir, jk = gz.get("curated:kashmir"), gz.get("1269320")
    assert kashmir is not None and jk is not None
    shapes = AreaShapes(gz)
    try:
        whole, indian = shapes.of(kashmir), shapes.of(jk)
    finally:
        shapes.close()
    assert whole is not None and indian is not None
    assert whole.drawn_as == indian.drawn_as == "disputed"
    assert not whole.geometry.equals(indian.geometry)  # a choropleth counted it twice
    assert whole.geometry.area > 1.5 * indian.geometry.area
    areas = {a.name: a for a in shapes.notes.areas}
    gilgit = areas["Gilgit-Baltistan"].geometry.representative_point()
    assert whole.geometry.contains(gilgit) and not indian.geometry.contains(gilgit)
    assert whole.disputed is not None
    assert "Gilgit-Baltistan — administered by Pakistan, claimed by India" in whole.disputed
    assert "Jammu and Kashmir — administered by India, claimed by Pakistan" in whole.disputed
    assert indian.disputed == areas["Jammu and Kashmir"].label


def test_both_sides_of_kashmir_and_disputed_countries_have_a_note(gz: Gazetteer) -> None:
    notes = DisputeNotes.of(gz)

    def note(place_id: str) -> str | None:
        place = gz.get(place_id)
        assert place is not None
        return notes.place_note(place)

    azad = note("1184196")  # Azad Kashmir, GeoNames' admin1 of Pakistan ("PoK")
    assert azad is not None and azad.startswith("Azad Kashmir, Pakistan — within the disputed")
    assert "Jammu and Kashmir region" in azad and azad.endswith(DATED)
    jk = note("1269320")
    assert jk is not None and jk.startswith("Jammu and Kashmir — administered by India")
    taiwan, kosovo = gz.country("TW"), gz.country("XK")
    assert taiwan is not None and kosovo is not None
    assert notes.place_note(taiwan) == f"Taiwan — self-administered, claimed by China {DATED}"
    assert notes.place_note(kosovo) == f"Kosovo — disputed {DATED}"
    ladakh = gz.get("12096464")  # India's admin1, within the dispute's outline
    assert ladakh is not None
    assert notes.note("Ladakh", "admin1", "IN", (ladakh.lon, ladakh.lat)) is not None
    assert notes.note("Group", "region", None, (ladakh.lon, ladakh.lat), ("IN", "PK")) is None
    poland, krakow = gz.country("PL"), gz.lookup("Kraków")
    assert poland is not None and notes.place_note(poland) is None
    assert krakow and notes.place_note(krakow[0]) is None


def test_a_group_name_needs_two_areas_and_is_no_areas_own_name() -> None:
    east = Area("East Bank", "East Bank — x", frozenset({"east bank", "bank"}), box(0, 0, 1, 1))
    west = Area("West Bank", "West Bank — y", frozenset({"west bank"}), box(1, 0, 2, 1))
    grouped = [Area(a.name, a.label, a.names, a.geometry, group="The Bank") for a in (east, west)]
    assert areas_of("Bank", "region", (0.5, 0.5), grouped) == [0, 1]
    assert areas_of("East Bank", "region", (0.5, 0.5), grouped) == [0]
    assert areas_of("Bank", "region", (0.5, 0.5), [east, west]) == [0]  # no group: one area
    lone = [Area(east.name, east.label, east.names, east.geometry, group="The Bank")]
    assert areas_of("Bank", "region", (0.5, 0.5), lone) == [0]
    assert (
        group_label("Bank", grouped, [0, 1])
        == "Bank — disputed, in parts: East Bank — x; West Bank — y"
    )


def test_only_claimed_or_disputed_countries_without_their_own_code_get_a_status() -> None:
    found = country_statuses(
        [
            {"ISO_A2_EH": "NO", "ISO_A2": "-99", "ADMIN": "Norway", "TYPE": "Sovereign country"},
            {"ISO_A2_EH": "IL", "ISO_A2": "IL", "ADMIN": "Israel", "TYPE": "Disputed"},
            {"ISO_A2_EH": "XK", "ISO_A2": "-99", "ADMIN": "Kosovo", "TYPE": "Disputed"},
            {
                "ISO_A2_EH": "TW",
                "ISO_A2": "CN-TW",
                "ADMIN": "Taiwan",
                "TYPE": "Sovereign country",
                "NOTE_BRK": "Self admin.; Claimed by China",
            },
        ]
    )
    assert sorted(found) == ["TW", "XK"]
    assert (found["TW"]["administered_by"], found["TW"]["claimed_by"]) == ("itself", "China")
