"""Feeds and exports in big outlets' shapes (rev46).

The Guardian's RSS puts ``<media:content>`` (an image, with its credit) in every
item: its "Photograph: AP" was read as the item's text.  The New York Times API's
byline is "By Marc Santora", WordPress's REST API's author an id (``3``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.feed_outlets import channel_outlet
from geomap.io.readers import read_inputs
from geomap.metadata import article_metadata
from geomap.records import Article

_GUARDIAN = """<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"
 version="2.0"><channel><title>World news | The Guardian</title>
<item><title>Ceasefire talks stall in Cairo</title>
<link>https://www.theguardian.com/world/2024/mar/05/ceasefire</link>
<media:content width="140" url="https://i.guim.co.uk/1.jpg">
<media:credit scheme="urn:ebu">Photograph: AP</media:credit></media:content>
<media:description>A picture of the talks.</media:description>
<description>&lt;p&gt;Delegations left the Egyptian capital without agreement&lt;/p&gt;
&lt;a href="https://www.theguardian.com/1"&gt;Continue reading...&lt;/a&gt;</description>
<dc:creator>Jason Burke</dc:creator></item></channel></rss>
"""


def test_media_elements_are_never_an_items_text(tmp_path: Path) -> None:
    path = tmp_path / "guardian.xml"
    path.write_text(_GUARDIAN, encoding="utf-8")
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert article.text.startswith(
        "Ceasefire talks stall in Cairo\n\nDelegations left the Egyptian capital without agreement"
    )
    assert "Photograph" not in article.text and "picture" not in article.text
    assert article.metadata["author"] == "Jason Burke"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("By Marc Santora", "Marc Santora"),
        ("by Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("Byron Smith", "Byron Smith"),
        (3, None),
        ("17", None),
    ],
)
def test_a_byline_loses_its_by_and_an_author_id_is_no_author(
    author: object, expected: str | None
) -> None:
    meta, _ = article_metadata({"author": author})
    assert meta.get("author") == expected


@pytest.mark.parametrize(
    ("channel", "link", "outlet"),
    [
        ("World news | The Guardian", "https://www.theguardian.com/world", "The Guardian"),
        ("NYT > World News", "https://www.nytimes.com/section/world", "NYT"),
        ("Al Jazeera – Breaking News", "https://www.aljazeera.com", "Al Jazeera"),
        ("BBC News", "https://www.bbc.co.uk/news", "BBC News"),
        ("World | Daily", "https://wire.example", "World | Daily"),
    ],
)
def test_a_channel_title_with_a_section_gives_the_outlet_the_site_names(
    tmp_path: Path, channel: str, link: str, outlet: str
) -> None:
    # every section of one outlet was an outlet of its own on the map
    path = tmp_path / "f.rss"
    path.write_text(
        f'<rss version="2.0"><channel><title>{channel}</title><link>{link}</link>'
        "<item><title>T</title><description>Rain in Riga.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article) and article.metadata["outlet"] == outlet


@pytest.mark.parametrize(
    ("title", "site", "outlet"),
    [
        ("Edition | CNN", "https://edition.cnn.com/world", "CNN"),
        ("CNN.com - RSS Channel - World", "http://rss.cnn.com/rss/edition_world.rss", "CNN.com"),
        ("News | Newsweek", "https://www.newsweek.com/", "Newsweek"),
        ("BBC News - World", "https://www.bbc.co.uk/news/world", "BBC News"),
    ],
)
def test_a_channel_title_s_outlet_is_the_site_s_name_not_a_subdomain_or_a_prefix(
    title: str, site: str, outlet: str
) -> None:
    """The host's label before its suffix, and an equal part before a prefix (review)."""
    assert channel_outlet(title, site) == outlet
