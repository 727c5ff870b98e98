"""A page's headline from its markup when trafilatura gives none (geomap.io.page_meta)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geomap.io import html as html_module
from geomap.io.html import extract_html
from geomap.io.page_meta import outlet_as_written, page_outlet, page_title
from geomap.io.readers import read_inputs
from geomap.records import Article

BODY = "<p>Heavy rain flooded streets in Kharkiv on Monday, officials said.</p>"


def _tree(page: str) -> Any:
    from trafilatura.utils import load_html

    return load_html(page)


def test_plain_h1_page_title_from_trafilatura() -> None:
    # what trafilatura returns on a plain page with only <h1> and <p>: the h1 as title
    _, meta = extract_html(f"<html><body><h1>Floods hit Kharkiv</h1>{BODY}</body></html>")
    assert meta["title"] == "Floods hit Kharkiv"


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        (
            "<meta property='og:title' content='Declared headline'>",
            "<h1>Heading</h1>",
            "Declared headline",
        ),
        ("<title>Page title</title>", "<h1>Floods <b>hit</b> Kharkiv</h1>", "Floods hit Kharkiv"),
        ("<title>Page title</title>", "<h1> </h1>", "Page title"),
        ("", "<p>no heading</p>", None),
    ],
)
def test_page_title_order(head: str, body: str, title: str | None) -> None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert page_title(page, _tree(page)) == title


def test_title_element_loses_the_outlet_after_it() -> None:
    page = "<html><head><title>Storm in Odesa - Example News</title></head><body></body></html>"
    assert page_title(page, _tree(page), "Example News") == "Storm in Odesa"


def test_page_trafilatura_reads_nothing_of_keeps_its_headline_date_and_outlet(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # trafilatura returns nothing for a page over MAX_ELEMENTS elements: the markup's own
    monkeypatch.setattr(html_module, "_bare_extraction", lambda tree: (None, frozenset()))
    page = (
        "<html><head><title>Floods - Example News</title>"
        "<meta property='og:site_name' content='Example News'>"
        "<meta property='article:published_time' content='2024-03-01T10:00:00+01:00'>"
        f"</head><body><h1>Floods hit <i>Kharkiv</i></h1>{BODY}</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert article.metadata["title"] == "Floods hit Kharkiv"
    assert article.metadata["outlet"] == "Example News"
    assert article.metadata["published"].startswith("2024-03-01")
    assert "Heavy rain flooded streets in Kharkiv" in article.text


def test_headline_markup_is_text_not_markup() -> None:
    page = "<html><body><h1>Floods<script>alert(1)</script> \x1b[31mhit</h1></body></html>"
    title = page_title(page, _tree(page))
    assert title is not None and "<" not in title and "\x1b" not in title


def test_outlet_as_written_is_the_pages_site_name_when_it_is_that_outlet() -> None:
    page = '<html><head><meta property="og:site_name" content=" der  Spiegel "></head></html>'
    assert page_outlet(page) == "der Spiegel"
    assert outlet_as_written("Der Spiegel", page) == "der Spiegel"  # trafilatura's capital
    assert outlet_as_written("Reuters", page) == "Reuters"  # another name: kept
    assert outlet_as_written("Reuters", "<html><head></head></html>") == "Reuters"
