"""A corpus record's id of the wrong JSON type is refused with a warning, never its Python repr."""

from __future__ import annotations

import pytest

from geomap.io.record import record_article
from geomap.records import Article


@pytest.mark.parametrize(
    ("value", "kind"), [(["x"], "list"), ({"a": 1}, "JSON object"), (True, "true/false")]
)
def test_an_id_that_is_no_text_or_number_gives_the_default_id(value: object, kind: str) -> None:
    art = record_article({"id": value, "text": "Troops in Kyiv."}, "c.jsonl:3", "c-3", 0)
    assert isinstance(art, Article) and art.article_id == "c-3"
    assert art.warnings == (
        f"c.jsonl:3: the id field 'id' holds a {kind}, not text or a number; the article is 'c-3'",
    )


@pytest.mark.parametrize(("value", "expected"), [(7, "7"), ("a b", "a b"), (2.5, "2.5")])
def test_a_text_or_number_id_is_kept(value: object, expected: str) -> None:
    art = record_article({"id": value, "text": "Troops in Kyiv."}, "c.jsonl:3", "c-3", 0)
    assert isinstance(art, Article) and art.article_id == expected and not art.warnings


def test_a_blank_id_field_gives_the_default_id_without_a_warning() -> None:
    article = record_article({"id": " \t", "text": "Rain in Riga."}, "a.tsv:3", "a-2", 0)
    assert isinstance(article, Article)
    assert article.article_id == "a-2" and article.warnings == ()


def test_record_id_picks_spells_and_shortens() -> None:
    from geomap.io.record_ids import MAX_ID_CHARS, record_id

    warnings: list[str] = []
    lower = {"id": {"x": 1}, "url": "https://example.org/a\x1bb"}
    given = {"id": "ID", "url": "URL"}
    picked, art_id = record_id(lower, given, ("id",), "file:3", warnings)
    assert picked is None and art_id == "file:3" and "'ID' holds a JSON object" in warnings[0]
    picked, art_id = record_id(lower, given, ("url",), "file:3", warnings)
    assert picked == ("url", lower["url"]) and "\x1b" not in art_id and "\\u001b" in art_id
    _, long_id = record_id({"id": "x" * 5000}, {"id": "id"}, ("id",), "d", warnings)
    assert len(long_id) == MAX_ID_CHARS and "shortened" in warnings[-1]
