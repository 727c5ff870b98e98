"""Terminal escapes in an article leave no run of spaces in its sentences (user68b 14).

"\\x1b[1;31mBREAKING\\x1b[0m Explosions" was blanked one for one: the headline's sentence
read "BREAKING     Explosions" in claims.csv, the map and the terminal.
"""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

_TITLE = "\x1b[1;31mBREAKING\x1b[0m Explosions in Zaporizhzhia \x1b]0;pwned\x07"


def test_escapes_are_taken_out_of_a_text_file_and_a_record(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{_TITLE}\n\nThe governor said so.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": _TITLE}), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "\x1b[31m"}), encoding="utf-8")
    items = {Path(a.source).name: a for a in read_inputs([tmp_path])}
    text, record = items["a.txt"], items["b.jsonl:1"]
    assert isinstance(text, Article) and isinstance(record, Article)
    assert text.text.startswith("BREAKING Explosions in Zaporizhzhia \n\nThe governor")
    assert text.metadata["title"] == "BREAKING Explosions in Zaporizhzhia"
    assert record.text == "BREAKING Explosions in Zaporizhzhia "
    empty = items["c.jsonl:1"]
    assert isinstance(empty, InputStatus) and empty.status == "empty"
