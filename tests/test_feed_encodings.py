"""A feed whose declared encoding lies is read in the one it is in (rev41).

A CMS that declares ISO-8859-1 and writes UTF-8 had every accented letter read as
two ("OstrzaÅ"); one that declares UTF-8 (or nothing) and writes Windows-1250 had
its whole feed refused, as had a feed followed by anything after its end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

TITLE = "Ostrzał: Łódź"
TEXT = "Władze w Kijowie poinformowały, że ostrzał Charkowa ustał."
#: An item's text: its headline first, as a text file holds it.
READ = f"{TITLE}\n\n{TEXT}"


def _feed(declaration: str) -> str:
    return (
        f"{declaration}<rss version='2.0'><channel><title>Gazeta Łódzka</title><item>"
        f"<title>{TITLE}</title><description>{TEXT}</description></item></channel></rss>"
    )


def _read(path: Path) -> tuple[list[Article], list[InputStatus]]:
    items = list(read_inputs([path]))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, InputStatus)],
    )


@pytest.mark.parametrize(
    ("declaration", "codec", "said"),
    [
        ('<?xml version="1.0" encoding="ISO-8859-1"?>', "utf-8", "declares ISO-8859-1"),
        ('<?xml version="1.0" encoding="UTF-8"?>', "cp1250", "declares UTF-8"),
        ("", "cp1250", "declares no encoding"),
        ('<?xml version="1.0" encoding="x-unknown"?>', "utf-8", "declares x-unknown"),
    ],
)
def test_a_feed_is_read_in_the_encoding_it_is_in(
    tmp_path: Path, declaration: str, codec: str, said: str
) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(_feed(declaration).encode(codec))
    arts, stats = _read(path)
    assert stats == []
    [article] = arts
    assert article.text == READ and article.metadata["title"] == TITLE
    assert article.metadata["outlet"] == "Gazeta Łódzka"
    assert any(said in n and f"read as {codec}" in n for n in article.notes)


@pytest.mark.parametrize(
    ("declaration", "codec"),
    [
        ('<?xml version="1.0" encoding="ISO-8859-2"?>', "iso8859-2"),
        ('<?xml version="1.0" encoding="UTF-8"?>', "utf-8"),
        ("", "utf-8"),
        ('<?xml version="1.0" encoding="UTF-16"?>', "utf-16"),
    ],
)
def test_a_feed_in_its_declared_encoding_is_read_without_a_note(
    tmp_path: Path, declaration: str, codec: str
) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(_feed(declaration).encode(codec))
    [article] = _read(path)[0]
    assert article.text == READ and article.notes == ()


def test_content_after_the_feed_costs_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(_feed("") + "\n<html><body>502 Bad Gateway</body></html>", encoding="utf-8")
    arts, stats = _read(path)
    assert stats == [] and [a.text for a in arts] == [READ]
    assert any("content after the feed's end (line 2) not read" in w for w in arts[0].warnings)


def test_an_empty_feed_file_is_empty_not_an_xml_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(b"\xef\xbb\xbf\n")
    assert [(s.status, s.reason) for s in _read(path)[1]] == [
        ("empty", f"{path}: empty file (no feed items)")
    ]
