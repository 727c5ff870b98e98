"""Metadata read from the field names of common news exports and APIs.

A review (rev42) found a spreadsheet's "Publication" column and a scraper's "Site" left
unread (the outlet became the URL's host, or nothing), and the Guardian's and New York
Times' API records left without a headline, date or address.
"""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.metadata import article_metadata
from geomap.records import Article


def test_a_spreadsheets_publication_column_is_the_outlet(tmp_path: Path) -> None:
    (tmp_path / "export.csv").write_text(
        "ID,Title,Article Text,Date Published,Publication\n"
        "1,Protests,Protesters gathered in Tbilisi.,2024-03-05,Civil.ge\n",
        encoding="utf-8",
    )
    (art,) = read_inputs([tmp_path / "export.csv"])
    assert isinstance(art, Article)
    assert art.metadata["outlet"] == "Civil.ge"
    assert art.metadata["published"] == "2024-03-05"


def test_a_named_site_wins_over_the_host_of_the_url() -> None:
    meta, _ = article_metadata({"Site": "Al Jazeera", "Source URL": "https://www.aljazeera.com/x"})
    assert meta["outlet"] == "Al Jazeera"


def test_media_cloud_and_gdelt_outlets() -> None:
    assert article_metadata({"media_name": "Kyiv Independent"})[0]["outlet"] == "Kyiv Independent"
    gdelt = {"SourceCommonName": "dw.com", "DocumentIdentifier": "https://www.dw.com/en/a"}
    assert article_metadata(gdelt)[0] == {"outlet": "dw.com", "url": "https://www.dw.com/en/a"}


def test_guardian_and_new_york_times_api_records(tmp_path: Path) -> None:
    guardian = {
        "id": "world/2024/mar/05/x",
        "webTitle": "Floods in Valencia",
        "webPublicationDate": "2024-03-05T10:00:00Z",
        "webUrl": "https://www.theguardian.com/world/2024/mar/05/x",
        "body": "Floods hit Valencia.",
    }
    nyt = {
        "_id": "nyt://article/1",
        "headline": {"main": "Talks in Doha", "kicker": None},
        "byline": {"original": "By Jane Doe", "person": []},
        "source": "The New York Times",
        "pub_date": "2024-03-05T10:00:00+0000",
        "web_url": "https://www.nytimes.com/2024/03/05/x.html",
        "text": "Talks in Doha continued.",
    }
    path = tmp_path / "api.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (guardian, nyt)), encoding="utf-8")
    g, n = read_inputs([path])
    assert isinstance(g, Article) and isinstance(n, Article)
    assert g.metadata["title"] == "Floods in Valencia"
    assert g.metadata["published"].startswith("2024-03-05T10:00:00")
    assert g.metadata["url"] == guardian["webUrl"]
    assert g.metadata["outlet"] == "theguardian.com"
    assert n.metadata["title"] == "Talks in Doha"
    assert n.metadata["author"] == "By Jane Doe"
    assert n.metadata["url"] == nyt["web_url"]
    assert n.metadata["outlet"] == "The New York Times"


def test_a_news_api_source_object_names_the_outlet_by_its_title() -> None:
    record = {"source": {"uri": "bbc.co.uk", "dataType": "news", "title": "BBC"}}
    assert article_metadata(record)[0]["outlet"] == "BBC"
