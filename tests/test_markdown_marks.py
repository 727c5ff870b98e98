"""Markdown's marks are removed so the places inside them are read (rev44).

``Officials in **Odesa** said ships left for [Istanbul](https://example.com)``: the
model read the marks and found neither place.
"""

from __future__ import annotations

from pathlib import Path

from geomap.geoparser import Geoparser
from geomap.io.markdown_marks import without_marks
from geomap.io.readers import read_inputs
from geomap.records import Article
from geomap.run import geoparse_articles
from geomap.settings import Settings
from tests.blank_geoparse import TinyGazetteer, place, toponyms
from tests.test_nlp_blank import _nlp

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


def test_a_markdown_files_marks_go_and_its_offsets_index_its_text(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(_ARTICLE, encoding="utf-8")
    (article,) = read_inputs([tmp_path / "story.md"])
    assert isinstance(article, Article)
    for mark in ("**", "](", "https", "> ", "# ", "_", "`", "[1]"):
        assert mark not in article.text, mark
    # no doubled spaces where marks were: the sentences read as written
    body = article.text.strip()
    assert "  " not in body
    assert "Officials in Odesa said ships left for Istanbul overnight." in body
    assert '"We are ready," a spokesman in Ankara said.' in body
    assert article.metadata["title"] == "Grain talks"
    nlp = GAZ.nlp([("Odesa", "GPE"), ("Istanbul", "GPE"), ("Ankara", "GPE")])
    assert toponyms(nlp, article.text) == ["Odesa", "Istanbul", "Ankara"]
    # the mentions' offsets in every output point at their names in the text read
    gp = Geoparser(Settings(), nlp=_nlp(["Odesa", "Istanbul", "Ankara"]))
    mentions = geoparse_articles([article], geoparser=gp).records.mentions  # type: ignore[union-attr]
    assert [m.text for m in mentions] == ["Odesa", "Istanbul", "Ankara"]
    assert all(article.text[m.start : m.end] == m.text for m in mentions)
    assert all(m.sentence == article.text[m.sentence_start :][: len(m.sentence)] for m in mentions)


def test_what_only_looks_like_a_mark_stays() -> None:
    for text in ("snake_case and 3 * 4 * 5 in Riga", "x <y> in Riga", "1. First in Kyiv"):
        assert without_marks(text) == text
    assert without_marks("***Kharkiv*** and **_Lviv_**") == "Kharkiv and Lviv"
    assert without_marks("- one in Riga\n  * two ##") == "one in Riga\ntwo"


def test_emphasis_inside_a_word_and_code_spans_go_a_lone_backtick_stays() -> None:
    """``a**b**c`` read ``a*b*c``; a lone backtick joined the words around it (fix49)."""
    assert without_marks("a**b**c, un*frigging*believable") == "abc, unfriggingbelievable"
    assert without_marks("foo__bar__baz and x_y_z") == "foo__bar__baz and x_y_z"  # "_" in words
    assert without_marks("the `port` of ``Odesa`s`` reopened") == "the port of Odesa`s reopened"
    assert without_marks("the word`s tick stays\nin Kyiv") == "the word`s tick stays\nin Kyiv"
    assert without_marks("```python\nKyiv\n```\n") == "python\nKyiv\n\n"
