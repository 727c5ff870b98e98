"""A table saved as one JSON object: pandas' to_json shapes, and records keyed by id.

``df.to_json("x.json")`` (pandas' default, by columns) was refused ("the text field 'text'
holds a JSON object"), ``orient="split"`` had "no articles", and ``orient="index"`` (or
any export keyed by article id) gave its first record alone, the others dropped unsaid.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article

FRAME = pd.DataFrame(
    {"title": ["A", "B"], "text": ["Rain in Lima.", "Snow in Oslo."], "outlet": ["X", None]}
)


@pytest.mark.parametrize("orient", ["columns", "split", "index", "records"])
def test_every_pandas_shape_gives_every_row(tmp_path: Path, orient: str) -> None:
    FRAME.to_json(tmp_path / "t.json", orient=orient)
    arts = list(read_inputs([tmp_path / "t.json"]))
    assert all(isinstance(a, Article) for a in arts)
    assert [(a.article_id, a.text, a.metadata["title"]) for a in arts] == [  # type: ignore[union-attr]
        ("t-1", "Rain in Lima.", "A"),
        ("t-2", "Snow in Oslo.", "B"),
    ]


def test_a_labelled_index_or_key_is_the_id(tmp_path: Path) -> None:
    FRAME.set_axis(["afp-17", "afp-18"]).to_json(tmp_path / "c.json")  # by columns
    keyed = {"ap-1": {"text": "Heat in Rome."}, "ap-2": {"id": "own", "text": "Fog in Kyiv."}}
    (tmp_path / "k.json").write_text(json.dumps(keyed), encoding="utf-8")
    arts = list(read_inputs([tmp_path / "c.json", tmp_path / "k.json"]))
    assert [a.article_id for a in arts] == ["afp-17", "afp-18", "ap-1", "own"]


def test_one_article_whose_fields_hold_objects_is_no_table(tmp_path: Path) -> None:
    # its keys are an article's fields, not ids or columns sharing one index
    nested = {"meta": {"title": "T", "outlet": "X"}, "content": {"text": "Rain in Lima."}}
    (tmp_path / "n.json").write_text(json.dumps(nested), encoding="utf-8")
    (result,) = list(read_inputs([tmp_path / "n.json"]))
    # one article named by its file, not rows "meta" and "content"; its text, one object
    # down, is read (nested_fields, rev44: it was "'content' holds a JSON object")
    assert isinstance(result, Article) and result.article_id == "n"
    assert result.text == "Rain in Lima."
