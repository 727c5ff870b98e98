"""A big JSON array input is streamed an item at a time (geomap.io.json_array)."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.io import json_array, json_file
from geomap.io.json_array import ArrayEnd, ArrayProblem, Utf8Text, array_items
from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

ITEMS = [
    {"id": "a", "text": 'Floods in Kharkiv ] } , [ "quoted" \\ end.'},
    {"id": "b", "text": "Шторм в Одессе", "n": 12345, "nested": {"x": [1, 2, {"y": None}]}},
    {"id": "c", "text": "Talks in Lviv.", "flag": True},
]


class Reads(io.StringIO):
    """A text stream that counts what was read from it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.taken = 0

    def read(self, size: int | None = -1, /) -> str:
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


@pytest.mark.parametrize("chunk", [1, 2, 7, 64, 1 << 20])
def test_items_cut_by_chunks_are_read_whole(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(json_array, "CHUNK_CHARS", chunk)
    text = "\n [\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in ITEMS) + "\n]\n"
    assert list(array_items(io.StringIO(text))) == [*ITEMS, ArrayEnd(3, False)]
    assert list(array_items(io.StringIO("[1, 234, 5678]"))) == [1, 234, 5678, ArrayEnd(3, False)]


@pytest.mark.parametrize("chunk", [1, 2, 3, 4, 5, 6, 7])
def test_scalars_cut_by_chunks_are_read_whole(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(json_array, "CHUNK_CHARS", chunk)
    values = [1.5, -12.25e-3, 1e5, 2.5e10, 0, -7, True, False, None, "x y", "", 123456789]
    for space in ("", " ", "  "):
        text = "[" + space + ("," + space).join(json.dumps(v) for v in values) + "]"
        assert list(array_items(io.StringIO(text))) == [*values, ArrayEnd(len(values), False)]
    assert list(array_items(io.StringIO("[ 1.5]"))) == [1.5, ArrayEnd(1, False)]
    assert list(array_items(io.StringIO("[1E+2, 3e-1]"))) == [100.0, 0.3, ArrayEnd(2, False)]


def test_memory_holds_an_item_and_a_chunk_not_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_array, "CHUNK_CHARS", 100)
    text = json.dumps([{"id": str(n), "text": "Floods hit Kharkiv." * 3} for n in range(1000)])
    stream = Reads(text)
    items = array_items(stream)
    assert next(items)["id"] == "0"
    assert stream.taken <= 200 < len(text)  # the first item, not the file
    assert sum(1 for i in items if isinstance(i, dict)) == 999


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ('[{"a": 1}, {"a": ', ArrayProblem(2, "invalid JSON")),
        ('[{"a": 1}, {"a": 1,,}]', ArrayProblem(2, "invalid JSON")),
        ('[{"a": 1}', ArrayProblem(2, "the file ends inside the array")),
        ('{"a": 1}', ArrayProblem(1, "not a JSON array")),
        ('[{"a": 1}] [{"b": 2}]', ArrayEnd(1, True)),
        ("[]", ArrayEnd(0, False)),
        # one comma between items, and only there
        ("[,1]", ArrayProblem(1, "invalid JSON (a comma before the first item)")),
        ("[1,,2]", ArrayProblem(2, "invalid JSON (no item after item 1's comma)")),
        ("[1, 2 ,]", ArrayProblem(3, "invalid JSON (no item after item 2's comma)")),
        ('[{"a":1}{"b":2}]', ArrayProblem(2, "invalid JSON (no comma after item 1)")),
        ('[{"a":1} "b"]', ArrayProblem(2, "invalid JSON (no comma after item 1)")),
        ("[1 , 2 ]", ArrayEnd(2, False)),
    ],
)
def test_how_an_array_ends(text: str, last: ArrayProblem | ArrayEnd) -> None:
    found = list(array_items(io.StringIO(text)))[-1]
    assert type(found) is type(last)
    if isinstance(last, ArrayProblem):
        assert isinstance(found, ArrayProblem) and found.at == last.at
        assert found.reason.startswith(last.reason)
    else:
        assert found == last


def test_data_after_the_array_is_found_past_any_white_space(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(json_array, "CHUNK_CHARS", 1000)
    text = '[{"a": 1}]' + " \n" * 50_000
    assert list(array_items(io.StringIO(text + '[{"b": 2}]')))[-1] == ArrayEnd(1, True)
    assert list(array_items(io.StringIO(text)))[-1] == ArrayEnd(1, False)


def test_a_broken_separator_names_the_input_and_item_after_reading_those_before(
    tmp_path: Path,
) -> None:
    path = tmp_path / "joined.json"
    path.write_text('[{"id": "a", "text": "Kyiv."}{"id": "b", "text": "Lviv."}]', encoding="utf-8")
    read = list(read_inputs([path]))
    assert isinstance(read[0], Article) and read[0].article_id == "a"
    assert isinstance(read[1], InputStatus) and read[1].status == "error"
    assert read[1].source == f"{path}:2" and "no comma after item 1" in (read[1].reason or "")
    assert len(read) == 2


def test_an_item_over_its_limit_stops_the_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_array, "CHUNK_CHARS", 10)
    text = json.dumps([{"t": "x"}, {"t": "y" * 500}, {"t": "z"}])
    (*_, last) = array_items(io.StringIO(text), item_limit=100)
    assert last == ArrayProblem(2, "item over 100 characters")


def test_a_json_array_over_the_whole_file_limit_is_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(json_file, "JSON_FILE_LIMIT", 1000)
    rows = [{"id": str(n), "text": f"Floods hit Kharkiv on day {n}."} for n in range(100)]
    path = tmp_path / "big.json"
    path.write_text("\ufeff" + json.dumps(rows, indent=1), encoding="utf-8")
    assert path.stat().st_size > 5000
    read = list(read_inputs([path]))
    assert [a.article_id for a in read if isinstance(a, Article)] == [str(n) for n in range(100)]
    # an object holding the articles is still read whole, with the limit and a way out
    path.write_text(json.dumps({"articles": rows}), encoding="utf-8")
    (status,) = list(read_inputs([path]))
    assert isinstance(status, InputStatus) and status.status == "error"
    assert "JSON Lines" in (status.reason or "") and "streams an array" in (status.reason or "")


def test_an_undecodable_byte_costs_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b'[{"id": "a", "text": "Kyiv."},\n{"id": "b", "text": "Ky\xffiv."}]')
    read = list(read_inputs([path]))
    assert isinstance(read[0], Article) and read[0].article_id == "a"
    assert isinstance(read[1], InputStatus) and "not UTF-8 (invalid byte 0xff)" in (
        read[1].reason or ""
    )


def test_a_not_an_array_json_stays_an_input_error() -> None:
    with pytest.raises(InputError):
        list(
            json_file._array_records(io.StringIO('"x"'), "f.json", "f", 0, json_file.DEFAULT_FIELDS)
        )


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 1 << 20])
def test_utf8_text_cut_inside_characters_and_a_bad_byte(
    monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(json_array, "CHUNK_CHARS", chunk)
    good = json.dumps(ITEMS, ensure_ascii=False).encode("utf-8")
    found = list(array_items(Utf8Text(io.BytesIO(codecs.BOM_UTF8 + good))))
    assert found == [*ITEMS, ArrayEnd(3, False)]
    bad = Utf8Text(io.BytesIO(b'[{"t": "\xd0\xa8"}, {"t": "\xff"}]'))
    items = array_items(bad)
    assert next(items) == {"t": "Ш"}
    with pytest.raises(UnicodeDecodeError):
        list(items)
