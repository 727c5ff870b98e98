"""A declared language whose letters the text does not use is not used (sec63).

"Kyiv was shelled." declared Russian went to the Russian pipeline and found nothing,
with no word why.
"""

from __future__ import annotations

from geomap.language import with_language
from geomap.records import Article


def test_a_declaration_the_texts_letters_contradict_is_dropped_with_a_note() -> None:
    article = Article("a1", "Kyiv was shelled.", "a.jsonl:1", metadata={"language": "ru"})
    read = with_language(article)
    assert "language" not in read.metadata  # undetermined: read as English, as short texts are
    (note,) = read.notes
    assert note.startswith("a.jsonl:1: declared Russian (ru)") and "not used" in note


def test_a_declaration_the_letters_allow_is_kept() -> None:
    for text, code in (("Kyiv — Київ.", "uk"), ("Kyiv.", "en"), ("Киев.", "ru")):
        read = with_language(Article("a1", text, "a.jsonl:1", metadata={"language": code}))
        assert read.metadata["language"] == code and read.notes == ()
    # a language geomap has no pipeline for is not judged by script (reported as not mapped)
    read = with_language(Article("a1", "Kyiv.", "a.jsonl:1", metadata={"language": "ja"}))
    assert read.metadata["language"] == "ja"
