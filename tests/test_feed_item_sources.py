"""An aggregator's feed item names the outlet it came from (RSS 2.0 and Atom ``<source>``).

A Google News search feed gave every item the outlet '"Kharkiv" - Google News' (its
channel's title), and kept " - Reuters" in each headline (rev42).
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>"Kharkiv" - Google News</title><link>https://news.google.com/</link>
<item><title>Missiles strike Kharkiv - Reuters</title><guid>a</guid>
<description>Missiles struck Kharkiv overnight.</description>
<source url="https://www.reuters.com">Reuters</source></item>
<item><title>Drones over Dnipro</title><guid>b</guid>
<description>Drones flew over Dnipro.</description><dc:source>https://example.org/wire</dc:source></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet News</title>
<entry><title>Floods in Mostar</title><id>x</id><content>Floods hit Mostar.</content>
<source><id>tag:wire</id><title>Balkan Wire</title></source></entry>
</feed>"""


def _articles(path: Path, text: str) -> list[Article]:
    path.write_text(text, encoding="utf-8")
    return [a for a in read_inputs([path]) if isinstance(a, Article)]


def test_an_rss_items_source_is_its_outlet_and_leaves_its_headline(tmp_path: Path) -> None:
    cited, own = _articles(tmp_path / "gnews.rss", RSS)
    assert cited.metadata["outlet"] == "Reuters"
    assert cited.metadata["title"] == "Missiles strike Kharkiv"
    # Dublin Core's source is no outlet: the channel's stays, the part of its title naming
    # the site the feed links to (news.google.com), not the search it shows ("Kharkiv")
    assert own.metadata["outlet"] == "Google News"
    assert own.metadata["title"] == "Drones over Dnipro"


def test_an_atom_entrys_source_feed_title_is_its_outlet(tmp_path: Path) -> None:
    (entry,) = _articles(tmp_path / "planet.atom", ATOM)
    assert entry.metadata["outlet"] == "Balkan Wire"
