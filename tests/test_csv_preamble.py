"""What spreadsheets write before a CSV header: Excel's ``sep=;`` line, blank lines.

Both made the file "CSV needs a header with a text column", found ``sep=`` or no
header at all, and no row of it was read.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus


def _read(path: Path, data: bytes) -> list[Article | InputStatus]:
    path.write_bytes(data)
    return list(read_inputs([path]))


def test_excels_sep_line_names_the_delimiter_and_is_no_header(tmp_path: Path) -> None:
    data = b'sep=;\r\nTitle;Text;Date\r\nPort;"Rotterdam, Antwerp; Ghent.";12.03.2024\r\n'
    (art,) = _read(tmp_path / "e.csv", data)
    assert isinstance(art, Article) and art.text == "Port\n\nRotterdam, Antwerp; Ghent."
    assert art.metadata["title"] == "Port" and art.metadata["published"] == "2024-03-12"
    # rows are numbered as the file's lines: the row after the header is line 3
    assert art.source == f"{tmp_path / 'e.csv'}:3" and art.article_id == "e-3"


def test_blank_lines_before_the_header_are_skipped(tmp_path: Path) -> None:
    data = "\ufeff\r\n\r\nTitle,Text\r\nA,Fighting in Goma.\r\nB,\r\n".encode()
    items = _read(tmp_path / "b.csv", data)
    assert [(type(i).__name__, i.source.rsplit(":", 1)[1]) for i in items] == [
        ("Article", "4"),
        ("InputStatus", "5"),
    ]
    assert isinstance(items[0], Article) and items[0].text == "Fighting in Goma."


def test_a_sep_line_alone_is_a_header_only_file(tmp_path: Path) -> None:
    (status,) = _read(tmp_path / "h.csv", b"sep=,\nid,text\n")
    assert isinstance(status, InputStatus) and status.status == "empty"
    assert "no records (header only)" in (status.reason or "")
