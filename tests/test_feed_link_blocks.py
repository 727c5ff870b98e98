"""A feed item's paragraph that is one short link is no text of the story (user67).

Meduza's Atom entry ended "<p><img/><a href=...>Source</a></p>": its text ended in
"\\n\\nSource".
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article

_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Drones hit a port</title><id>x1</id><updated>2026-11-15T09:12:00Z</updated>
<content type="html">&lt;p&gt;Drones struck the port of Novorossiysk overnight, the governor
said.&lt;/p&gt;&lt;p&gt;&lt;img src="x.jpg"/&gt;&lt;a href="https://t.me/x"&gt;Source&lt;/a&gt;&lt;/p&gt;
&lt;p&gt;&lt;a href="/y"&gt;Ships left the port of Novorossiysk for Sevastopol&lt;/a&gt;&lt;/p&gt;
</content></entry></feed>
"""


def test_a_link_only_paragraph_of_a_feed_item_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(_FEED, encoding="utf-8")
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert not article.text.rstrip().endswith("Source")
    assert "Ships left the port of Novorossiysk" in article.text  # a long link's words stay
