"""A record exported twice whole is read once (user64: a scraper's duplicate lines).

200 byte-identical lines of an export became 200 more articles under qualified ids,
with their mentions and claims counted again.
"""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus


def _lines(path: Path, records: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_a_line_repeated_whole_is_skipped_naming_the_first(tmp_path: Path) -> None:
    record = {"id": "u1", "title": "Strike", "outlet": "Wire", "text": "Kyiv was shelled."}
    _lines(
        tmp_path / "a.jsonl",
        [record, record, {**record, "outlet": "Other"}, {**record, "id": "u2"}],
    )
    found = list(read_inputs([tmp_path / "a.jsonl"]))
    skipped = [f for f in found if isinstance(f, InputStatus)]
    articles = [f for f in found if isinstance(f, Article)]
    (twice,) = skipped
    assert twice.status == "skipped" and twice.source.endswith("a.jsonl:2")
    assert f"the same record as {tmp_path / 'a.jsonl'}:1" in (twice.reason or "")
    # another outlet's copy, and the same text under another id, are still read
    assert [a.metadata.get("outlet") for a in articles] == ["Wire", "Other", "Wire"]
    assert len({a.article_id for a in articles}) == 3


def test_the_same_record_in_two_files_is_read_once(tmp_path: Path) -> None:
    record = {"id": "u1", "text": "Kyiv was shelled."}
    _lines(tmp_path / "a.jsonl", [record])
    _lines(tmp_path / "b.jsonl", [record])
    found = list(read_inputs([tmp_path]))
    assert [type(f) for f in found] == [Article, InputStatus]
