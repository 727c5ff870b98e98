"""``published`` in one ISO 8601 form in every output, the date as given beside it."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from geomap.metadata import article_fields, article_metadata, metadata_fields
from geomap.published import output_published, published_day, read_published


@pytest.mark.parametrize(
    ("given", "published", "as_given"),
    [
        ("2024-03-01", "2024-03-01", None),
        ("Fri, 01 Mar 2024 10:15:00 GMT", "2024-03-01", "Fri, 01 Mar 2024 10:15:00 GMT"),
        # the article's own day, not UTC's (04:30 on the 6th in UTC)
        ("2024-03-05T23:30:00-05:00", "2024-03-05", "2024-03-05T23:30:00-05:00"),
        ("March 1, 2024", "2024-03-01", "March 1, 2024"),
        ("2024-03", "2024-03", None),  # a month alone: no invented day
        (1709287200, "2024-03-01", "1709287200"),
    ],
)
def test_a_date_read_is_the_day_with_the_value_as_given(
    given: object, published: str, as_given: str | None
) -> None:
    meta, _ = article_metadata({"published": given})
    out = metadata_fields(meta)
    assert out["published"] == published
    assert out["published_given"] == as_given


def test_output_form_is_stable_and_idempotent() -> None:
    first = article_fields({"published": "2024-03-01T10:00:00+01:00", "title": "T"})
    assert first == {
        "title": "T",
        "published": "2024-03-01",
        "published_given": "2024-03-01T10:00:00+01:00",
    }
    assert article_fields(first) == first
    assert output_published({"published": None}) == {"published": None, "published_given": None}
    assert published_day("2024-02-30") is None


def test_not_a_date_warns_and_gives_nothing() -> None:
    value, given, warnings = read_published("soon", "soon")
    assert value is None and given is None and "unrecognised date" in warnings[0]


def test_geomap_output_read_again_keeps_the_date_as_first_given() -> None:
    meta, _ = article_metadata({"published": "2024-03-01", "published_given": "1 Mar 2024 10:00"})
    assert metadata_fields(meta)["published_given"] == "1 Mar 2024 10:00"


@pytest.mark.parametrize(
    ("record", "as_given"),
    [
        ({"published": "March 1, 2024", "published_given": "garbage"}, "March 1, 2024"),
        ({"published": "2024-03-01", "published_given": "garbage"}, None),
        ({"published": "2024-03-01", "published_given": "5 Mar 2024 10:00"}, None),  # another day
        ({"published_given": "1 Mar 2024 10:00"}, None),  # no date it could be given for
        # the date the input gave wins over a published_given of the same day
        ({"published": "2024-03-01T10:00:00+01:00", "published_given": "1 Mar 2024"}, None),
    ],
)
def test_an_inputs_own_published_given_is_not_trusted(
    record: dict[str, str], as_given: str | None
) -> None:
    meta, _ = article_metadata(record)
    derived, _ = article_metadata({"published": record.get("published")})
    assert metadata_fields(meta)["published_given"] == (
        as_given or metadata_fields(derived)["published_given"]
    )


@pytest.mark.model
def test_every_output_writes_the_same_published(tmp_path: Path) -> None:
    from geomap.run import geoparse_inputs, write_outputs

    rows = [
        {"id": "a", "text": "Crowds met in Lviv.", "date": "Fri, 01 Mar 2024 10:15:00 GMT"},
        {"id": "b", "text": "Floods hit Odesa, officials said.", "date": "2024-03-04"},
        {"id": "c", "text": "Fires near Dnipro.", "date": "2024-03-05T23:30:00-05:00"},
    ]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    write_outputs(geoparse_inputs([src]), out)
    want = {
        "a": ("2024-03-01", "Fri, 01 Mar 2024 10:15:00 GMT"),
        "b": ("2024-03-04", None),
        "c": ("2024-03-05", "2024-03-05T23:30:00-05:00"),
    }

    def pair(record: dict[str, str | None]) -> tuple[str | None, str | None]:
        return record["published"] or None, record["published_given"] or None

    found: dict[str, set[tuple[str | None, str | None]]] = {k: set() for k in want}
    for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found[record["article"]].add(pair(record))
    for name in ("mentions.geojson", "places.geojson"):
        for feature in json.loads((out / name).read_text(encoding="utf-8"))["features"]:
            props = feature["properties"]
            for claim in props.get("claims") or [props]:
                found[claim["article"]].add(pair(claim))
    with (out / "claims.csv").open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            found[row["article"]].add(pair(row))
    comparison = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    compared = [c for place in comparison["places"] for c in place["claims"]]
    assert compared and all("published" in c for c in compared)
    for claim in compared:
        found[claim["article"]].add(pair(claim))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for status in report["inputs"]:
        found[status["article_id"]].add(pair(status))
    with sqlite3.connect(out / "geomap.gpkg") as db:
        for layer in ("mentions", "claims"):
            query = f'SELECT article, published, published_given, published_date FROM "{layer}"'
            for article, published, given, day in db.execute(query):
                found[article].add((published, given))
                assert day == published
    assert found == {k: {v} for k, v in want.items()}
