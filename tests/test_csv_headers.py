"""A CSV header's names: matched as exporters spell them, and a column named twice.

A column named twice is an error when geomap reads it, both are kept otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.io.record import DEFAULT_FIELDS, RecordFields
from geomap.records import Article, InputStatus


def _read(tmp_path: Path, header: str, row: str, fields: RecordFields = DEFAULT_FIELDS) -> list:
    path = tmp_path / "export.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    other = tmp_path / "other.csv"
    other.write_text("id,text\nz,Troops moved to Lviv.\n", encoding="utf-8")
    return list(read_inputs([path, other], fields=fields))


@pytest.mark.parametrize(
    ("header", "column", "numbers"),
    [
        ("id,text,Text", "Text", "2 and 3"),
        ("id,text,title,text", "text", "2 and 4"),
        ("id, Title ,text,title", "title", "2 and 4"),
        ("id,text,ID", "ID", "1 and 3"),
    ],
)
def test_a_column_geomap_reads_named_twice_is_an_error(
    tmp_path: Path, header: str, column: str, numbers: str
) -> None:
    first, *rest = _read(tmp_path, header, "1,Troops in Kyiv.,Troops in Paris.,x")
    assert isinstance(first, InputStatus) and first.status == "error"
    assert first.source.endswith("export.csv")
    assert f"column {column!r} twice (columns {numbers})" in (first.reason or "")
    assert [a.article_id for a in rest if isinstance(a, Article)] == ["z"]  # others read


def test_a_repeated_column_geomap_does_not_read_keeps_both_values(tmp_path: Path) -> None:
    items = _read(tmp_path, "id,text,note,Note,,", "1,Troops in Kyiv.,a,b,c,d")
    art = items[0]
    assert isinstance(art, Article) and art.text == "Troops in Kyiv."
    assert art.metadata["note"] == "a" and art.metadata["Note (column 4)"] == "b"
    assert {art.metadata[""], art.metadata[" (column 6)"]} == {"c", "d"}


def test_the_named_text_field_is_the_one_checked(tmp_path: Path) -> None:
    fields = RecordFields(text="body")
    (art, _) = _read(tmp_path, "id,body,text,text", "1,Troops in Kyiv.,a,b", fields)
    assert isinstance(art, Article) and art.text == "Troops in Kyiv."
    (status, _) = _read(tmp_path, "id,body,BODY", "1,Troops in Kyiv.,a", fields)
    assert isinstance(status, InputStatus) and "'BODY' twice" in (status.reason or "")


def test_the_header_repeated_by_joined_files_is_no_article(tmp_path: Path) -> None:
    path = tmp_path / "joined.csv"
    path.write_bytes(
        b"\xef\xbb\xbfid,text\n1,Police in Oslo said.\n"
        b"\xef\xbb\xbfid,text\n2,Police in Bergen said.\n ID , Text\n3,Police in Riga said.\n"
    )
    items = list(read_inputs([path]))
    assert [a.article_id for a in items if isinstance(a, Article)] == ["1", "2", "3"]
    skipped = [s for s in items if isinstance(s, InputStatus)]
    assert [(s.source, s.status) for s in skipped] == [
        (f"{path}:3", "skipped"),
        (f"{path}:5", "skipped"),
    ]
    assert "the header again (files joined with cat?)" in (skipped[0].reason or "")


def test_header_names_match_whatever_their_spaces_case_or_underscores(tmp_path: Path) -> None:
    header = '\ufeff"Headline ";"Article Body";"Date Published";"Source URL";"Doc ID"'
    row = '"Troops in Warsaw";"Polish troops moved to Warsaw.";"2024-03-05";"https://x.example/1";"d1"'
    art, _other = _read(tmp_path, header, row)
    assert isinstance(art, Article) and art.article_id == "d1"
    assert art.text == "Troops in Warsaw\n\nPolish troops moved to Warsaw."
    assert art.metadata["title"] == "Troops in Warsaw"
    assert art.metadata["published"] == "2024-03-05"
    assert art.metadata["url"] == "https://x.example/1"


def test_an_empty_text_cell_is_named_as_such(tmp_path: Path) -> None:
    empty, _other = _read(tmp_path, "id,Article Body", "e1,")
    assert isinstance(empty, InputStatus) and empty.status == "empty"
    assert "its 'Article Body' field is empty" in (empty.reason or "")


def test_a_repeat_spelled_otherwise_is_still_a_repeat(tmp_path: Path) -> None:
    (first, _other) = _read(tmp_path, "id,full_text,Full Text", "1,Troops in Kyiv.,x")
    assert isinstance(first, InputStatus) and first.status == "error"
    assert "'Full Text' twice (columns 2 and 3)" in (first.reason or "")


def test_a_media_monitoring_exports_snippet_and_medium_are_its_text_and_outlet(
    tmp_path: Path,
) -> None:
    """user69a: "Date;Medium;Headline;Snippet;Sentiment" failed as a whole file."""
    path = tmp_path / "monitoring.csv"
    path.write_text(
        "\ufeffDate;Medium;Headline;Snippet;Sentiment\n"
        "07.10.2026 14:05;Suspilne;Strike;A missile hit Kharkiv, the mayor said.;negative\n",
        encoding="utf-8",
    )
    (art,) = read_inputs([path])
    assert isinstance(art, Article), art
    assert art.text.endswith("A missile hit Kharkiv, the mayor said.")
    assert art.metadata["outlet"] == "Suspilne"
    assert any("its 'Snippet' (a summary) was read" in n for n in art.notes)
