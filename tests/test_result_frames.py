"""The Python frames have the GeoPackage layers' columns and types; pairs; pickling (user70b)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pandas as pd
import pytest

import geomap
from geomap.claims.collect import claims_from_mentions
from geomap.gazetteer import Gazetteer
from geomap.records import Article, InputStatus, Mention, Place, Speaker
from geomap.result import Records, Result
from geomap.settings import Settings

GAO = Place("2457163", "Gao", "city", "ML", "Gao", 86_000, -0.04, 16.27, "geonames")
MALI = Place("2453866", "Mali", "country", "ML", None, 0, -2.0, 17.0, "geonames")
SENTENCE = "Officials said Gao was shelled overnight near Mali's border."


def _mention(article: str, place: Place | None, form: str, speaker: bool) -> Mention:
    start = SENTENCE.index(form)
    who = Speaker("Officials", 0, 9, verb="said", kind="anonymous") if speaker else None
    return Mention(article, start, start + len(form), form, SENTENCE, 0, place, 0.9, speaker=who)


def _result() -> Result:
    mentions = (
        _mention("a", GAO, "Gao", True),
        _mention("a", MALI, "Mali", False),
        _mention("b", GAO, "Gao", False),
        _mention("b", None, "Officials", False),
    )
    articles = (
        Article("a", SENTENCE, "a.txt", {"outlet": "Wire", "published": "2026-09-25"}),
        Article("b", SENTENCE, "b.txt", {"outlet": "Post", "published": "2026-09"}),
    )
    statuses = (
        InputStatus("a.txt", "a", "ok", mentions=2, resolved=2),
        InputStatus("b.txt", "b", "ok", mentions=2, resolved=1),
        InputStatus("c.txt", "c", "empty", "c.txt: no text"),
    )
    records = Records(articles, mentions, tuple(claims_from_mentions(list(mentions))))
    return Result(statuses, Settings(), records=records)


def test_frames_have_the_geopackage_layers_columns_and_types(tmp_path: Path) -> None:
    result = _result()
    result.to_files(tmp_path, formats=["gpkg"])
    gpkg = tmp_path / "geomap.gpkg"
    frames = {"mentions": result.mentions, "claims": result.claims, "places": result.places}
    for layer, frame in frames.items():
        read = geomap.read_layer(gpkg, layer)
        mine = [c for c in frame.columns if c != "claims"]  # each place's claims: a list
        assert mine == list(read.columns), layer
    claims, mentions = result.claims, result.mentions
    assert claims["speaker_start"].dtype == pd.Int64Dtype()
    assert claims["speaker_start"].isna().tolist() == [False, True, True]
    assert mentions["population"].dtype == pd.Int64Dtype()
    assert str(claims["published_date"].dtype) == "datetime64[ms]"
    days = mentions.set_index("text")["published_date"]
    assert days.isna().tolist() == [False, False, True, True]  # "2026-09" names no day
    assert str(mentions["published_date"].iloc[0].date()) == "2026-09-25"
    read = geomap.read_layer(gpkg, "mentions")
    assert read["speaker_kind"].tolist() == mentions["speaker_kind"].tolist()
    assert "disputed" in result.places.columns


def test_pairs_frame_and_comparison() -> None:
    result = _result()
    assert {p.place_id for p in result.comparison.places} >= {GAO.place_id}
    pairs = result.pairs
    assert list(pairs.columns)[:6] == ["place_id", "name", "a", "b", "similarity", "evidence"]
    for row in pairs.to_dict("records"):
        assert row["claim_a"]["article"] == row["a"] and row["claim_b"]["article"] == row["b"]


def test_result_pickles_without_its_gazetteer_and_repr_counts_empty_inputs() -> None:
    result = _result()
    gazetteer = Gazetteer.from_places([GAO, MALI])  # an open SQLite database
    object.__setattr__(result, "gazetteer_used", gazetteer)
    with pytest.raises(TypeError):
        pickle.dumps(gazetteer)
    assert "empty=1" in repr(result) and repr(result).startswith("Result(inputs=3, ok=2, empty=1")
    _ = result.places  # a cached frame travels too
    back = pickle.loads(pickle.dumps(result))
    assert back.gazetteer_used is None
    assert repr(back) == repr(result)
    assert back.mentions["text"].tolist() == result.mentions["text"].tolist()


def test_dir_lists_the_public_names() -> None:
    assert {"geoparse", "Result", "read_layer"} <= set(dir(geomap))
