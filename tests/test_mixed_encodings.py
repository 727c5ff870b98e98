"""A UTF-8 corpus with a few lines in another code page (exports joined with ``cat``).

A CSV of UTF-8 rows and one Windows-1252 row was decoded whole as ISO-8859-5 (every row
garbled: "У  BesanУЇon"), with only a note; a JSON Lines line in Windows-1252 was an
error (rev42).  Each such row or line is now decoded in its own code page, with a warning.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.encoding import mostly_utf8
from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

FRENCH = "Des manifestants à Besançon, a déclaré le préfet."
POLISH = "Officials in Kraków and Łódź said."
GERMAN = "Die Polizei in Zürich meldete Proteste."


def test_a_csv_row_in_windows_1252_among_utf8_rows(tmp_path: Path) -> None:
    path = tmp_path / "joined.csv"
    path.write_bytes(
        f'id,text\n1,"{FRENCH}"\n2,"{POLISH}"\n'.encode() + f'3,"{GERMAN}"\n'.encode("cp1252")
    )
    read = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in read)
    assert [a.text for a in read if isinstance(a, Article)] == [FRENCH, POLISH, GERMAN]
    first, _, last = read
    assert isinstance(first, Article) and not first.warnings and not first.notes
    assert isinstance(last, Article)
    assert last.warnings == (
        f"{path}:4: not UTF-8 like the rest of the file; this row decoded as cp1252",
    )


def test_a_jsonl_line_in_windows_1252_among_utf8_lines(tmp_path: Path) -> None:
    path = tmp_path / "joined.jsonl"
    path.write_bytes(
        f'{{"id": "1", "text": "{FRENCH}"}}\n'.encode()
        + f'{{"id": "2", "text": "{GERMAN}"}}\n'.encode("cp1252")
    )
    first, second = read_inputs([path])
    assert isinstance(first, Article) and first.text == FRENCH and not first.warnings
    assert isinstance(second, Article) and second.text == GERMAN
    assert second.warnings == (f"{path}:2: not UTF-8; this line decoded as cp1252",)


def test_a_line_no_encoding_reads_is_still_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "1", "text": "a\xff\x01\x02 b"}\n')  # control bytes: no text
    (status,) = read_inputs([path])
    assert isinstance(status, InputStatus) and status.status == "error"
    assert "not UTF-8" in (status.reason or "")


def test_mostly_utf8_needs_a_line_that_reads_as_utf8() -> None:
    cp1252 = f"{FRENCH}\n{GERMAN}\n".encode("cp1252")
    assert not mostly_utf8(cp1252)  # a file in one code page stays one
    assert mostly_utf8(f"{FRENCH}\n".encode() + f"{GERMAN}\n".encode("cp1252"))
    assert not mostly_utf8(f"{FRENCH}\n".encode())  # UTF-8 throughout: nothing stray
    cut = f"{FRENCH}\n{POLISH}".encode()[:-9]  # a sample cut inside "Łódź"
    assert not mostly_utf8(cut)
