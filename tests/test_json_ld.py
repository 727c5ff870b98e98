"""An HTML page's JSON-LD article: headline, author, publisher and date read as data,
before trafilatura's metadata; malformed JSON-LD is ignored (new user, issue 12)."""

from __future__ import annotations

import json
from typing import Any

from geomap.io.html import extract_html
from geomap.io.json_ld import declared_article

BODY = (
    "<body><article><h1>Page heading</h1><p>Heavy rain flooded the port of Odesa on "
    "Saturday, the regional governor said. Residents of Mykolaiv were warned to stay "
    "at home as rivers rose across the south.</p></article></body>"
)


def _page(*blocks: Any, head: str = "") -> str:
    scripts = "".join(
        f'<script type="application/ld+json">{b if isinstance(b, str) else json.dumps(b)}</script>'
        for b in blocks
    )
    return f"<html><head><title>Tab title</title>{head}{scripts}</head>{BODY}</html>"


GRAPH = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Site of the Daily"},
        {"@type": "Organization", "@id": "#org", "name": "Black Sea Daily"},
        {
            "@type": ["NewsArticle"],
            "headline": "Floods hit <b>Odesa</b> port",
            "datePublished": "2024-03-02T10:00:00+02:00",
            "author": [{"@type": "Person", "name": "Olena M."}, "Ivan K."],
            "publisher": {"@id": "#org"},
        },
    ],
}
OG = (
    '<meta property="og:title" content="OG headline">'
    '<meta property="og:site_name" content="OG Site">'
)


def test_the_json_ld_article_comes_before_og_tags_and_trafilatura() -> None:
    _, meta = extract_html(_page("{ not json at all", GRAPH, head=OG))
    assert meta["title"] == "Floods hit Odesa port"  # markup in the value gone
    assert meta["outlet"] == "Black Sea Daily"  # the publisher, through its @id
    assert meta["author"] == "Olena M.; Ivan K."
    assert meta["published"].startswith("2024-03-02")
    # without JSON-LD the same page gives the og: values
    _, plain = extract_html(_page(head=OG))
    assert (plain["title"], plain["outlet"]) == ("OG headline", "OG Site")


def test_a_list_of_blocks_and_article_types() -> None:
    article = {"@type": "ReportageNewsArticle", "headline": "H", "publisher": "Wire"}
    assert declared_article(_page([{"@type": "BreadcrumbList"}, article])) == {
        "title": "H",
        "outlet": "Wire",
    }
    assert declared_article(_page({"@type": "Article", "headline": "A"})) == {"title": "A"}


def test_what_is_not_the_pages_article_is_not_read() -> None:
    related = {
        "@type": "ItemList",
        "itemListElement": [{"@type": "NewsArticle", "headline": "Another story"}],
    }
    assert declared_article(_page(related)) == {}  # related stories, not the article
    two = [{"@type": "NewsArticle", "headline": "One"}, {"@type": "NewsArticle", "headline": "Two"}]
    assert declared_article(_page(two)) == {}  # which one the page is: unknown
    for broken in ("[1, 2", '{"@type": "NewsArticle", "headline": }', "[" * 100_000, "null"):
        assert declared_article(_page(broken)) == {}
    # a value is data: a script in it is neither run nor kept as markup
    evil = '{"@type": "NewsArticle", "headline": "<script>alert(1)<\\/script>Floods"}'
    assert declared_article(_page(evil)) == {"title": "Floods"}
    cut = {"@type": "NewsArticle", "headline": "</script><p>Floods"}  # ends the block early
    assert declared_article(_page(cut)) == {}


def test_a_declared_publication_tag_still_comes_first() -> None:
    tag = '<meta property="article:published_time" content="2024-03-01T08:00:00Z">'
    _, meta = extract_html(_page(GRAPH, head=tag))
    assert meta["published"].startswith("2024-03-01")


def test_json_ld_values_are_cleaned_as_any_other_metadata() -> None:
    """A byline's "By", an author id and the outlet after the headline go (review fix49)."""
    article = {
        "@type": "NewsArticle",
        "headline": "Floods hit Kharkiv | Sahel Wire",
        "author": ["By Jane Doe", "12"],
        "publisher": {"name": "Sahel Wire"},
    }
    _, meta = extract_html(_page(article))
    assert meta["author"] == "Jane Doe"
    assert meta["title"] == "Floods hit Kharkiv"
    assert meta["outlet"] == "Sahel Wire"
    _, only_id = extract_html(_page({**article, "author": "12"}))
    assert "author" not in only_id
