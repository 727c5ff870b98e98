"""Web archives (WARC): one article per archived HTML page (rev44).

A ``.warc`` given by name was read as one text, its WARC and HTTP headers and the
page's markup included; in a folder it was skipped as no article file type.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

_PAGE = (
    b"<html><head><title>Quake near Izmir</title></head><body><article><h1>Quake near "
    b"Izmir</h1><p>An earthquake struck near Izmir on Tuesday, officials in Ankara said, "
    b"and buildings shook in Manisa.</p></article></body></html>"
)


def _record(kind: str, uri: str, content_type: str, block: bytes) -> bytes:
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def _archive() -> bytes:
    packed = gzip.compress(_PAGE)
    chunked = b"%x\r\n" % len(packed) + packed + b"\r\n0\r\n\r\n"
    answer = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked
    )
    http = "application/http; msgtype=response"
    return b"".join(
        [
            _record("warcinfo", "", "application/warc-fields", b"software: wget\r\n"),
            _record("request", "https://n.example/a", "application/http; msgtype=request", b"GET"),
            _record("response", "https://n.example/a", http, answer),
            _record("response", "https://n.example/old", http, b"HTTP/1.1 301 Moved\r\n\r\n"),
            _record(
                "response",
                "https://n.example/l.png",
                http,
                b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
            ),
        ]
    )


def test_each_archived_page_is_an_article_with_its_address(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc").write_bytes(_archive())
    (tmp_path / "crawl2.warc.gz").write_bytes(gzip.compress(_archive()))
    found = list(read_inputs([tmp_path]))
    assert [type(a) for a in found] == [Article, Article]  # no request, redirect or image
    for article in found:
        assert isinstance(article, Article)
        assert article.text.startswith("Quake near Izmir\n\nAn earthquake struck near Izmir")
        assert "WARC" not in article.text and "<" not in article.text
        assert article.metadata["url"] == "https://n.example/a"
        assert article.metadata["outlet"] == "n.example"
        assert article.metadata["title"] == "Quake near Izmir"


def test_an_archive_with_no_page_and_a_damaged_one_say_so(tmp_path: Path) -> None:
    (tmp_path / "empty.warc").write_bytes(
        _record("warcinfo", "", "application/warc-fields", b"software: wget\r\n")
    )
    (tmp_path / "bad.warc").write_bytes(_archive()[:40] + b"\r\n\r\nnot a record\r\n")
    found = {s.source: s for s in read_inputs([tmp_path]) if isinstance(s, InputStatus)}
    empty = found[str(tmp_path / "empty.warc")]
    assert empty.status == "empty" and "no HTML page among its 1 WARC records" in (
        empty.reason or ""
    )
    (bad,) = [s for k, s in found.items() if k.startswith(str(tmp_path / "bad.warc"))]
    assert bad.status == "error"


def test_a_file_that_is_no_archive_and_a_page_that_is_no_text_are_named(tmp_path: Path) -> None:
    (tmp_path / "notes.warc").write_bytes(b"hello world\r\n\r\nnot an archive\r\n")
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\x00\x01\x02binary"
    http = "application/http; msgtype=response"
    (tmp_path / "bin.warc").write_bytes(_record("response", "https://n.example/b", http, answer))
    found = [s for s in read_inputs([tmp_path]) if isinstance(s, InputStatus)]
    reasons = sorted(s.reason or "" for s in found)
    assert all(s.status == "error" for s in found) and len(found) == 2
    assert "binary" in reasons[0] and reasons[0].count("bin.warc:record 1") == 1
    assert "not a WARC record" in reasons[1] and "notes.warc" in reasons[1]


def test_an_archived_address_is_cleaned_as_metadata_is(tmp_path: Path) -> None:
    uri = "https://n.example/a\x1b[31mRED\u202e" + "x" * 5000
    http = "application/http; msgtype=response"
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + _PAGE
    (tmp_path / "c.warc").write_bytes(_record("response", uri, http, answer))
    (article,) = list(read_inputs([tmp_path]))
    assert isinstance(article, Article)
    url = article.metadata.get("url", "")  # its bidi control read as a blank: no address
    assert "\x1b" not in url and "\u202e" not in url and len(url) < 5000
    assert all("\x1b" not in w and len(w) < 500 for w in article.warnings)


def test_a_page_archived_from_no_web_address_is_skipped_and_named(tmp_path: Path) -> None:
    http = "application/http; msgtype=response"
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + _PAGE
    (tmp_path / "js.warc").write_bytes(_record("response", "javascript:alert(1)", http, answer))
    (status,) = list(read_inputs([tmp_path]))
    assert isinstance(status, InputStatus) and status.status == "skipped"
    assert "record 1" in status.source and "'javascript:alert(1)'" in (status.reason or "")
    assert "not a web address" in (status.reason or "")


def test_a_page_archived_from_an_address_with_markup_is_read_without_it(tmp_path: Path) -> None:
    http = "application/http; msgtype=response"
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + _PAGE
    uri = 'http://x.example/"><script>alert(1)</script>'
    (tmp_path / "m.warc").write_bytes(_record("response", uri, http, answer))
    (article,) = list(read_inputs([tmp_path]))
    assert isinstance(article, Article) and "url" not in article.metadata
    assert "outlet" not in article.metadata
    assert any("archived-from url" in w and "no web address" in w for w in article.warnings)
