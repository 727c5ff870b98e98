"""A feed cut off mid-download keeps its whole items; an item without text says which elements."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

HEAD = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n'
ITEM = "<item><title>t{n}</title><description>Police in Oslo said.</description></item>\n"


@pytest.mark.parametrize("tail", ["", "<item><title>t4</title><descr", "<item><ti"])
def test_a_feed_cut_short_keeps_the_items_before_the_cut(tmp_path: Path, tail: str) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(HEAD + "".join(ITEM.format(n=n) for n in range(1, 4)) + tail)
    arts = list(read_inputs([path]))
    assert [a.metadata["title"] for a in arts if isinstance(a, Article)] == ["t1", "t2", "t3"]
    assert isinstance(arts[0], Article) and len(arts[0].warnings) == 1
    assert arts[0].warnings[0].startswith(f"{path}: the feed is cut short (invalid XML at its end")


def test_a_feed_broken_before_its_end_is_still_an_error(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    # a tag closed by another name (a bare "&" was the example: it is now read as text)
    items = ITEM.format(n=1) + "<item><title>bad</titel></item>\n" + ITEM.format(n=3)
    path.write_text(HEAD + items + "</channel></rss>\n")
    (status,) = read_inputs([path])
    assert isinstance(status, InputStatus) and status.status == "error"
    assert "not a readable feed (invalid XML" in (status.reason or "")


def test_an_item_without_text_names_the_feed_elements(tmp_path: Path) -> None:
    # rev46: an item with a headline is read by it (tests/test_feed_teasers.py)
    path = tmp_path / "wire.rss"
    path.write_text(HEAD + "<item><link>https://x.example/1</link></item></channel></rss>")
    (status,) = read_inputs([path])
    assert isinstance(status, InputStatus) and status.status == "empty"
    assert status.reason == (
        f"{path}:item 1: no text (the item's <description>, <content> and <summary> are "
        "empty or missing)"
    )
