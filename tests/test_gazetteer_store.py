"""Store behaviour on small in-memory gazetteers and broken artifacts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from shapely.geometry import Point, box

from geomap.errors import GazetteerCorruptError, GazetteerError, GazetteerMissingError
from geomap.gazetteer import Gazetteer
from geomap.records import Place

C = "curated"
PLACES = [
    Place(
        "1", "Springfield", "city", "US", "Illinois", 114000, -89.65, 39.8, "curated", "PPL", "IL"
    ),
    Place(
        "2", "Springfield", "city", "US", "Missouri", 169000, -93.29, 37.21, "curated", "PPL", "MO"
    ),
    Place(
        "3",
        "Illinois",
        "admin1",
        "US",
        "Illinois",
        12_800_000,
        -89.2,
        40.0,
        "curated",
        "ADM1",
        "IL",
    ),
    Place("4", "Freedonia", "country", "FD", None, 5_000_000, 10.0, 10.0, C, "PCLI"),
    Place(
        "curated:duchy",
        "Grand Duchy",
        "region",
        None,
        None,
        0,
        11.0,
        11.0,
        "curated",
        "RGN",
        members=("FD", "SY"),
    ),
    Place(
        "5",
        "Sample Oblast",
        "admin1",
        "FD",
        "Sample Oblast",
        10,
        10.5,
        10.5,
        "curated",
        "ADM1",
        "01",
    ),
]


@pytest.fixture
def small() -> Gazetteer:
    return Gazetteer.from_places(
        PLACES,
        shapes={"4": box(9, 9, 11, 11)},
        aliases={"Fredonia": "4"},
        demonyms={"Freedonian": "4"},
    )


def test_from_places_round_trip(small: Gazetteer) -> None:
    for p in PLACES:
        got = small.get(p.place_id)
        assert got is not None
        assert got.place_id == p.place_id
        assert got.name == p.name
        assert got.feature_type == p.feature_type
        assert got.country_code == p.country_code
        assert got.admin1 == p.admin1
        assert got.admin1_code == p.admin1_code
        assert got.population == p.population
        assert got.members == p.members
        assert got.source == p.source
        assert got.feature_code == p.feature_code
        assert got.lon == pytest.approx(p.lon, abs=1e-5)
        assert got.lat == pytest.approx(p.lat, abs=1e-5)
    assert small.get("4").has_shape
    assert not small.get("1").has_shape
    assert small.get("nope") is None


def test_lookup_is_sorted_by_prior(small: Gazetteer) -> None:
    ids = [p.place_id for p in small.lookup("springfield")]
    assert ids == ["2", "1"]  # larger first


def test_candidates_match_kinds(small: Gazetteer) -> None:
    assert [(c.place.place_id, c.match) for c in small.candidates("Fredonia")] == [("4", "alias")]
    assert [(c.place.place_id, c.match) for c in small.candidates("Freedonia")] == [("4", "name")]
    sample = small.candidates("Sample")
    assert [(c.place.place_id, c.match) for c in sample] == [("5", "alternate")]


def test_has_name_country_admin1_demonym(small: Gazetteer) -> None:
    assert small.has_name("SPRINGFIELD")
    assert not small.has_name("Shelbyville")
    assert small.country("fd").place_id == "4"
    assert small.admin1("US", "IL").place_id == "3"
    assert small.admin1("US", "XX") is None
    assert small.demonym("Freedonian").place_id == "4"
    assert small.demonym("Martian") is None
    assert [p.place_id for p in small.places_in("US", "city")] == ["2", "1"]


def test_reverse_and_shape(small: Gazetteer) -> None:
    assert small.reverse(-89.6, 39.7).place_id == "1"
    assert small.reverse(-93.0, 37.0).place_id == "2"
    # far away: still the nearest populated place
    assert small.reverse(120.0, -30.0).place_id in {"1", "2"}
    shp = small.shape("4")
    assert shp is not None and shp.contains(Point(10, 10))
    assert small.shape("1") is None


def test_max_name_tokens(small: Gazetteer) -> None:
    assert small.max_name_tokens == 2


def test_duplicate_ids_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        Gazetteer.from_places([PLACES[0], PLACES[0]])


def test_missing_artifact(tmp_path: Path) -> None:
    with pytest.raises(GazetteerMissingError) as info:
        Gazetteer.open(tmp_path / "nothing.sqlite")
    assert "make gazetteer" in str(info.value)
    assert "python -m geomap.gazetteer build" in str(info.value)
    assert isinstance(info.value, FileNotFoundError)


def test_missing_artifact_in_folder(tmp_path: Path) -> None:
    with pytest.raises(GazetteerMissingError):
        Gazetteer.open(tmp_path)


def test_env_var_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEOMAP_DATA", str(tmp_path))
    with pytest.raises(GazetteerMissingError, match=str(tmp_path)):
        Gazetteer.open()


def test_corrupt_artifact(tmp_path: Path) -> None:
    bad = tmp_path / "gazetteer.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerCorruptError) as info:
        Gazetteer.open(bad)
    assert "make gazetteer" in str(info.value)
    assert isinstance(info.value, (ValueError, GazetteerError))


def test_wrong_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
        "INSERT INTO meta VALUES ('schema_version', '0');"
        "CREATE TABLE places (id INTEGER); CREATE TABLE names (norm TEXT);"
    )
    conn.close()
    with pytest.raises(GazetteerCorruptError, match="schema version"):
        Gazetteer.open(path)


def test_empty_sqlite_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    sqlite3.connect(path).close()
    with pytest.raises(GazetteerCorruptError):
        Gazetteer.open(path)
