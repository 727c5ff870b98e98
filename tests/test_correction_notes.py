"""An editor's correction or clarification note is left out of the story (inp66).

"Correction: An earlier version of this article said the wing was in Sheffield." was
read as the story: Sheffield was mapped, said by "An earlier version of this article".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.correction_notes import note_spans, without_notes
from geomap.io.given_outlets import as_given
from geomap.io.readers import read_inputs
from geomap.records import Article

STORY = "Hospital opens wing in Leeds\n\nThe hospital in Leeds opened a wing on Friday.\n\n"


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article said the wing was in Sheffield.",
        "CORRECTION (Dec 3): The wing is in Leeds, not Sheffield.",
        "Editor's note: The wing was said to be in Sheffield.",
        "Clarification — The trust runs sites in Sheffield too.",
        "Rectificatif : une version précédente situait l'aile à Sheffield.",
        "Korrektur: In einer früheren Fassung hieß es Sheffield.",
        "Sprostowanie: we wcześniejszej wersji podaliśmy Sheffield.",
        "Поправка: в предыдущей версии был указан Шеффилд.",
        "Виправлення: у попередній версії було вказано Шеффілд.",
        "Update: This article has been updated to say the wing is in Leeds, not Sheffield.",
    ],
)
def test_a_note_paragraph_is_blanked(note: str) -> None:
    text = f"{STORY}{note}\nIt is in Leeds.\n"
    article = without_notes(Article("a", text, source="a.txt"))
    assert "Sheffield" not in article.text and "Шеффі" not in article.text
    assert "Шеффилд" not in article.text and "Leeds opened" in article.text
    assert len(article.text) == len(text)  # offsets still index the text
    assert any("editor's note(s) left out" in n for n in article.notes)


@pytest.mark.parametrize(
    "line",
    [
        "The correction in oil prices hit Lagos.",
        "Correction in oil prices hit Lagos on Monday.",
        "Update: 14:05 The storm reached Brest, officials said.",
        "Updated forecasts show rain in Brest.",
    ],
)
def test_a_story_sentence_holding_the_word_is_kept(line: str) -> None:
    text = f"{STORY}{line}\n"
    assert note_spans(text) == []
    assert without_notes(Article("a", text, source="a.txt")).text == text


def test_a_text_files_correction_leaves_its_places_out(tmp_path: Path) -> None:
    note = "Correction: An earlier version of this article said Sheffield."
    (tmp_path / "c.txt").write_text(f"{STORY}{note}\n", encoding="utf-8")
    (article,) = as_given(read_inputs([tmp_path / "c.txt"]))
    assert isinstance(article, Article)
    assert "Sheffield" not in article.text and "Leeds opened" in article.text
