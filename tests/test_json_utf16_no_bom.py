"""JSON Lines and JSON in UTF-16 without a byte-order mark are read (rev41).

A text or CSV file in UTF-16 with no mark was read; a JSON Lines file gave
"invalid JSON" on every line, a JSON file "not UTF-8".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

RECORDS = [
    {"id": "a", "text": "Władze w Kijowie: ostrzał Charkowa ustał."},
    {"id": "b", "text": "Officials in Lviv said schools would reopen."},
]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_utf16_without_a_mark_is_read_with_a_note(tmp_path: Path, codec: str, suffix: str) -> None:
    path = tmp_path / f"export{suffix}"
    if suffix == ".jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    else:
        body = json.dumps(RECORDS, ensure_ascii=False)
    path.write_bytes(body.encode(codec))
    items = list(read_inputs([path]))
    assert not [i for i in items if isinstance(i, InputStatus)]
    arts = [i for i in items if isinstance(i, Article)]
    assert [(a.article_id, a.text) for a in arts] == [(r["id"], r["text"]) for r in RECORDS]
    assert any(f"decoded as {codec}" in n for n in arts[0].notes)


def test_utf8_json_lines_with_a_nul_escape_stay_utf8(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Rain in Kyiv.\u0000"}) + "\n", "utf-8")
    [article] = [i for i in read_inputs([path]) if isinstance(i, Article)]
    assert article.notes == ()
