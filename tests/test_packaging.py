"""The package list in pyproject.toml holds every geomap package, and the data ships with it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib")
def test_every_package_and_the_data_are_in_the_wheel_configuration() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "geomap").rglob("__init__.py")
    }
    # folders of package data only (the map's scripts, styles, templates) are packages too,
    # each with its files declared, so that setuptools neither warns nor drops them
    data_only = {
        ".".join(d.relative_to(ROOT).parts)
        for d in (ROOT / "geomap").rglob("*")
        if d.is_dir() and d.name != "__pycache__" and not (d / "__init__.py").exists()
    }
    assert data_only == {"geomap.mapping.assets", "geomap.mapping.templates"}
    assert found | data_only | {"geomap.data"} == set(setuptools["packages"])
    for name in data_only:
        assert setuptools["package-data"][name] == ["*"], name
    assert setuptools["package-dir"] == {"geomap.data": "data"}
    shipped = setuptools["package-data"]["geomap.data"]
    assert "*.sqlite" in shipped and "*.geojson" in shipped and "*.json" in shipped
