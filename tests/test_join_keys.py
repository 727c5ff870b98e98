"""A stable join key and the place's source in every place column; dated lines (user69b).

B4: ``place_id`` mixes GeoNames ids ("703883") with others ("curated:south-ossetia"):
``geonameid`` (an integer, null for the others) and ``source`` are columns of their own.
B2: the places layer carries the ``disputed`` note, not only ``areas``.  B5: a date line
ending with its source ("…, Quelle: dpa") gives the outlet; ``published_given`` is the
date.  B6: a day-first reading of "03/11/2026" is said in the note.  B3: GeoNames' second
Sea of Azov takes the polygon too.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from shapely.geometry import Point, box

from geomap.io.claims_csv import CLAIM_COLUMNS
from geomap.io.documents import read_document
from geomap.io.geopackage import claim_row
from geomap.records import Article, Place
from geomap.serialize import place_fields

CRIMEA = Place("703883", "Crimea", "admin1", "UA", None, 0, 34.1, 45.3, "geonames")
KASHMIR = Place("curated:kashmir", "Kashmir", "region", None, None, 0, 75.5, 34.5, "curated")


def test_every_place_column_set_has_the_geonameid_and_the_source() -> None:
    assert place_fields(CRIMEA)["geonameid"] == 703883
    assert (place_fields(KASHMIR)["geonameid"], place_fields(KASHMIR)["source"]) == (
        None,
        "curated",
    )
    assert place_fields(None)["geonameid"] is None
    assert CLAIM_COLUMNS[:6] == (
        "place_id", "name", "feature_type", "country_code", "geonameid", "source",
    )  # fmt: skip
    row = claim_row(CRIMEA, {"article": "a"})
    assert (row["geonameid"], row["source"], row["article"]) == (703883, "geonames", "a")


def test_the_outputs_carry_the_join_keys_and_the_places_disputed_note(tmp_path: Path) -> None:
    from geomap.run import geoparse_inputs, write_outputs

    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "Shelling hit Crimea and Kharkiv on Monday, officials said."}]
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    write_outputs(geoparse_inputs([src]), out)
    gpkg = out / "geomap.gpkg"
    for layer in ("places", "mentions", "claims"):
        info = pyogrio.read_info(gpkg, layer=layer)
        types = dict(zip(info["fields"], info["dtypes"], strict=True))
        assert types["geonameid"] == "int64" and "source" in types, layer
    places = pyogrio.read_dataframe(gpkg, layer="places").set_index("name")
    assert places.loc["Crimea", "geonameid"] == 703883
    assert places.loc["Crimea", "source"] == "geonames"
    assert places.loc["Crimea", "disputed"].startswith("Crimea — administered by Russia")
    assert places.loc["Crimea", "disputed"].endswith("(status as of Natural Earth 5.1.1, May 2022)")
    assert pd.isna(places.loc["Kharkiv", "disputed"])
    features = json.loads((out / "places.geojson").read_text(encoding="utf-8"))["features"]
    crimea = next(f["properties"] for f in features if f["properties"]["name"] == "Crimea")
    assert (crimea["geonameid"], crimea["source"]) == (703883, "geonames")
    assert crimea["disputed"] == places.loc["Crimea", "disputed"]
    with (out / "claims.csv").open(encoding="utf-8-sig", newline="") as fh:
        claims = list(csv.DictReader(fh))
    assert claims and all(r["geonameid"] == r["place_id"] for r in claims)
    assert {r["source"] for r in claims} == {"geonames"}


def _read(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "story.txt"
    article = read_document(io.BytesIO(text.encode()), path, str(path), "story", 0)
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("line", "outlet", "given"),
    [
        ("4. März 2026, 11:02 Uhr, Quelle: dpa", "dpa", "4. März 2026, 11:02 Uhr"),
        ("March 4, 2026 | Source: Reuters", "Reuters", "March 4, 2026"),
        ("04.03.2026, 11:02, Źródło: PAP", "PAP", "04.03.2026, 11:02"),
        ("4 марта 2026, 11:02 — Источник: ТАСС", "ТАСС", "4 марта 2026, 11:02"),
    ],
)
def test_a_date_lines_source_is_the_outlet_and_the_date_is_what_is_given(
    tmp_path: Path, line: str, outlet: str, given: str
) -> None:
    article = _read(tmp_path, f"Gas dispute deepens\n\n{line}\n\nThe talks in Chisinau failed.\n")
    assert article.metadata["outlet"] == outlet
    assert article.metadata["published"].startswith("2026-03-04")
    assert article.metadata["published_given"] == given


def test_an_outlet_the_text_names_otherwise_is_kept(tmp_path: Path) -> None:
    text = "Gas dispute\n\nSource: Deutsche Welle\n\n4. März 2026, Quelle: dpa\n\nText.\n"
    assert _read(tmp_path, text).metadata["outlet"] == "Deutsche Welle"


def test_an_ambiguous_numeric_date_says_how_it_was_read(tmp_path: Path) -> None:
    article = _read(tmp_path, "Kerch bridge closed\n\nPublished: 03/11/2026 08:15\n\nText.\n")
    assert article.metadata["published"].startswith("2026-11-03")
    (note,) = [n for n in article.notes if "date read from" in n]
    assert "read day first as 2026-11-03 (month first it would be 2026-03-11)" in note
    plain = _read(tmp_path, "Kerch bridge closed\n\nPublished: 13/11/2026 08:15\n\nText.\n")
    assert not any("day first" in n for n in plain.notes)  # 13 can only be the day


def test_a_sea_geonames_lists_twice_takes_the_polygon_in_both_entries() -> None:
    from geomap.gazetteer.builder.model import Entry
    from geomap.gazetteer.builder.naturalearth import Physical
    from geomap.gazetteer.builder.physical import merge_physical

    old = Entry("713066", "Sea of Zed", "water", None, 36.4, 46.0, "test", feature_code="SEA")
    new = Entry("12097429", "Sea of Zed", "water", None, 36.0, 46.0, "test", feature_code="SEA")
    for e in (old, new):
        e.add_name("Sea of Zed", "name")
    sea = Physical("marine", "Sea of Zed", "sea", "water", box(34.8, 45.2, 39.3, 47.3), 5.0)
    assert merge_physical([old, new], [sea]) == []
    assert old.shape is not None and new.shape is not None
    assert new.shape.contains(Point(36.0, 46.0)) and new.shape.equals(old.shape)
