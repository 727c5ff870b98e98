"""JSON Lines files concatenated with their byte-order marks are read line by line."""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article


def test_a_byte_order_mark_at_the_start_of_any_line_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "all.jsonl"
    path.write_bytes(
        b'\xef\xbb\xbf{"id": "a", "text": "Police in Oslo said."}\r\n'
        b'\xef\xbb\xbf{"id": "b", "text": "Police in Bergen said."}\r\n'
    )
    arts = list(read_inputs([path]))
    assert [a.article_id for a in arts if isinstance(a, Article)] == ["a", "b"]


def test_plain_text_on_standard_input_says_how_to_give_it() -> None:
    import io

    from geomap.io.corpora import read_jsonl
    from geomap.records import InputStatus

    (status,) = read_jsonl(io.BytesIO(b"Troops moved to Kyiv.\n"), "<stdin>", "stdin", 0)
    assert isinstance(status, InputStatus) and status.status == "error"
    assert status.reason is not None and status.reason.startswith("<stdin>:1: invalid JSON")
    assert "save plain text as a .txt file" in status.reason


def test_a_json_line_cut_short_on_standard_input_gets_no_plain_text_hint() -> None:
    # a truncated export line is JSON cut short, not plain text (a new user)
    import io

    from geomap.io.corpora import read_jsonl
    from geomap.records import InputStatus

    data = b'{"id": "a", "text": "Troops in Kyiv."}\n{"id": "b", "text": "Rain in Lv'
    _, status = read_jsonl(io.BytesIO(data), "<stdin>", "stdin", 0)
    assert isinstance(status, InputStatus) and status.status == "error"
    assert status.reason is not None and status.reason.startswith("<stdin>:2: invalid JSON")
    assert "plain text" not in status.reason
