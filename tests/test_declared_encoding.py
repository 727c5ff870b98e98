"""The encoding a file declares wins over lines decoded one by one (rev46).

A Windows-1251 page whose ``<meta charset>`` says so was read line by line as UTF-8
where its bytes happen to be valid UTF-8 ("Сі" is D1 B3, UTF-8's "ѳ"): the lines
decoder (:mod:`geomap.io.mixed_encoding`) ran before the declared encoding was tried.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.encoding import decode_bytes
from geomap.io.readers import read_inputs
from geomap.records import Article

_CP1251 = "Київ — столиця України.\nСі Сі\n".encode("cp1251")


def test_a_declared_code_page_wins_over_lines_that_look_like_utf8() -> None:
    text, encoding = decode_bytes(_CP1251, "page.html", "windows-1251")
    assert text == "Київ — столиця України.\nСі Сі\n"
    assert encoding == "cp1251"


def test_without_a_declaration_the_lines_are_still_decoded_one_by_one() -> None:
    _, encoding = decode_bytes(_CP1251, "story.txt")
    assert encoding.startswith("utf-8, ")


def test_a_wrong_declaration_loses_to_the_lines_it_would_garble() -> None:
    data = "Kraków and Gdańsk.\nŁódź said ".encode() + b"\x93we are ready\x94.\n"
    text, encoding = decode_bytes(data, "page.html", "iso-8859-1")
    assert text == "Kraków and Gdańsk.\nŁódź said \u201cwe are ready\u201d.\n"
    assert encoding.startswith("utf-8, ")


def test_an_html_page_is_read_in_its_meta_charset(tmp_path: Path) -> None:
    body = "<p>Київ — столиця України, і Сі Сі.</p>\n<p>Сі</p>\n" * 3
    page = f'<html><head><meta charset="windows-1251"></head><body><article>{body}</article>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert "ѳ" not in article.text and "Сі" in article.text
