"""A bare carriage return inside a properly quoted CSV field is no quote left open.

user68b 13: a title cell ``"RED ALERT Lviv\\rFAKE"`` in a file of CRLF lines warned "a
quoted field opened on line 4 runs to line 5 ... (a quote left open?)".
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article


def _warnings(path: Path) -> list[str]:
    arts = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in arts)
    return [w for a in arts if isinstance(a, Article) for w in a.warnings]


def test_a_bare_cr_in_a_quoted_field_gives_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(
        b"id,title,outlet,text\r\n"
        b'c1,"Alert Lviv\rFAKE",Wire,"Power was cut in Lviv, the council said."\r\n'
        b'c2,"Two\rx,y,z",Wire,"Rain in Dhaka."\r\n'
    )
    assert _warnings(path) == []


def test_a_quote_left_open_over_lf_lines_is_still_said(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_bytes(
        b"id,title,outlet,text\r\n"
        b'c1,"Alert Lviv,Wire,Power was cut in Lviv.\r\n'
        b"c2,Storm,Wire,Rain in Dhaka.\r\n"
        b'c3,Other",Wire,Wind in Khulna.\r\n'
    )
    assert any("(a quote left open?)" in w for w in _warnings(path))
