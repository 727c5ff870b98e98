"""Build-time rules of the gazetteer builder, on hand-made entries."""

from __future__ import annotations

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.physical import join_split_waters
from geomap.gazetteer.builder.pipeline import add_river_forms, promote_exonyms


def _entry(pid: str, name: str, ftype: str, cc: str, pop: int, a1: str = "01") -> Entry:
    e = Entry(pid, name, ftype, cc, 0.0, 0.0, "test", population=pop, admin1_code=a1)
    e.add_name(name, "name")
    return e


def test_promote_exonyms() -> None:
    geneve = _entry("1", "Genève", "city", "CH", 200_000, "GE")
    canton = _entry("2", "Geneva", "admin1", "CH", 450_000, "GE")
    village = _entry("3", "Geneva", "city", "US", 20_000, "IL")
    for alt in ("Geneva", "Ginevra", "Gen", "White City"):
        geneve.add_name(alt, "alternate")
    okc = _entry("4", "Oklahoma City", "city", "US", 650_000, "OK")
    okc.add_name("Oklahoma", "alternate")
    tuscaloosa = _entry("5", "Tuscaloosa", "city", "US", 100_000, "AL")
    tuscaloosa.add_name("Druid City", "alternate")
    augsburg = _entry("6", "Augsburg", "city", "DE", 290_000, "02")
    augsburg.add_name("Augusta", "alternate")
    augusta = _entry("7", "Augusta", "city", "US", 200_000, "GA")
    promote_exonyms([geneve, canton, village, okc, tuscaloosa, augsburg, augusta], {"genevan"})
    assert geneve.names["geneva"] == "exonym"  # only the canton (its own unit) is as big
    assert geneve.names["ginevra"] == "exonym"
    assert geneve.names["gen"] == "alternate"  # too short: a code
    assert geneve.names["white city"] == "alternate"  # not a form of the name
    assert okc.names["oklahoma"] == "alternate"  # a word of its name, and a state
    assert tuscaloosa.names["druid city"] == "alternate"  # a nickname
    assert augsburg.names["augusta"] == "alternate"  # another big city has that name


def test_river_forms_for_bare_natural_earth_names() -> None:
    mississippi = Entry("ne:river:mississippi", "Mississippi", "water", None, 0.0, 0.0, "test")
    mississippi.feature_code = "river"
    rio = Entry("ne:river:rio-grande", "Rio Grande", "water", None, 0.0, 0.0, "test")
    rio.feature_code = "river"
    lake = Entry("ne:lake:erie", "Erie", "water", None, 0.0, 0.0, "test")
    lake.feature_code = "lake"
    add_river_forms([mississippi, rio, lake])
    assert mississippi.names["mississippi river"] == "alternate"
    assert mississippi.names["river mississippi"] == "alternate"
    assert set(rio.names) == set() and set(lake.names) == set()  # has a river word; a lake


def test_an_ocean_without_a_shape_takes_its_two_halves() -> None:
    from shapely.geometry import box

    def water(pid: str, name: str, shape: object = None) -> Entry:
        e = Entry(pid, name, "water", None, 0.0, 0.0, "test")
        e.shape = shape  # type: ignore[assignment]
        return e

    north = water("1", "North Atlantic Ocean", box(-60, 0, -10, 60))
    south = water("2", "South Atlantic Ocean", box(-40, -50, 10, 0))
    whole = water("3", "Atlantic Ocean")
    lone = water("4", "Pacific Ocean")  # only one half known: stays a point
    half = water("5", "North Pacific Ocean", box(150, 0, 200, 50))
    join_split_waters([north, south, whole, lone, half])
    assert whole.shape is not None and whole.shape.equals(north.shape.union(south.shape))
    assert lone.shape is None
