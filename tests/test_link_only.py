"""An article whose text is only a URL is read with a warning saying geomap fetches nothing."""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article


def test_a_text_file_or_record_holding_only_links_is_warned_about(tmp_path: Path) -> None:
    (tmp_path / "link.txt").write_text("https://www.bbc.co.uk/news/world-12345678\n")
    (tmp_path / "links.jsonl").write_text(
        '{"id": "u", "text": "www.example.org/a  https://example.org/b"}\n'
        '{"id": "v", "text": "Troops moved to Kyiv, https://example.org/c"}\n'
    )
    arts = [a for a in read_inputs([tmp_path]) if isinstance(a, Article)]
    warned = {a.article_id: a.warnings for a in arts}
    assert warned["link"] == (
        f"{tmp_path}/link.txt: the text is only a link "
        "('https://www.bbc.co.uk/news/world-12345678'); geomap fetches nothing: save the "
        "page as .html and map that",
    )
    assert warned["u"][0].endswith(
        "the text is only 2 links ('www.example.org/a'); "
        "geomap fetches nothing: save the page as .html and map that"
    )
    assert warned["v"] == ()


def test_a_long_article_is_not_split_into_every_word_to_look_for_links() -> None:
    import tracemalloc

    from geomap.text import link_only_warning

    links = " ".join(f"https://example.org/{n}" for n in range(50))
    assert link_only_warning(links) is not None  # 50 links: a list of links
    assert link_only_warning(links + " https://example.org/50") is None  # 51: not judged
    text = "Kyiv " * 2_000_000  # 10 MB: the list of its words alone took 120 MB
    tracemalloc.start()
    try:
        assert link_only_warning(text) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000
