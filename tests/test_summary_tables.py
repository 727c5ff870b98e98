"""A table whose only text column is a summary (a feed reader's CSV export) is read (rev46).

``title,link,description`` was refused: "CSV needs a header with a text column".
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from geomap.io.objects import read_objects
from geomap.io.readers import read_inputs
from geomap.io.record import DEFAULT_FIELDS
from geomap.records import Article, InputStatus

_ROW = '"Talks resume","https://example.org/a","Negotiators met in Istanbul on Tuesday."'


@pytest.mark.parametrize("column", ["description", "summary", "Description"])
def test_a_csv_whose_only_text_column_is_a_summary_is_read(tmp_path: Path, column: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"title,link,{column}\n{_ROW}\n", encoding="utf-8")
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert article.text == "Talks resume\n\nNegotiators met in Istanbul on Tuesday."
    assert article.metadata["title"] == "Talks resume"
    assert any("(a summary) was read" in note for note in article.notes)


def test_a_text_column_still_wins_over_the_summary(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("title,description,text\nT,Short teaser.,The whole story from Riga.\n")
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert article.text == "The whole story from Riga."


def test_a_csv_with_neither_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("title,link\nTalks resume,https://example.org/a\n")
    (status,) = list(read_inputs([path]))
    assert isinstance(status, InputStatus) and status.status == "error"
    assert "text column" in status.reason


def test_a_data_frame_whose_only_text_column_is_a_summary_is_read() -> None:
    frame = pd.DataFrame({"title": ["Talks"], "summary": ["Negotiators met in Istanbul."]})
    (article,) = list(read_objects(frame, fields=DEFAULT_FIELDS, max_article_bytes=10**6))
    assert isinstance(article, Article)
    assert article.text == "Talks\n\nNegotiators met in Istanbul."


def test_a_json_feed_is_still_read_by_its_items_not_its_description(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(
        '{"version": "https://jsonfeed.org/version/1.1", "title": "Wire",'
        ' "description": "News from Tbilisi and elsewhere",'
        ' "items": [{"id": "1", "content_text": "Protests in Batumi."}]}'
    )
    articles = [a for a in read_inputs([path]) if isinstance(a, Article)]
    assert [a.text for a in articles] == ["Protests in Batumi."]
