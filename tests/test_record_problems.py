"""A corpus file of many bad records costs a bounded report, not a status per record."""

from __future__ import annotations

import gzip
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.io.record_problems import MAX_RECORD_PROBLEMS
from geomap.records import Article, InputStatus


def test_a_file_of_many_bad_records_is_summed_up_after_the_first_ones(tmp_path: Path) -> None:
    n = MAX_RECORD_PROBLEMS + 500
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("{}\n" * n + '{"id": "a", "text": "Troops in Kyiv."}\n' + "{bad\n" * 3)
    items = list(read_inputs([path]))
    articles = [i for i in items if isinstance(i, Article)]
    statuses = [i for i in items if isinstance(i, InputStatus)]
    assert [a.article_id for a in articles] == ["a"]  # the good record is still read
    assert len(statuses) == MAX_RECORD_PROBLEMS + 1
    assert all(s.status == "empty" for s in statuses[:MAX_RECORD_PROBLEMS])
    last = statuses[-1]
    assert last.status == "error"  # one of those held back was an error
    assert last.reason == (
        f"{path}: 3 more records not read and 500 more records without text, not "
        f"listed one by one "
        f"(the first {MAX_RECORD_PROBLEMS:,} are)"
    )


def test_a_file_with_few_bad_records_lists_each(tmp_path: Path) -> None:
    path = tmp_path / "few.jsonl"
    path.write_text('{}\n{"text": "Rain in Lviv."}\n{bad\n', encoding="utf-8")
    statuses = [i for i in read_inputs([path]) if isinstance(i, InputStatus)]
    assert [s.reason.split(": ")[0] for s in statuses if s.reason] == [f"{path}:1", f"{path}:3"]
