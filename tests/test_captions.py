"""A photo's caption is no part of the article, in a feed's item as in a page.

A page's ``<figcaption>`` was left out (trafilatura's rule) while a feed item's
``<p><em>Photo: Kharkiv after the strike (Wire)</em></p>`` was read, and claimed
Kharkiv for the outlet once more per item (a new user's study, user58).
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article

STORY = (
    "<p>KHARKIV — A missile struck a hotel in the centre of Kharkiv late on Sunday.</p>"
    "<p>Mayor Ihor Terekhov said rescuers worked through the night.</p>"
)


def _text(path: Path) -> str:
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article)
    return article.text


def test_a_feed_items_caption_goes_as_a_pages_figcaption_does(tmp_path: Path) -> None:
    caption = "<p><em>Photo: Kupiansk after the strike (Slobozhansky Wire)</em></p>"
    feed = tmp_path / "f.rss"
    feed.write_text(
        '<rss version="2.0"><channel><title>Wire</title><item><title>Hotel hit</title>'
        f"<description><![CDATA[{STORY}{caption}]]></description></item></channel></rss>",
        encoding="utf-8",
    )
    page = tmp_path / "p.html"
    figure = "<figure><img src='a.jpg'><figcaption>Kupiansk after the strike</figcaption></figure>"
    page.write_text(
        f"<html><head><title>Hotel hit</title></head><body><article>{STORY}{figure}"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert "Kupiansk" not in _text(feed) and "Kupiansk" not in _text(page)
    assert "Mayor Ihor Terekhov said" in _text(feed)


def test_a_paragraph_that_opens_with_photo_and_goes_on_is_the_articles(tmp_path: Path) -> None:
    long = "Photo: " + "the strike on Kupiansk left the market in ruins, residents said. " * 6
    credit = '<p class="photo-credit">Reuters/Ivan Petrov</p>'
    page = tmp_path / "p.html"
    page.write_text(
        f"<html><body><article>{STORY}<p>{long}</p>{credit}</article></body></html>", "utf-8"
    )
    text = _text(page)
    assert "left the market in ruins" in text and "Ivan Petrov" not in text
