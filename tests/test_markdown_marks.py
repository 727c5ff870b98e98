"""Markdown's marks are blanked so the places inside them are read (rev44).

``Officials in **Odesa** said ships left for [Istanbul](https://example.com)``: the
model read the marks and found neither place.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.markdown_marks import without_marks
from geomap.io.readers import read_inputs
from geomap.records import Article
from tests.blank_geoparse import TinyGazetteer, place, toponyms

GAZ = TinyGazetteer(
    "geomap.test_markdown_marks_gazetteer.v1",
    [
        place("1", "Odesa", "city", "UA", 1_000_000),
        place("2", "Istanbul", "city", "TR", 15_000_000),
        place("3", "Ankara", "city", "TR", 5_000_000),
    ],
)

_ARTICLE = (
    "---\ntitle: Grain talks\n---\n# Grain talks\n\n"
    "Officials in **Odesa** said ships left for [Istanbul](https://example.com/ist) overnight.\n\n"
    '> "We are ready," a spokesman in _Ankara_ said.\n\n'
    "- the `port` reopened\n\n[1]: https://example.com/ref\n"
)


def test_a_markdown_files_marks_become_spaces_and_its_offsets_hold(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(_ARTICLE, encoding="utf-8")
    (article,) = read_inputs([tmp_path / "story.md"])
    assert isinstance(article, Article)
    assert len(article.text) == len(_ARTICLE)  # one for one: offsets index the file
    for word in ("Odesa", "Istanbul", "Ankara", "Grain talks", "port"):
        assert article.text.index(word) == _ARTICLE.rindex(word)  # the front matter blanked
    for mark in ("**", "](", "https", "> ", "# ", "_", "`", "[1]"):
        assert mark not in article.text, mark
    assert article.metadata["title"] == "Grain talks"
    nlp = GAZ.nlp([("Odesa", "GPE"), ("Istanbul", "GPE"), ("Ankara", "GPE")])
    assert toponyms(nlp, article.text) == ["Odesa", "Istanbul", "Ankara"]


def test_what_only_looks_like_a_mark_stays() -> None:
    for text in ("snake_case and 3 * 4 * 5 in Riga", "x <y> in Riga", "1. First in Kyiv"):
        assert without_marks(text) == text
    assert without_marks("***Kharkiv*** and **_Lviv_**") == "   Kharkiv    and    Lviv   "
