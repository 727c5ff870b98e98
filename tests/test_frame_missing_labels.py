"""A DataFrame row whose index label is missing gets its position as id (rev41).

``frame.set_index("url")`` over rows with no URL gave the id ``"nan"`` (and
``"nan#6"``...), shown as an article named "nan" on the map.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from geomap.io.objects import _frame_records
from geomap.io.record import DEFAULT_FIELDS
from geomap.records import Article


def test_missing_index_labels_are_row_positions() -> None:
    frame = pd.DataFrame(
        {"text": ["Rain in Kyiv.", "Snow in Lviv.", "Fog in Odesa.", "Sun in Rivne."]},
        index=pd.Index(["https://a.example/1", None, np.nan, "https://a.example/4"]),
    )
    items = list(_frame_records(frame, DEFAULT_FIELDS, 0))
    assert [a.article_id for a in items if isinstance(a, Article)] == [
        "https://a.example/1",
        "1",
        "2",
        "https://a.example/4",
    ]


def test_a_multiindex_keeps_its_tuples() -> None:
    index = pd.MultiIndex.from_tuples([("a", 1), ("a", 2)])
    frame = pd.DataFrame({"text": ["Rain in Kyiv.", "Snow in Lviv."]}, index=index)
    items = list(_frame_records(frame, DEFAULT_FIELDS, 0))
    assert [a.article_id for a in items if isinstance(a, Article)] == ["('a', 1)", "('a', 2)"]
