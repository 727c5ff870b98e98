"""A page's date is never another story's (user65: a "related" box's date).

A page without a date of its own was dated 2025-06-01 by the one ``<time datetime>``
it had, inside ``<aside class="related"><article>``: no date is better than a wrong one.
"""

from __future__ import annotations

import json

import pytest

from geomap.io.html import extract_html

STORY = (
    "<h1>Sumy hit by glide bombs</h1><p>Russian glide bombs hit an apartment block in Sumy "
    "on Sunday, killing three people, the regional military administration said.</p>"
    "<p>Rescuers from Konotop joined the search for survivors, officials said.</p>"
)
OTHER = "<h2>Wildfires near Athens</h2><time datetime='2025-06-01T10:00:00Z'>1 June 2025</time>"
BOXES = {
    "aside": f"<aside class='related'><article>{OTHER}</article></aside>",
    "nav": f"<nav>{OTHER}</nav>",
    "footer": f"<footer><p>Archive</p>{OTHER}</footer>",
    "polish box": f"<div class='polecane'>{OTHER}</div>",
    "english box": f"<div class='more-stories'>{OTHER}</div>",
    "dated span": "<div class='related-links'><span class='date'>1 June 2025</span></div>",
    "microdata": (
        "<div class='related'><div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<meta itemprop='datePublished' content='2025-06-01'><h3>Wildfires</h3></div></div>"
    ),
    "second article": f"<article><h2>Wildfires</h2><p>Short.</p>{OTHER}</article>",
}


def _page(body: str) -> str:
    return (
        f"<html lang='en'><head><title>Sumy</title></head><body><main>{body}</main></body></html>"
    )


@pytest.mark.parametrize("name", sorted(BOXES))
def test_a_date_beside_the_story_is_not_the_pages(name: str) -> None:
    text, meta = extract_html(_page(f"<article>{STORY}</article>{BOXES[name]}"))
    assert "Konotop" in text
    assert "published" not in meta


def test_the_articles_own_date_is_kept_beside_a_related_box() -> None:
    own = "<time datetime='2026-12-06T09:00:00+02:00'>6 December 2026</time>"
    _, meta = extract_html(_page(f"<article>{own}{STORY}</article>{BOXES['aside']}"))
    assert meta["published"].startswith("2026-12-06")


def test_an_article_inside_the_story_is_another_story() -> None:
    nested = f"<article>{STORY}<article class='embed'>{OTHER}</article></article>"
    _, meta = extract_html(_page(nested))
    assert "published" not in meta


def test_a_storys_header_in_an_article_of_its_own_keeps_its_date() -> None:
    own = "<time datetime='2026-12-06T09:00:00+02:00'>6 December 2026</time>"
    story = STORY.split("</h1>", 1)[1]
    body = f"<article><h1>Sumy hit by glide bombs</h1>{own}</article><article>{story}</article>"
    _, meta = extract_html(_page(body))
    assert meta["published"].startswith("2026-12-06")


def test_the_dates_of_stories_a_json_ld_list_holds_are_not_the_pages() -> None:
    listed = {
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "item": {
                    "@type": "NewsArticle",
                    "headline": "Wildfires",
                    "datePublished": "2025-06-01",
                },
            }
        ],
    }
    blocks = json.dumps([{"@type": "NewsArticle", "headline": "Sumy hit by glide bombs"}, listed])
    head = f"<script type='application/ld+json'>{blocks}</script>"
    page = _page(f"<article>{STORY}</article>").replace("<title>", f"{head}<title>")
    _, meta = extract_html(page)
    assert "published" not in meta


def test_the_pages_own_json_ld_web_page_date_is_kept() -> None:
    page_node = {"@type": "WebPage", "datePublished": "2026-12-06T09:00:00+02:00"}
    block = {"@type": "NewsArticle", "headline": "Sumy hit", "mainEntityOfPage": page_node}
    head = f"<script type='application/ld+json'>{json.dumps(block)}</script>"
    page = _page(f"<article>{STORY}</article>").replace("<title>", f"{head}<title>")
    _, meta = extract_html(page)
    assert meta["published"].startswith("2026-12-06")


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("12 listopada 2026", "2026-11-12"),  # Polish, genitive
        ("12 ноября 2026", "2026-11-12"),  # Russian, genitive
        ("12 листопада 2026", "2026-11-12"),  # Ukrainian, genitive
        ("12 lis 2026", "2026-11-12"),  # Polish, CLDR's abbreviation
        ("13. November 2026", "2026-11-13"),  # read by trafilatura already
    ],
)
def test_a_pages_time_written_in_its_language_dates_it(written: str, iso: str) -> None:
    # user70a B11: <time>12 listopada 2026</time> left three Polish pages undated (the
    # date search trafilatura uses knows en, fr, de, id and tr month names only)
    story = STORY.replace("<h1>", f"<time>{written}</time><h1>", 1)
    _, meta = extract_html(_page(f"<article>{story}</article>"))
    assert meta.get("published") == iso


def test_a_related_boxs_time_in_polish_is_still_not_the_pages_date() -> None:
    other = "<h2>Inne</h2><time>1 czerwca 2025</time>"
    other = f"<aside class='related'><article>{other}</article></aside>"
    _, meta = extract_html(_page(f"<article>{STORY}</article>{other}"))
    assert "published" not in meta
    # a year alone is no day of publication
    _, meta = extract_html(_page(f"<article><time>2026</time>{STORY}</article>"))
    assert "published" not in meta
