"""An input's url that is no web address (``javascript:``, ``data:``) is not carried on."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.metadata import article_metadata
from geomap.outlet_names import web_address
from geomap.records import Article


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", " JaVa\tScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:x"],
)
def test_a_scriptable_url_is_not_read_and_is_warned_about(url: str) -> None:
    meta, warnings = article_metadata({"title": "Port hit", "url": url})
    assert "url" not in meta and "outlet" not in meta
    assert len(warnings) == 1 and warnings[0].endswith("with a host); not read")
    assert web_address(url) is None


@pytest.mark.parametrize(
    "url",
    ["https://www.dw.com/a", "http://x.example", "www.dw.com:443/x", "https://10.0.0.1:8080/a?b=1"],
)
def test_web_addresses_are_kept(url: str) -> None:
    meta, warnings = article_metadata({"title": "Port hit", "url": url})
    assert meta["url"] == url and warnings == []


def test_a_record_with_a_script_url_is_read_without_it(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a1", "text": "Troops moved to Lviv.", "url": "javascript:alert(1)"}\n',
        encoding="utf-8",
    )
    (art,) = [a for a in read_inputs([path]) if isinstance(a, Article)]
    assert art.metadata.get("url") is None
    assert any("no web address" in w for w in art.warnings)


def test_a_page_whose_canonical_link_is_a_script_keeps_its_saved_address(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    body = "<p>Drones hit the port of Izmail overnight, the governor said on Thursday.</p>" * 3
    page.write_text(
        "<!DOCTYPE html>\n<!-- saved from url=(0024)https://news.example/a/1 -->\n"
        '<html><head><link rel="canonical" href="javascript:alert(1)"><title>Port hit</title>'
        f"</head><body><article><h1>Port hit</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    (art,) = [a for a in read_inputs([page]) if isinstance(a, Article)]
    assert art.metadata["url"] == "https://news.example/a/1"


@pytest.mark.parametrize(
    "url",
    [
        "u",
        "here",
        "/2026/story",
        "ftp://x.example/f",
        "http:///x",
        "https://",
        "http://a.example/</script><script>alert(1)</script>",
        'http://x.example/"><script>x</script>',
        "http://x.example/a b",
        "http://x.example:port/a",
        "http://exa_mple/a",
    ],
)
def test_a_url_that_is_no_absolute_web_address_is_dropped_with_a_warning(url: str) -> None:
    meta, warnings = article_metadata({"title": "Port hit", "url": url})
    assert "url" not in meta and "outlet" not in meta
    assert len(warnings) == 1 and "no web address" in warnings[0]


def test_a_csv_row_and_a_feed_item_with_bad_urls_say_so_naming_the_input(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("id,title,text,url\nr1,A,Troops moved to Lviv.,here\n", encoding="utf-8")
    feed = tmp_path / "f.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        "<item><title>B</title><link>http://a.example/&lt;/script&gt;&lt;b&gt;</link>"
        "<description>Troops moved to Kharkiv on Monday.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    arts = [a for a in read_inputs([table, feed]) if isinstance(a, Article)]
    assert len(arts) == 2 and all("url" not in a.metadata for a in arts)
    for art in arts:
        (warning,) = [w for w in art.warnings if "no web address" in w]
        assert warning.startswith(art.source)
