"""An outlet named by a web address is one outlet with its site (rev41).

An export that gives ``source: "https://www.bbc.co.uk/news"`` beside articles
known only by a ``url`` on ``www.bbc.co.uk`` showed two outlets; a link to a
mobile or AMP edition (``amp.theguardian.com``) a third colour for one site.
"""

from __future__ import annotations

import pytest

from geomap.metadata import article_metadata


@pytest.mark.parametrize(
    ("record", "outlet"),
    [
        ({"url": "https://amp.theguardian.com/world/x"}, "theguardian.com"),
        ({"url": "https://m.dw.com/en/y"}, "dw.com"),
        ({"url": "https://mobile.example.org/y"}, "example.org"),
        ({"url": "https://www2.example.org/y"}, "example.org"),
        ({"url": "https://m.example/y"}, "m.example"),  # nothing left but a top-level domain
        ({"source": "https://www.bbc.co.uk/news"}, "bbc.co.uk"),
        ({"source": "www.bbc.co.uk"}, "bbc.co.uk"),
        ({"outlet": "http://m.dw.com/en/"}, "dw.com"),
    ],
)
def test_an_outlet_written_as_an_address_is_its_site(record: dict, outlet: str) -> None:
    assert article_metadata(record)[0]["outlet"] == outlet


@pytest.mark.parametrize("name", ["Reuters.com", "BBC News", "Amp Magazine", "mailto:x"])
def test_an_outlet_named_in_words_is_kept_as_written(name: str) -> None:
    assert article_metadata({"source": name})[0]["outlet"] == name
