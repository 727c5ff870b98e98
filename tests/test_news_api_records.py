"""News API answers: a summary when the text is missing, the service's cut mark, the
outlet's name at a headline's end (rev44, NewsAPI's ``/v2/everything`` shape)."""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.outlet_names import without_outlet
from geomap.records import Article

_ANSWER = {
    "status": "ok",
    "totalResults": 2,
    "articles": [
        {
            "source": {"id": "reuters", "name": "Reuters"},
            "author": "Jane Doe",
            "title": "Shelling hits the city - Reuters",
            "description": "Shelling hit the city overnight, the governor said.",
            "url": "https://www.reuters.com/world/x",
            "publishedAt": "2024-03-05T10:32:00Z",
            "content": (
                "Shelling hit the city overnight, the regional governor said, and… [+2345 chars]"
            ),
        },
        {
            "source": {"id": None, "name": "BBC News"},
            "title": "Floods in the south",
            "description": "Floods hit the south on Monday.",
            "url": "https://www.bbc.co.uk/news/x",
            "publishedAt": "2024-03-05T11:00:00Z",
            "content": None,
        },
    ],
}


def test_a_news_api_answer_reads_every_article(tmp_path: Path) -> None:
    path = tmp_path / "everything.json"
    path.write_text(json.dumps(_ANSWER), encoding="utf-8")
    cut, summary = read_inputs([path])
    assert isinstance(cut, Article) and isinstance(summary, Article)
    assert cut.text == (  # the headline without its outlet, then the text
        "Shelling hits the city\n\nShelling hit the city overnight, the regional governor said, and"
    )
    assert any("2,345 characters of it are not in the input" in w for w in cut.warnings)
    assert cut.metadata["title"] == "Shelling hits the city" and cut.metadata["outlet"] == "Reuters"
    assert cut.metadata["description"].startswith("Shelling hit")  # a summary beside the text
    assert summary.text == "Floods in the south\n\nFloods hit the south on Monday."  # was "no text"
    assert any("'description' (a summary) was read" in n for n in summary.notes)
    assert summary.metadata["outlet"] == "BBC News"


def test_a_record_with_text_and_a_summary_reads_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    record = {"id": "a", "summary": "Short.", "body": "The full story [+5%] here."}
    path.write_text(json.dumps(record) + "\n")
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert article.text == "The full story [+5%] here." and not article.warnings


def test_the_outlets_name_leaves_only_the_end_of_a_headline() -> None:
    assert without_outlet("Talks resume | BBC News", "BBC News") == "Talks resume"
    assert without_outlet("Reuters - the agency at 175", "Reuters") == "Reuters - the agency at 175"
    assert without_outlet(" - Reuters", "Reuters") == " - Reuters"  # nothing else: kept


def test_a_long_blank_run_and_a_cut_mark_alone(tmp_path: Path) -> None:
    from geomap.io.text_fallbacks import without_cut_marker

    # searched over the whole text the marker's pattern was cubic in a run of blanks
    # (2,000 blanks took 2 s; 5,000 would take about half a minute)
    assert without_cut_marker("a" + " " * 5000 + "b") == ("a" + " " * 5000 + "b", None)
    path = tmp_path / "cut.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "[+5 chars]"}) + "\n", encoding="utf-8")
    (found,) = list(read_inputs([path]))
    assert not isinstance(found, Article) and found.status == "empty"
