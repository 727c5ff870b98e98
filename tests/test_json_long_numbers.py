"""A valid JSON number too long for Python's int() loses no record and ends no array (sec63)."""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.json_shape import DECODER, MAX_INT_DIGITS
from geomap.io.readers import read_inputs
from geomap.records import Article

HUGE = "9" * (MAX_INT_DIGITS + 700)


def _ids(path: Path) -> list[str]:
    return [a.article_id for a in read_inputs([path]) if isinstance(a, Article)]


def test_a_record_with_a_huge_number_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        f'{{"id": "a1", "text": "Troops moved to Lviv.", "views": {HUGE}}}\n'
        '{"id": "a2", "text": "Shelling in Kharkiv."}\n',
        encoding="utf-8",
    )
    (first, second) = [a for a in read_inputs([path]) if isinstance(a, Article)]
    assert (first.article_id, second.article_id) == ("a1", "a2")
    assert first.metadata["views"] == HUGE  # kept as written


def test_a_huge_number_in_a_json_array_ends_nothing(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    items = [
        '{"id": "a1", "text": "Troops moved to Lviv."}',
        f'{{"id": "a2", "text": "Shelling in Kharkiv.", "n": -{HUGE}}}',
        '{"id": "a3", "text": "Drones over Odesa."}',
    ]
    path.write_text("[\n" + ",\n".join(items) + "\n]\n", encoding="utf-8")
    assert _ids(path) == ["a1", "a2", "a3"]


def test_ordinary_numbers_stay_numbers() -> None:
    assert DECODER.decode('{"n": -12, "x": 1.5}') == json.loads('{"n": -12, "x": 1.5}')
