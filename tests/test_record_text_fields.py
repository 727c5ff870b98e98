"""Where a record's text is found, and what a record without one is told.

A spreadsheet's "Article Text" or "Body Text" column was no text column (every row
empty, or the CSV refused); a JSON Lines record with no text field said which fields
were looked for but not which it had, as the CSV message does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.io.record import RecordFields, record_article
from geomap.records import Article, InputStatus


@pytest.mark.parametrize("header", ["Article Text", "Body Text", "story_text", "BODY-TEXT"])
def test_spreadsheet_text_columns_are_read(tmp_path: Path, header: str) -> None:
    (tmp_path / "e.csv").write_text(f"Headline;{header}\nFloods;Rain in Dhaka.\n", encoding="utf-8")
    (art,) = read_inputs([tmp_path / "e.csv"])
    assert isinstance(art, Article) and art.text == "Floods\n\nRain in Dhaka."
    assert art.metadata["title"] == "Floods"


def test_a_record_without_a_text_field_names_the_fields_it_has() -> None:
    status = record_article({"story_id": 5, "Lede": "Rain in Dhaka."}, "e.jsonl:5", "e-5", 0)
    assert isinstance(status, InputStatus) and status.status == "empty"
    assert "found 'story_id', 'Lede'; name another with --text-field" in (status.reason or "")
    many = {f"f{n}": "x" for n in range(13)}
    status = record_article(many, "e.jsonl:6", "e-6", 0)
    assert isinstance(status, InputStatus)
    assert "'f8', 'f9' and 3 more; name another" in (status.reason or "")


def test_a_uuid_names_the_article_before_its_url() -> None:
    record = {"uuid": "9f1c", "url": "https://x.org/a", "text": "Rain in Dhaka."}
    art = record_article(record, "e.jsonl:1", "e-1", 0)
    assert isinstance(art, Article) and art.article_id == "9f1c"
    assert art.metadata["url"] == "https://x.org/a"


def test_a_named_text_field_missing_is_named_alone() -> None:
    # "--text-field nope" said "expected one of nope"
    fields = RecordFields(text="nope")
    status = record_article({"id": 1, "text": "Rain."}, "e.jsonl:1", "e-1", 0, fields)
    assert isinstance(status, InputStatus)
    assert status.reason == (
        "e.jsonl:1: no text (no field 'nope'; found 'id', 'text'; name another with --text-field)"
    )


def test_a_table_of_addresses_without_texts_says_geomap_reads_no_web_page(tmp_path: Path) -> None:
    # user59: a GDELT export (addresses, themes, locations; no text)
    path = tmp_path / "gkg.csv"
    path.write_text(
        "GKGRECORDID,DATE,DocumentIdentifier,V2Locations\n1,20240301,https://x.example/a,UA\n",
        encoding="utf-8",
    )
    (status,) = list(read_inputs([path]))
    assert isinstance(status, InputStatus) and status.status == "error"
    assert "geomap reads no web page (it works offline)" in (status.reason or "")
