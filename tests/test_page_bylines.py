"""A page's author and outlet as its byline and <title> give them (user65).

"Home - The Morning Post" gave no outlet ("Home" is a section's label); a "By Marc
Davies" paragraph stayed in the text and the author was none; a JSON-LD author that is
an organisation ("Редакция", the editors) came before the byline "Автор: Анна Смирнова".
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from geomap.io.byline_line import byline_line
from geomap.io.documents import read_document
from geomap.io.html import extract_html
from geomap.metadata import author_name
from geomap.records import Article

STORY = (
    "<p>Electricity has been restored to most homes in Chernihiv after a week of outages, "
    "the regional energy company said on Saturday.</p><p>Engineers from Poltava helped "
    "repair substations damaged by drones, the company said.</p>"
)


def _page(title: str, body: str, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "title",
    ["Home - The Morning Post", "The Morning Post | Startseite", "Главная — The Morning Post"],
)
def test_a_section_label_beside_the_site_in_the_title_leaves_the_outlet(title: str) -> None:
    body = f"<h1>Power restored in Chernihiv</h1><p>By Marc Davies</p>{STORY}"
    _, meta = extract_html(_page(title, body))
    assert meta["outlet"] == "The Morning Post"


def test_two_parts_neither_a_section_label_name_no_outlet() -> None:
    body = f"<h1>Power restored in Chernihiv</h1>{STORY}"
    _, meta = extract_html(_page("Power cuts - Energy crisis", body))
    assert "outlet" not in meta


def test_a_byline_paragraph_is_the_author_and_leaves_the_text() -> None:
    body = f"<h1>Power restored in Chernihiv</h1><p>By Marc Davies</p>{STORY}"
    text, meta = extract_html(_page("Home - The Morning Post", body))
    assert meta["author"] == "Marc Davies"
    assert "Marc Davies" not in text and "Chernihiv" in text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Marc Davies and Olha Melnyk", "Marc Davies; Olha Melnyk"),
        ("Autor: Jan Kowalski", "Jan Kowalski"),
        ("Автор: Анна Смирнова", "Анна Смирнова"),
        ("Par Claire Dubois", "Claire Dubois"),
        ("By Pieter de Vries", "Pieter de Vries"),
        ("By Ursula von der Leyen", "Ursula von der Leyen"),
        ("By Giulia di Marco and Ana da Silva", "Giulia di Marco; Ana da Silva"),
        ("By Mohammed bin Rashid al-Nuaimi", "Mohammed bin Rashid al-Nuaimi"),
        ("Par Jean le Goff", "Jean le Goff"),
    ],
)
def test_byline_lines(line: str, names: str) -> None:
    assert byline_line(f"Headline\n\n{line}\n\nStory.") == (names, 10, 10 + len(line))


@pytest.mark.parametrize(
    "line",
    [
        "By Marc Davies in Kyiv",
        "By the time rescuers reached Sumy, it was dark.",
        "Von Berlin nach Prag",
        "By Anna Berg at de Vries",
        "By de Vries",
    ],
)
def test_a_line_going_on_past_names_is_no_byline(line: str) -> None:
    assert byline_line(f"Headline\n\n{line}\n\nStory.") is None


def test_the_headline_is_no_byline() -> None:
    assert byline_line("By Dawn, Kherson Emptied\n\nStory.", "By Dawn, Kherson Emptied") is None


def test_a_byline_far_down_the_text_is_the_storys() -> None:
    text = "Head\n\nOne.\n\nTwo.\n\nThree.\n\nBy Marc Davies"
    assert byline_line(text) is None


def _ld(author: object) -> str:
    data = {"@type": "NewsArticle", "headline": "Жители Сочи без света", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_persons_byline_comes_before_an_organisation_author() -> None:
    body = (
        "<article><h1>Жители Сочи без света</h1><p class='author'>Автор: Анна Смирнова</p>"
        "<p>Жители Сочи и Адлера вторые сутки остаются без электричества, сообщили в мэрии "
        "города.</p><p>По словам энергетиков, подачу восстановят к вечеру.</p></article>"
    )
    organisation = {"@type": "Organization", "name": "Редакция"}
    _, meta = extract_html(_page("Жители Сочи без света", body, _ld(organisation)))
    assert meta["author"] == "Анна Смирнова"
    person = {"@type": "Person", "name": "Ирина Соколова"}
    _, meta = extract_html(_page("Жители Сочи без света", body, _ld(person)))
    assert meta["author"] == "Ирина Соколова"  # a person the page declares stays first


def test_an_organisation_author_stands_without_a_byline() -> None:
    body = "<article><h1>Жители Сочи без света</h1><p>Жители Сочи остались без света.</p></article>"
    _, meta = extract_html(_page("T", body, _ld({"@type": "Organization", "name": "Редакция"})))
    assert meta["author"] == "Редакция"


def test_a_bylines_label_in_other_languages_is_left_out() -> None:
    assert author_name("Автор Анна Смирнова") == "Анна Смирнова"
    assert author_name("Von Sabine Huber") == "Sabine Huber"
    assert author_name("von Trotta") == "von Trotta"  # a name's particle, not a label
    assert author_name("Paris Hilton") == "Paris Hilton"


def test_a_text_files_byline_is_its_author_blanked_in_place(tmp_path: Path) -> None:
    raw = "Power restored in Chernihiv\n\nBy Marc Davies\n\nElectricity is back in Chernihiv.\n"
    path = tmp_path / "story.txt"
    article = read_document(io.BytesIO(raw.encode()), path, str(path), "story", 0)
    assert isinstance(article, Article)
    assert article.metadata["author"] == "Marc Davies"
    assert "Davies" not in article.text and len(article.text) == len(raw)


def test_a_text_files_byline_with_name_particles_is_its_author(tmp_path: Path) -> None:
    raw = "Dockworkers strike\n\nBy Ursula von der Leyen\n\nDockworkers walked out.\n"
    path = tmp_path / "story.txt"
    article = read_document(io.BytesIO(raw.encode()), path, str(path), "story", 0)
    assert isinstance(article, Article)
    assert article.metadata["author"] == "Ursula von der Leyen"
    assert "Leyen" not in article.text and len(article.text) == len(raw)
