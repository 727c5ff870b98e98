"""GDELT's compact dates given as numbers, and a zone's name after the offset.

A JSON export with GDELT's ``SQLDATE`` as a number (``20240305``) was read as Unix
seconds, 1970-08-23, with no warning; ``DATEADDED`` (``20240305101500``) as the year
2611; Java's and RFC 9557's ``...+01:00[Europe/Paris]`` was no date (rev42).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.dates import parse_date
from geomap.io.readers import read_inputs
from geomap.io.record import RecordFields
from geomap.records import Article


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (20240305, "2024-03-05"),
        ("20240305", "2024-03-05"),
        (20240305101500, "2024-03-05T10:15:00"),
        ("20240305101500", "2024-03-05T10:15:00"),
        ("2024-03-05T10:00:00+01:00[Europe/Paris]", "2024-03-05T10:00:00+01:00"),
        ("2024-03-05T10:00:00Z[UTC]", "2024-03-05T10:00:00+00:00"),
        (1709632800, "2024-03-05T10:00:00+00:00"),  # Unix seconds stay Unix seconds
        (1709632800000, "2024-03-05T10:00:00+00:00"),
    ],
)
def test_compact_and_zoned_dates(value: object, expected: str) -> None:
    assert parse_date(value) == expected


def test_a_number_date_in_a_json_export_is_the_day_it_spells(tmp_path: Path) -> None:
    path = tmp_path / "gdelt.jsonl"
    path.write_text(json.dumps({"id": "1", "text": "Talks in Doha.", "SQLDATE": 20240305}))
    (art,) = read_inputs([path], fields=RecordFields(metadata={"published": "SQLDATE"}))
    assert isinstance(art, Article) and art.metadata["published"] == "2024-03-05"
    assert not art.warnings
