"""geomap.gpkg's mentions and claims layers have a date field beside ``published``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from geomap.io.gpkg_dates import DATE_COLUMN, add_date_columns


def test_published_days_become_a_date_field_the_rest_null(tmp_path: Path) -> None:
    gpd = pytest.importorskip("geopandas")
    pyogrio = pytest.importorskip("pyogrio")
    import shapely

    published = ["2024-03-01", "2024-03", "2024-03-01T10:00:00+01:00", None, "2024-02-30", "2024"]
    frame = gpd.GeoDataFrame(
        {"published": published, "text": ["a"] * 6},
        geometry=[shapely.Point(30.5, 50.4)] * 5 + [None],
        crs="EPSG:4326",
    )
    path = tmp_path / "g.gpkg"
    pyogrio.write_dataframe(frame, path, layer="mentions")
    pyogrio.write_dataframe(frame.iloc[:1], path, layer="places")
    add_date_columns(path, ("mentions", "claims", "places"))
    info = pyogrio.read_info(path, layer="mentions")
    assert dict(zip(info["fields"], info["dtypes"], strict=True))[DATE_COLUMN] == "datetime64[D]"
    back = pyogrio.read_dataframe(path, layer="mentions")
    days = [None if v is None or v != v else str(v)[:10] for v in back[DATE_COLUMN]]
    assert days == ["2024-03-01", None, "2024-03-01", None, None, None]
    assert back.geometry.iloc[0].equals(shapely.Point(30.5, 50.4))  # the rows unmoved
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        count = db.execute(
            "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'mentions'"
        ).fetchone()
    assert count == (6,)
    add_date_columns(path, ("mentions",))  # a second call changes nothing
    assert list(pyogrio.read_dataframe(path, layer="mentions").columns).count(DATE_COLUMN) == 1
