"""Writers that stream what grows with the run: the same text, never all of it at once."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from json_values import json_values
from test_runstore import KYIV, SENTENCES, _article

from geomap.io.base import Finished, WriteOptions, dump_indented
from geomap.io.map_html import PlaceCounts
from geomap.io.report import ReportJSON, build_report
from geomap.records import InputStatus
from geomap.result import Result
from geomap.runstore import RunStore
from geomap.sanitize import json_inert
from geomap.settings import Settings

_json = json_values(3, 20)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(), _json, max_size=4), st.text(), st.lists(_json, max_size=5))
def test_dump_indented_is_json_dumps_of_the_whole(obj: dict, key: str, items: list) -> None:
    whole = {**obj, key: items}
    fh = io.StringIO()
    dump_indented(fh, {**obj, key: []}, key, iter(items))
    assert fh.getvalue() == json_inert(json.dumps(whole, ensure_ascii=False, indent=2))


def test_dump_indented_needs_the_arrays_key() -> None:
    with pytest.raises(KeyError):
        dump_indented(io.StringIO(), {"a": 1}, "inputs", [])


def test_report_is_written_as_built(tmp_path: Path) -> None:
    with RunStore() as store:
        items = [_article(f"a{n}", s) for n, s in enumerate(SENTENCES * 2)]
        for item in items:
            store.add(item)
        statuses = (
            *(i.status for i in items),
            InputStatus("bad.bin", None, "error", 'not text: "\u2028\\n"', warnings=("w",)),
        )
        result = Result(statuses=statuses, settings=Settings(), timings={"parse_s": 1.5})
        writer = ReportJSON(tmp_path / "report.json", WriteOptions())
        outputs = {"report": "report.json"}
        writer.finish(Finished(result, store, None, outputs))
        expected = build_report(result, store, outputs)
    text = (tmp_path / "report.json").read_text(encoding="utf-8")
    expected["created"] = json.loads(text)["created"]
    assert text == json_inert(json.dumps(expected, ensure_ascii=False, indent=2)) + "\n"
    assert "\u2028" not in text and "\\u2028" in text  # escaped, not written raw
    assert [i["title"] for i in expected["inputs"][:2]] == ["About a0", "About a1"]


def test_place_counts_are_the_stores_per_article_counts() -> None:
    with RunStore() as store:
        for n, sentence in enumerate(SENTENCES * 2):
            store.add(_article(f"a{n}", sentence))
        counts = PlaceCounts(store)
        assert dict(counts) == {KYIV.place_id: {"a0": 1, "a1": 1, "a2": 1, "a3": 1}}
        assert counts.get("no such place") is None
        assert len(counts) == 1
