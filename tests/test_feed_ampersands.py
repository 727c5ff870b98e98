"""A feed with an ``&`` that starts no entity (``AT&T``, a link's ``?a=1&b=2``, ``&bogus;``).

Strict XML refused the whole feed ("not a readable feed (invalid XML: Entity 'bogus'
not defined)"), where a browser or feed reader shows the ampersand as written.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article

FEED = (
    '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>AT&T News</title>'
    "<item><title>Q&A on <![CDATA[R&amp;D & Kyiv]]></title>"
    "<link>https://x.org/a?b=1&c=2</link>"
    "<description>Heat in Seville &mdash; officials said &bogus; today.</description>"
    "</item></channel></rss>"
)


def test_stray_ampersands_are_read_as_text_and_noted(tmp_path: Path) -> None:
    (tmp_path / "f.rss").write_text(FEED, encoding="utf-8")
    (art,) = read_inputs([tmp_path / "f.rss"])
    assert isinstance(art, Article)
    assert art.text == "Q&A on R&D & Kyiv\n\nHeat in Seville \u2014 officials said &bogus; today."
    # CDATA is text as it stands: its "&amp;" is no reference to mend
    assert art.metadata["outlet"] == "AT&T News"
    assert art.metadata["url"] == "https://x.org/a?b=1&c=2"
    assert art.notes == (
        f"{tmp_path / 'f.rss'}: HTML entities XML does not define (&mdash;) read as "
        "characters; 4 '&' starting no entity (as in 'AT&T') read as text",
    )


def test_a_feed_with_only_xmls_own_references_gets_no_note(tmp_path: Path) -> None:
    feed = FEED.replace("AT&T", "AT&amp;T").replace("Q&A", "Q&#38;A").replace("&c=", "&amp;c=")
    feed = feed.replace(" &bogus;", "").replace("&mdash;", "&#8212;")
    (tmp_path / "g.rss").write_text(feed, encoding="utf-8")
    (art,) = read_inputs([tmp_path / "g.rss"])
    assert isinstance(art, Article) and art.notes == ()
    assert art.metadata["title"].startswith("Q&A on R")


def test_a_cut_feed_with_entities_keeps_them_in_its_whole_items(tmp_path: Path) -> None:
    # mended and cut short: the items before the cut were read from the unmended bytes,
    # where libxml2's recovery drops "&nbsp;" ("NewYork") and "&" ("ATT")
    items = "".join(
        f"<item><title>t{n}</title><description>AT&T staff in New&nbsp;York said.</description>"
        "</item>\n"
        for n in range(1, 3)
    )
    path = tmp_path / "cut.rss"
    path.write_text(FEED.split("<item>")[0] + items + "<item><title>t3</ti", encoding="utf-8")
    arts = [a for a in read_inputs([path]) if isinstance(a, Article)]
    assert [a.metadata["title"] for a in arts] == ["t1", "t2"]
    assert arts[0].text == "AT&T staff in New\u00a0York said."
    assert "the feed is cut short" in arts[0].warnings[0]
    assert any("(&nbsp;) read as characters" in n for n in arts[0].notes)
