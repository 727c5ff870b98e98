"""A character reference to a control character in a page never stops the run (hst73).

lxml keeps ``&#x1b;`` decoded in an element's text and refuses to set such text back:
marking the blocks' edges raised ``ValueError`` out of the reader, the run exited with
a traceback and wrote nothing for any input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus


def test_control_character_references_in_pages_and_records_are_read(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(
        "<html><body><p>Officials said Kyiv was hit. &#x1b; more</p>"
        "<pre>line &#7; one\nline &#12; two</pre><p>Then Lviv.</p></body></html>",
        encoding="utf-8",
    )
    rows = [
        {"id": "a", "text": "<p>Shelling near Kharkiv &#x1b;[2J today.</p><p>More.</p>"},
        {"id": "b", "text": "Rain in Odesa."},
    ]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    arts = [i for i in items if isinstance(i, Article)]
    assert not [i for i in items if isinstance(i, InputStatus) and i.status == "error"]
    texts = {a.article_id.rsplit("/", 1)[-1]: a.text for a in arts}
    assert len(arts) == 3
    page = next(t for k, t in texts.items() if "Kyiv" in t)
    assert "Then Lviv." in page and "\x1b" not in page and "\x07" not in page
    assert any("Kharkiv" in t for t in texts.values())
    assert any("Odesa" in t for t in texts.values())


def test_a_value_error_reading_one_file_is_its_error_not_the_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geomap.io.html as html

    def refuse(*args: object, **kwargs: object) -> None:
        raise ValueError("All strings must be XML compatible")

    (tmp_path / "a.html").write_text("<p>Kyiv.</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rain in Odesa.", encoding="utf-8")
    monkeypatch.setattr(html, "extract_html", refuse)
    items = list(read_inputs([tmp_path]))
    (error,) = [i for i in items if isinstance(i, InputStatus)]
    assert error.source.endswith("a.html") and error.status == "error"
    assert "cannot be read (All strings must be XML compatible)" in (error.reason or "")
    assert [a.text for a in items if isinstance(a, Article)] == ["Rain in Odesa."]
