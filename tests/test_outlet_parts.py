"""One rule for an outlet's name beside a section's, for feeds and pages (new user).

"Africa | Sahel Wire" was a feed's outlet as written when its channel had no link
of its own or its site sat on a platform's subdomain; a page's ``og:site_name`` kept
its section always.  The part that names the site at the address is the outlet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.feed_outlets import channel_outlet, outlet_part
from geomap.io.html import extract_html
from geomap.io.readers import read_inputs
from geomap.outlet_names import without_outlet
from geomap.records import Article


def _feed(path: Path, channel: str, channel_link: str, item_link: str) -> Article:
    link = f"<link>{channel_link}</link>" if channel_link else ""
    path.write_text(
        f'<rss version="2.0"><channel><title>{channel}</title>{link}'
        f"<item><title>T</title><link>{item_link}</link>"
        "<description>Rain in Riga.</description></item></channel></rss>",
        encoding="utf-8",
    )
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("channel", "channel_link", "item_link", "outlet"),
    [
        ("Africa | Sahel Wire", "", "https://www.sahelwire.org/a1", "Sahel Wire"),
        ("Africa :: Sahel Wire", "https://sahelwire.example.com/africa", "", "Sahel Wire"),
        ("Sahel Wire - Africa", "https://feeds.sahelwire.org/africa", "", "Sahel Wire"),
        ("Africa | Sahel Wire", "", "", "Africa | Sahel Wire"),  # nothing tells which
        ("Edition | CNN", "https://edition.cnn.com/world", "", "CNN"),  # the site, not a subdomain
        # its address leaves out the name's article (a new user's feed)
        (
            "World news | The Daily Planet",
            "https://dailyplanet.example.com",
            "",
            "The Daily Planet",
        ),
        # its address abbreviates the name (a new user's feed, user58)
        (
            "Kharkiv region | Slobozhansky Wire",
            "https://slobwire.example/",
            "",
            "Slobozhansky Wire",
        ),
        (
            "World | The New York Times",
            "https://www.nytimes.example/world",
            "",
            "The New York Times",
        ),
        ("Kharkiv Post | Kyiv Post", "https://kp.example/", "", "Kharkiv Post | Kyiv Post"),
    ],
)
def test_a_feed_s_outlet_is_the_part_naming_its_site(
    tmp_path: Path, channel: str, channel_link: str, item_link: str, outlet: str
) -> None:
    article = _feed(tmp_path / "f.rss", channel, channel_link, item_link)
    assert article.metadata["outlet"] == outlet


def test_a_page_s_site_name_follows_the_same_rule() -> None:
    head = (
        '<link rel="canonical" href="https://www.sahelwire.org/africa/floods">'
        '<meta property="og:site_name" content="Africa | Sahel Wire">'
        "<title>Floods in Gao | Sahel Wire</title>"
    )
    body = "<p>" + "Floods hit Gao in northern Mali on Monday, officials said. " * 5 + "</p>"
    _, meta = extract_html(
        f"<html><head>{head}</head><body><article>{body}</article></body></html>"
    )
    assert meta["outlet"] == "Sahel Wire"
    assert outlet_part("Africa | Sahel Wire", ["https://other.example.org/"]) == (
        "Africa | Sahel Wire"  # a site named otherwise: kept whole
    )


def test_a_title_loses_the_outlet_after_any_of_the_separators() -> None:
    for sep in (" | ", " - ", " – ", " :: ", " > "):
        assert without_outlet(f"Floods in Gao{sep}Sahel Wire", "Sahel Wire") == "Floods in Gao"
    assert without_outlet("Sahel Wire", "Sahel Wire") == "Sahel Wire"
    assert without_outlet("Floods in Gao by Sahel Wire", "Sahel Wire") == (
        "Floods in Gao by Sahel Wire"
    )


@pytest.mark.parametrize(
    ("name", "site", "outlet"),
    [
        ("World | Daily Star", "https://world.thedailystar.net/x", "World | Daily Star"),
        # not "Latest" (the subdomain's); a feed's own label beside one name is left out
        ("Latest | Morning Herald", "https://latest.smh.com.au/", "Morning Herald"),
        ("Africa | Sahel Wire", "https://sahelwire.substack.com/p/x", "Sahel Wire"),
    ],
)
def test_a_section_s_subdomain_does_not_name_the_outlet(name: str, site: str, outlet: str) -> None:
    """A subdomain names the site only as a joined name no other part contradicts (fix49)."""
    assert outlet_part(name, [site]) == outlet
    assert channel_outlet(name, site) == outlet


def test_a_feeds_own_label_beside_the_outlets_name_is_left_out() -> None:
    # user64: a Russian feed's title whose outlet no address spells
    assert outlet_part("Новости Севера - Latest", ["https://sever-news.example/"]) == (
        "Новости Севера"
    )
    assert outlet_part("Top Stories | Daily Post", [None]) == "Daily Post"
    # two parts that are no feed label: kept whole, as before
    assert outlet_part("Opinion | Daily Wire", [None]) == "Opinion | Daily Wire"
    assert outlet_part("Latest | News", [None]) == "Latest | News"  # nothing else to keep
