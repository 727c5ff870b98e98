"""A text file that ends in NUL padding is read, with a warning (rev41).

A write cut short (a crash, a full disk, a download tool that reserves the
file's size first) leaves NUL bytes after the text; the file was refused whole
as "binary data".
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

TEXT = "Officials in Kyiv said on Monday that shelling near Kharkiv had stopped."


def test_nul_padding_after_the_text_is_left_out_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(TEXT.encode() + b"\x00" * 4096)
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert article.text == TEXT
    assert any("4,096 NUL bytes at its end" in w for w in article.warnings)


def test_nul_bytes_inside_the_text_are_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(TEXT.encode() + b"\x00\x01\x00" + TEXT.encode() + b"\x00" * 10)
    [status] = list(read_inputs([path]))
    assert isinstance(status, InputStatus) and status.status == "error"
    assert "binary data" in (status.reason or "")


def test_utf16_without_a_mark_is_not_taken_for_padding(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))  # ends in a NUL: the high byte of "."
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article) and article.text == TEXT and not article.warnings
