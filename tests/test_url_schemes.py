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
    assert len(warnings) == 1 and warnings[0].endswith("is no web address; not read")
    assert web_address(url) is None


@pytest.mark.parametrize(
    "url", ["https://www.dw.com/a", "http://x.example", "ftp://x.example/f", "www.dw.com:443/x"]
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
