"""Disputed areas: drawn apart, every country kept whole around them, and a chosen worldview."""

from __future__ import annotations

from pathlib import Path

import pytest
from map_fixtures import map_payload
from typer.testing import CliRunner

from geomap.gazetteer import Gazetteer
from geomap.mapping.basemap import prepare_basemap
from geomap.mapping.disputed import cut_out, in_view, prepare_areas

ROOT = Path(__file__).resolve().parents[1]


def test_cutting_the_areas_out_keeps_every_country_on_the_basemap() -> None:
    with Gazetteer.open() as gz:
        basemap = gz.basemap()
        areas = prepare_areas(gz.disputed_areas())
    whole = prepare_basemap(basemap)
    cut = prepare_basemap(cut_out(basemap, areas))
    # a difference can leave slivers of lines beside the polygons (China, India):
    # the country must stay, as its polygons
    assert set(cut.names) == set(whole.names)
    assert cut.name_of("CN") == "China" and cut.name_of("IN") == "India"


def test_a_worldview_says_whose_part_each_area_is() -> None:
    with Gazetteer.open() as gz:
        areas = prepare_areas(gz.disputed_areas())
    names = {"UA": "Ukraine", "RU": "Russia"}.get
    crimea_ua = next(a for a in in_view(areas, "UA", names) if a.name == "Crimea")
    crimea_ru = next(a for a in in_view(areas, "RU", names) if a.name == "Crimea")
    assert crimea_ua.owner == "UA" and "part of Ukraine in the view of Ukraine" in crimea_ua.label
    assert crimea_ru.owner == "RU" and "part of Russia in the view of Russia" in crimea_ru.label
    assert all(a.owner is None for a in areas)  # no worldview: drawn apart only


def test_an_areas_label_names_no_missing_or_cut_party() -> None:
    with Gazetteer.open() as gz:
        areas = prepare_areas(gz.disputed_areas())
    labels = {a.name: a.label for a in areas}
    assert not any("nan" in label.split() for label in labels.values())  # a missing party
    assert labels["Artsakh"] == (  # "Azer." written out; the note's release said
        "Artsakh — self-administered, claimed by Azerbaijan"
        " (status as of Natural Earth 5.1.1, May 2022)"
    )


@pytest.mark.model
def test_worldview_option_shades_the_area_with_its_country(tmp_path: Path) -> None:
    from geomap.cli import _register, app

    _register()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Officials in Kyiv said Ukraine will restore its control over all of its territory.",
        encoding="utf-8",
    )
    runner = CliRunner()
    for view, expected in (("UA", True), ("RU", False)):
        out = tmp_path / view
        res = runner.invoke(app, ["map", str(folder), "-o", str(out), "--worldview", view, "-q"])
        assert res.exit_code == 0, res.output
        data = map_payload((out / "map.html").read_text(encoding="utf-8"))
        ukraine = next(i for i, p in enumerate(data["places"]) if p["name"] == "Ukraine")
        viewed = [s for s in data["shapes"] if s["kind"] == "viewed" and s["p"] == ukraine]
        crimea = [data["disputed"][s["area"]]["name"] for s in viewed]
        assert ("Crimea" in crimea) is expected
        assert data["worldview"] == ("Ukraine" if view == "UA" else "Russia")
    bad = runner.invoke(app, ["map", str(folder), "-o", str(tmp_path / "x"), "--worldview", "XX"])
    assert bad.exit_code == 2 and "--worldview" in bad.output


def test_a_claimant_country_near_an_area_that_lists_its_name_is_not_the_area() -> None:
    # Natural Earth lists "Georgia" among South Ossetia's names; Georgia's point lies
    # within half a degree of it: Georgia was drawn as South Ossetia
    from shapely.geometry import box

    from geomap.mapping.disputed import Area, area_of

    names = frozenset({"south ossetia", "georgia"})
    areas = [Area("South Ossetia", "South Ossetia — disputed", names, box(43.57, 42, 44.64, 42.75))]
    assert area_of("Georgia", "country", (43.5, 42.0), areas) == -1
    assert area_of("Georgia", "country", (44.0, 42.3), areas) == 0  # a point inside: the area
    assert area_of("South Ossetia", "region", (43.5, 42.0), areas) == 0  # near, not a country
