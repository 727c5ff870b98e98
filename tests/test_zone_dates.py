"""Dates with a zone written by name or after a date alone, and labels before them.

"March 5, 2024 EDT" was no date (dateutil refuses a zone without a time);
"UTC+3" was read the POSIX way round, three hours *behind* UTC (rev44).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.dates import parse_date
from geomap.io.readers import read_inputs
from geomap.records import Article
from geomap.run import geoparse_articles
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_zone_dates_gazetteer.v1", [place("1", "Kyiv", "city", "UA", 3_000_000)]
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("March 5, 2024 EDT", "2024-03-05"),
        ("March 5, 2024 (EDT)", "2024-03-05"),
        ("2024-03-05 EDT", "2024-03-05"),
        ("5 March 2024 10:32 BST", "2024-03-05T10:32:00+01:00"),
        ("Tue, 05 Mar 2024 10:32:00 +0300", "2024-03-05T10:32:00+03:00"),
        ("2024-03-05T10:32Z", "2024-03-05T10:32:00+00:00"),
        ("2024-03-05 10:32:00 UTC+3", "2024-03-05T10:32:00+03:00"),
        ("Tue, 5 Mar 2024 10:32:00 GMT+0300", "2024-03-05T10:32:00+03:00"),
        ("2024-03-05 10:32 UTC-05:30", "2024-03-05T10:32:00-05:30"),
        ("Published: 5 Mar 2024", "2024-03-05"),
        ("March 5, 2024 10:32 p.m. EDT", "2024-03-05T22:32:00-04:00"),
    ],
)
def test_news_dates_with_zones_read_to_the_right_day_and_offset(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["EDT", "GMT+3", "Note: nothing here", "next Tuesday EDT"])
def test_a_zone_or_a_label_alone_is_no_date(value: str) -> None:
    assert parse_date(value) is None


def test_an_unreadable_date_is_reported_and_the_article_still_mapped(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    records = [
        {"id": "a", "text": "Rain fell in Kyiv.", "date": "sometime in Lent"},
        {"id": "b", "text": "Snow fell in Kyiv.", "date": "March 5, 2024 EDT"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    articles = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in articles)
    a, b = articles
    assert isinstance(a, Article) and isinstance(b, Article)
    assert "published" not in a.metadata
    assert any("sometime in Lent" in w and "left empty" in w for w in a.warnings)
    assert b.metadata["published"] == "2024-03-05" and not b.warnings
    from geomap.geoparser import Geoparser
    from geomap.settings import Settings

    result = geoparse_articles(
        articles, geoparser=Geoparser(Settings(), nlp=GAZ.nlp([("Kyiv", "GPE")]))
    )
    by_id = {s.article_id: s for s in result.statuses}
    assert by_id["a"].status == "ok" and by_id["a"].mentions == 1
    assert any("sometime in Lent" in w for w in by_id["a"].warnings)
