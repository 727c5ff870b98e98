"""A site's promotion lines inside a story are not the story (user65).

"Read more: Heatwave in Athens ...", "Subscribe to our Telegram channel for updates from
Warsaw and Vilnius", "Читайте также: В Новосибирске ...": their places were claims.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from geomap.io.documents import read_document
from geomap.io.html import extract_html
from geomap.io.promo_lines import blank_promo_lines, promo_spans, without_promo_lines
from geomap.records import Article

STORY = "Russian glide bombs hit an apartment block in Sumy on Sunday, officials said."
PROMOS = [
    "Read more: Heatwave in Athens leaves tourists stranded",
    "Subscribe to our Telegram channel for updates from Warsaw and Vilnius.",
    "Читайте также: В Новосибирске ударили морозы",
    "Подписывайтесь на наш канал в Telegram. Новости Краснодара и Туапсе.",
    "Читайте також Повінь у Чернівцях",
    "Czytaj też: Pożar w Zakopanem",
    "À lire aussi : Inondations à Valence",
    "Lesen Sie auch: Flut in Passau",
    "Abonnez-vous à notre newsletter depuis Lyon",
    "► READ MORE: Floods in Leeds",
]
STORY_LINES = [
    "Read more than 300 reports from Kharkiv, the monitors urged readers.",
    "Subscribers said the service in Lviv had stopped on Monday.",
    "«Подписывайтесь на нас», — сказал мэр Казани.",
    "More than 40 people were evacuated from Kherson, officials said.",
]


@pytest.mark.parametrize("line", PROMOS)
def test_a_promotion_line_is_left_out(line: str) -> None:
    text = f"Sumy hit by bombs\n\n{STORY}\n\n{line}\n\nRescuers from Konotop joined the search."
    assert without_promo_lines(text) == (
        f"Sumy hit by bombs\n\n{STORY}\n\nRescuers from Konotop joined the search."
    )


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_sentence_opening_with_a_cue_word_is_kept(line: str) -> None:
    text = f"{STORY}\n\n{line}"
    assert promo_spans(text) == []


def test_a_cue_in_hard_wrapped_prose_is_kept() -> None:
    text = "Residents who had been asked to\nSubscribe to the alerts left Sumy on Monday."
    assert promo_spans(text) == []


def test_a_long_line_is_a_story_paragraph() -> None:
    line = "See also: " + "the ministry's report on shelling near Kharkiv and Sumy, " * 5
    assert promo_spans(f"{STORY}\n{line}") == []


def test_a_text_files_promotion_is_blanked_in_place() -> None:
    text = f"{STORY}\r\nRead more: Heatwave in Athens\r\nRescuers from Konotop joined."
    blanked = blank_promo_lines(text)
    assert len(blanked) == len(text) and "Athens" not in blanked
    assert blanked.index("Rescuers") == text.index("Rescuers")


def test_a_pages_and_a_text_files_promotions_go(tmp_path: Path) -> None:
    page = (
        "<html><body><article><h1>Sumy hit by bombs</h1>"
        f"<p>{STORY}</p><p>Read more: Heatwave in Athens leaves tourists stranded</p>"
        "<p>Rescuers from Konotop joined the search, officials said.</p>"
        "<p>Subscribe to our Telegram channel for updates from Warsaw and Vilnius.</p>"
        "</article></body></html>"
    )
    text, _ = extract_html(page)
    assert "Konotop" in text and "Athens" not in text and "Warsaw" not in text
    raw = f"Sumy hit by bombs\n\n{STORY}\nЧитайте также: В Новосибирске морозы\n".encode()
    path = tmp_path / "story.txt"
    article = read_document(io.BytesIO(raw), path, str(path), "story", 0)
    assert isinstance(article, Article)
    assert "Новосибирске" not in article.text and STORY in article.text
