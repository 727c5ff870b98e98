"""A place's counts and coordinates: the same columns in places.geojson, the GeoPackage
and the places frame, from the one serialiser (geomap.serialize.place_summary)."""

from __future__ import annotations

import json
from pathlib import Path

import pyogrio
import pytest

from geomap.geoparser import Geoparser
from geomap.records import Article
from geomap.run import geoparse_articles, write_outputs
from geomap.settings import Settings
from tests.test_nlp_blank import _nlp

SUMMARY = (
    "mention_count", "claim_count", "article_count", "original_article_count", "confidence",
    "articles", "lon", "lat",
)  # fmt: skip


def test_places_carry_claim_count_and_lon_lat_in_every_output(tmp_path: Path) -> None:
    gp = Geoparser(Settings(), nlp=_nlp(["Kaliningrad", "Paris"]))
    articles = [
        Article("a", "Troops left Kaliningrad. Kaliningrad and Paris were quiet.", {}),
        Article("b", "Rain fell on Kaliningrad.", {}),
    ]
    result = geoparse_articles(articles, geoparser=gp)
    outputs = write_outputs(result, tmp_path / "out", formats=["places", "gpkg"])
    features = json.loads(outputs["places"].read_text(encoding="utf-8"))["features"]
    by_name = {f["properties"]["name"]: f for f in features}
    k = by_name["Kaliningrad"]
    props = k["properties"]
    # three claims (one a sentence), two articles, lon/lat as the geometry's, GeoJSON order
    assert props["claim_count"] == len(props["claims"]) == 3
    assert props["mention_count"] == 3 and props["article_count"] == 2
    assert props["original_article_count"] == 2  # no copy among them
    assert [props["lon"], props["lat"]] == k["geometry"]["coordinates"]
    assert by_name["Paris"]["properties"]["claim_count"] == 1
    assert set(SUMMARY) <= set(props)
    layer = pyogrio.read_dataframe(outputs["gpkg"], layer="places")
    assert set(SUMMARY) <= set(layer.columns)
    row = layer[layer["name"] == "Kaliningrad"].iloc[0]
    assert (row["claim_count"], row["lon"], row["lat"]) == (3, props["lon"], props["lat"])
    frame = result.places
    assert set(SUMMARY) <= set(frame.columns)
    frow = frame[frame["name"] == "Kaliningrad"].iloc[0]
    assert (frow["claim_count"], frow["lon"], frow["article_count"]) == (3, props["lon"], 2)
    assert props["claims_omitted"] == 0


def test_a_place_named_very_often_keeps_geojson_that_gdal_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geomap.io import geojson

    monkeypatch.setattr(geojson, "PLACE_CLAIMS", 2)
    gp = Geoparser(Settings(), nlp=_nlp(["Kaliningrad"]))
    text = " ".join(f"Convoy {n} reached Kaliningrad." for n in range(5))
    result = geoparse_articles([Article("a", text, {})], geoparser=gp)
    outputs = write_outputs(result, tmp_path / "out", formats=["places", "claims"])
    (feature,) = json.loads(outputs["places"].read_text(encoding="utf-8"))["features"]
    props = feature["properties"]
    assert (props["claim_count"], len(props["claims"]), props["claims_omitted"]) == (5, 2, 3)
    assert [c["sentence"] for c in props["claims"]] == [
        "Convoy 0 reached Kaliningrad.",
        "Convoy 1 reached Kaliningrad.",
    ]
    assert len(pyogrio.read_dataframe(outputs["places"])) == 1
    assert outputs["claims"].read_text(encoding="utf-8-sig").count("reached Kaliningrad") == 5


def test_a_copys_article_is_left_out_of_the_original_count(tmp_path: Path) -> None:
    # user64: a story scraped again under other ids counted at every copy
    gp = Geoparser(Settings(), nlp=_nlp(["Kaliningrad"]))
    story = (
        "Troops left Kaliningrad on Monday after a week of drills near the border, officials "
        "said, and the roads to the port were opened again to trucks and buses by evening."
    )  # copies are told from 20 words up
    articles = [
        Article("a", story, "a", {"outlet": "Wire"}),
        Article("b", story, "b", {"outlet": "Daily"}),
        Article("c", "Rain fell on Kaliningrad.", "c", {"outlet": "Daily"}),
    ]
    result = geoparse_articles(articles, geoparser=gp)
    outputs = write_outputs(result, tmp_path / "out", formats=["places", "gpkg"])
    (feature,) = json.loads(outputs["places"].read_text(encoding="utf-8"))["features"]
    props = feature["properties"]
    assert (props["article_count"], props["original_article_count"]) == (3, 2)
    layer = pyogrio.read_dataframe(outputs["gpkg"], layer="places")
    assert int(layer["original_article_count"].iloc[0]) == 2
    assert int(result.places["original_article_count"].iloc[0]) == 2
