"""A hostile page's JSON-LD blocks are found in one pass (review fix49).

The block pattern ``<script ...>(.*?)</script`` searched from each opening tag to
the end of a page without a closing one: 288 KB of unclosed openings took 19 s,
and the work grows with the square of the page, so these 2 MB pages took many
minutes.  They are read now, to no article.
"""

from __future__ import annotations

from geomap.io.json_ld import declared_article

_LD = '<script type="application/ld+json">'
_ARTICLE = '{"@type": "NewsArticle", "headline": "Floods hit Kharkiv"}'


def test_unclosed_json_ld_openings_are_read_once() -> None:
    page = (_LD + "x") * (2_000_000 // (len(_LD) + 1))
    assert len(page) >= 1_900_000
    assert declared_article(page) == {}


def test_script_tags_that_never_end_are_read_once() -> None:
    page = ("<script " + "a" * 30) * (2_000_000 // 38)
    assert declared_article(page) == {}


def test_blocks_are_still_found_among_other_scripts() -> None:
    page = (
        '<SCRIPT src="a.js"></SCRIPT><script>var s = "<b>";</script>'
        f"<script type='application/ld+json'>{_ARTICLE}</Script >"
    )
    assert declared_article(page) == {"title": "Floods hit Kharkiv"}
    assert declared_article(page.replace("</Script >", "")) == {}  # never closed
