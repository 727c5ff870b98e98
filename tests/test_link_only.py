"""An article whose text is only links is skipped, saying geomap fetches nothing (inp66).

It was counted "ok" with no mention, its warning followed by a second, confusing one:
"language not determined ... Finnish (fi) at 0.08".
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus


def test_a_text_file_or_record_holding_only_links_is_skipped_saying_why(tmp_path: Path) -> None:
    (tmp_path / "link.txt").write_text("https://www.bbc.co.uk/news/world-12345678\n")
    (tmp_path / "links.jsonl").write_text(
        '{"id": "u", "text": "www.example.org/a  https://example.org/b"}\n'
        '{"id": "v", "text": "Troops moved to Kyiv, https://example.org/c"}\n'
    )
    items = list(read_inputs([tmp_path]))
    skipped = {s.article_id: s for s in items if isinstance(s, InputStatus)}
    assert skipped["link"].status == "skipped"
    assert skipped["link"].reason == (
        f"{tmp_path}/link.txt: the text is only a link "
        "('https://www.bbc.co.uk/news/world-12345678'); geomap fetches nothing: save the "
        "page as .html and map that"
    )
    assert skipped["u"].status == "skipped"
    assert (skipped["u"].reason or "").endswith(
        "the text is only 2 links ('www.example.org/a'); "
        "geomap fetches nothing: save the page as .html and map that"
    )
    (kept,) = [a for a in items if isinstance(a, Article)]
    assert kept.article_id == "v" and kept.warnings == ()
