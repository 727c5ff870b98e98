"""A unit that GeoNames calls by its city's outdated spelling is shown by the city's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.gazetteer.builder import build_inputs, pipeline
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.unit_display import rename_units


def _entry(pid: str, name: str, ftype: str, cc: str = "UA", a1: str = "13") -> Entry:
    e = Entry(pid, name, ftype, cc, 30.0, 50.0, "test", admin1_code=a1, admin1="Qiev")
    e.add_name(name, "name")
    return e


def test_a_unit_named_by_its_citys_alias_takes_the_citys_name() -> None:
    unit = _entry("1", "Qiev", "admin1")
    city = _entry("2", "Qyiv", "city", a1="12")
    town = _entry("3", "Bila", "city")  # a town inside the unit
    other = _entry("4", "Qiev", "admin1", cc="RU", a1="01")  # no alias of its own
    entries = {e.place_id: e for e in (unit, city, town, other)}
    aliases = [("qiev", "2", "alias"), ("qyiv oblast", "1", "alias"), ("qiev", "4", "alternate")]
    assert rename_units(entries, aliases) == 1
    assert unit.name == "Qyiv Oblast" and town.admin1 == "Qyiv Oblast"
    assert other.name == "Qiev" and city.name == "Qyiv"
    assert "qiev" in unit.names  # the old name stays indexed


def test_no_rename_without_the_units_own_alias() -> None:
    unit = _entry("1", "Qiev", "admin1")
    city = _entry("2", "Qyiv", "city", a1="12")
    entries = {"1": unit, "2": city}
    assert rename_units(entries, [("qiev", "2", "alias")]) == 0
    assert unit.name == "Qiev"


def test_the_build_names_a_missing_build_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(build_inputs, "BUILD_MODULES", ("geomap", "no_such_module_xyz"))
    with pytest.raises(ImportError, match="no_such_module_xyz"):
        pipeline.build(tmp_path, tmp_path)
