"""CSV exports in UTF-16 or -32, with or without a byte-order mark, are read as such."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

CSV = "id,text\n1,Police in Tartu said.\n2,Полиция в Пскове.\n"


@pytest.mark.parametrize(
    ("encoding", "named"),
    [
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("utf-16", "utf-16"),
        ("utf-32", "utf-32"),
    ],
)
def test_a_wide_csv_is_decoded(tmp_path: Path, encoding: str, named: str) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(CSV.encode(encoding))
    arts = list(read_inputs([path]))
    assert [a.text for a in arts if isinstance(a, Article)] == [
        "Police in Tartu said.",
        "Полиция в Пскове.",
    ]
    assert f"decoded as {named} (the whole file)" in arts[0].notes[0]


def test_a_stray_nul_leaves_utf8_utf8(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"id,text\n1,Police in Kaunas\x00 said.\n")
    (art,) = read_inputs([path])
    assert isinstance(art, Article) and art.text == "Police in Kaunas\ufffd said."
    text = tmp_path / "story.txt"
    text.write_bytes(b"Police in Kaunas\x00 said!!")  # even length: it once read as UTF-16
    (status,) = read_inputs([text])
    assert isinstance(status, InputStatus) and "binary data" in (status.reason or "")
