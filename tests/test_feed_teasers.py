"""A feed item whose text is only "Read more" (or nothing) is read by its headline (rev46).

An item with an image and a "Read more" link for its description was ``ok`` with the
text "Read more" and no place, though its headline names Tbilisi; an item with a
headline and no description was ``empty``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.feed_teasers import headline_for_teaser
from geomap.io.readers import read_inputs
from geomap.records import Article

_HEAD = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n'
_ITEMS = """
<item><title>Protesters gather outside parliament in Tbilisi</title><link>https://w.example/1</link>
<description><![CDATA[<p><img src="https://w.example/1.jpg"/></p>
<p><a href="https://w.example/1">Read more</a></p>]]></description></item>
<item><title>Flooding closes roads across Valencia</title>
<description>Continue reading...</description></item>
<item><title>Earthquake shakes Izmir</title><description></description></item>
<item><title>Talks resume</title>
<description>Negotiators met in Istanbul on Tuesday to discuss shipments.</description></item>
<item><title>Talks go on</title><description><![CDATA[<p>Negotiators met in Ankara.
<a href="https://w.example/5">Continue reading</a></p>]]></description></item>
"""


def test_an_item_whose_text_is_a_link_or_nothing_is_read_by_its_headline(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(_HEAD + _ITEMS + "</channel></rss>\n", encoding="utf-8")
    found = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in found)
    texts = [a.text for a in found if isinstance(a, Article)]
    assert texts == [
        "Protesters gather outside parliament in Tbilisi\n\nRead more",
        "Flooding closes roads across Valencia\n\nContinue reading...",
        "Earthquake shakes Izmir",
        "Talks resume\n\nNegotiators met in Istanbul on Tuesday to discuss shipments.",
        "Talks go on\n\nNegotiators met in Ankara. Continue reading",
    ]
    notes = [a.notes for a in found if isinstance(a, Article)]
    assert notes[0] == (
        f"{path}:item 1: the item's text is only a link's words ('Read more'): "
        "its headline is read",
    )
    assert notes[2] == (f"{path}:item 3: the item has no text: its headline is read",)
    assert notes[3] == notes[4] == ()


def test_an_atom_entry_with_an_empty_summary_is_read_by_its_title(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        "<entry><title>Storm reaches Gdansk</title><id>1</id><summary/></entry></feed>",
        encoding="utf-8",
    )
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article) and article.text == "Storm reaches Gdansk"


@pytest.mark.parametrize(
    "content",
    ["Shelling hit Kharkiv overnight", "Officials in Riga said", "Video: 3 dead"],
)
def test_a_short_text_with_a_name_or_a_number_is_no_teaser(content: str) -> None:
    record: dict[str, object] = {"title": "Headline", "text": content}
    assert headline_for_teaser(record, "f") is None
    assert record["text"] == content


def test_an_item_without_a_headline_is_left_as_it_is() -> None:
    record: dict[str, object] = {"html": '<a href="/1">Read more</a>'}
    assert headline_for_teaser(record, "f") is None and "text" not in record


def test_a_link_that_repeats_the_headline_is_read_once() -> None:
    """Google News links the headline itself: its places count once, not twice (new user)."""
    title = "Opposition rallies in Maracaibo and Valencia"
    record: dict[str, object] = {"title": title, "html": f'<a href="https://x/1">{title}</a>'}
    assert headline_for_teaser(record, "g.rss:item 1")
    assert record["text"] == title
