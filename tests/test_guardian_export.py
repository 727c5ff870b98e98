"""The Guardian content API's answers: the text one or two objects down (``fields``)."""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article

_RESULT = {
    "id": "world/2024/mar/05/strike",
    "type": "article",
    "sectionName": "World news",
    "webPublicationDate": "2024-03-05T10:32:00Z",
    "webTitle": "Missile strike hits the port as talks stall",
    "webUrl": "https://www.theguardian.com/world/2024/mar/05/strike",
    "fields": {
        "byline": "A Reporter",
        "body": "<p>A missile struck the port on Tuesday.</p><p>Talks had stalled.</p>",
        "bodyText": "A missile struck the port on Tuesday. Talks had stalled.",
    },
}
_TEXT_ONLY = {
    "id": "world/2024/mar/06/border",
    "webPublicationDate": "2024-03-06T08:00:00Z",
    "webTitle": "Border crossings closed",
    "webUrl": "https://www.theguardian.com/world/2024/mar/06/border",
    "fields": {"bodyText": "Two crossings closed, the ministry said."},
}


def _articles(path: Path) -> list[Article]:
    found = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in found), found
    return found  # type: ignore[return-value]


def _check(articles: list[Article]) -> None:
    first, second = articles
    assert first.article_id == "world/2024/mar/05/strike"
    assert first.text == (  # the headline first, then the body's <p>
        "Missile strike hits the port as talks stall\n\n"
        "A missile struck the port on Tuesday.\n\nTalks had stalled."
    )
    meta = first.metadata
    assert meta["title"] and meta["published"] == "2024-03-05T10:32:00+00:00"
    assert meta["outlet"] == "theguardian.com" and meta["author"] == "A Reporter"
    assert meta["sectionName"] == "World news"
    assert "bodyText" not in meta and "fields" not in meta  # the text is not copied again
    assert second.text == "Border crossings closed\n\nTwo crossings closed, the ministry said."
    assert second.metadata["title"] == "Border crossings closed"
    assert second.metadata["published"].startswith("2024-03-06")


def test_a_search_answer_reads_each_result_with_its_text_headline_date_and_outlet(
    tmp_path: Path,
) -> None:
    path = tmp_path / "search.json"
    answer = {"response": {"status": "ok", "total": 2, "results": [_RESULT, _TEXT_ONLY]}}
    path.write_text(json.dumps(answer), encoding="utf-8")
    _check(_articles(path))


def test_json_lines_of_results_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (_RESULT, _TEXT_ONLY)), encoding="utf-8")
    _check(_articles(path))


def test_a_single_item_answer_reads_its_content_fields(tmp_path: Path) -> None:
    path = tmp_path / "item.json"
    path.write_text(json.dumps({"response": {"status": "ok", "content": _TEXT_ONLY}}))
    (article,) = _articles(path)
    assert article.text == "Border crossings closed\n\nTwo crossings closed, the ministry said."
    assert article.metadata["url"] == _TEXT_ONLY["webUrl"]


def test_a_record_with_its_own_text_is_not_lifted(tmp_path: Path) -> None:
    path = tmp_path / "own.jsonl"
    record = {"id": "a", "text": "Own text here.", "fields": {"bodyText": "Nested text."}}
    path.write_text(json.dumps(record) + "\n")
    (article,) = _articles(path)
    assert article.text == "Own text here."
