"""An aggregator's item is its original outlet's: NewsAPI's "Google News" source."""

from __future__ import annotations

from geomap.metadata import article_metadata


def test_an_aggregators_item_takes_the_outlet_its_title_and_author_name() -> None:
    meta, _ = article_metadata(
        {
            "title": "Nato allies condemn strike on Izmail - The Guardian",
            "source": {"id": "google-news", "name": "Google News"},
            "author": "The Guardian",
        }
    )
    assert meta["outlet"] == "The Guardian"
    assert meta["title"] == "Nato allies condemn strike on Izmail"


def test_an_outlets_own_item_keeps_its_outlet_though_the_title_ends_with_the_author() -> None:
    meta, _ = article_metadata(
        {"title": "Why I left the city - Jane Doe", "outlet": "The Blog", "author": "Jane Doe"}
    )
    assert (meta["outlet"], meta["title"]) == ("The Blog", "Why I left the city - Jane Doe")
    # an aggregator's item whose title does not end with its author stays the aggregator's
    meta, _ = article_metadata({"title": "Port hit", "outlet": "Google News", "author": "AP"})
    assert meta["outlet"] == "Google News"


def test_a_bylines_date_or_reading_time_is_no_part_of_the_author() -> None:
    meta, _ = article_metadata({"title": "Port hit", "author": "Reuters · Tue; March 3"})
    assert meta["author"] == "Reuters"
    meta, _ = article_metadata({"title": "Port hit", "author": "By Jane Doe | 5 min read"})
    assert meta["author"] == "Jane Doe"
    meta, _ = article_metadata({"title": "Port hit", "author": "Jane Doe · John Roe"})
    assert meta["author"] == "Jane Doe · John Roe"  # two names stay
