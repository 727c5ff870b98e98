"""A plain-text article's first line as its headline (geomap.io.title_line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.io.title_line import MAX_TITLE_CHARS, title_line
from geomap.records import Article

BODY = "Heavy rain flooded streets in Kharkiv on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Floods hit Kharkiv\n\n{BODY}", "Floods hit Kharkiv"),
        (f"\n  Floods hit Kharkiv  \r\n\r\n{BODY}", "Floods hit Kharkiv"),
        (f"Is Kharkiv safe?\n\n{BODY}", "Is Kharkiv safe?"),
        # a first paragraph of one sentence is no headline
        (f"Rain flooded Kharkiv on Monday.\n\n{BODY}", None),
        (f"In Kharkiv, officials said:\n\n{BODY}", None),
        # no blank line after it: the first line of a paragraph
        (f"Floods hit Kharkiv\n{BODY}", None),
        # the whole text, a single word, a date, a long first paragraph
        ("Floods hit Kharkiv\n\n", None),
        (f"Kharkiv\n\n{BODY}", None),
        (f"March 1, 2024\n\n{BODY}", None),
        ("word " * 30 + f"\n\n{BODY}", None),
        # a date without its year, a byline, a dateline ending in a dash
        (f"Monday March 1\n\n{BODY}", None),
        (f"1 March\n\n{BODY}", None),
        (f"By Marc Santora\n\n{BODY}", None),
        (f"BY Marc Santora and Ivan Petrov\n\n{BODY}", None),
        (f"KYIV, Ukraine (AP) \u2014\n\n{BODY}", None),
        (f"KYIV (Reuters) -\n\n{BODY}", None),
        (f"Kharkiv, March 1 \u2013\n\n{BODY}", None),
        # headlines that only look like one: "by" before no name, a date inside
        (f"By the numbers: Kharkiv's floods\n\n{BODY}", "By the numbers: Kharkiv's floods"),
        (f"March on Kyiv\n\n{BODY}", "March on Kyiv"),
        (f"Talks end March 1\n\n{BODY}", "Talks end March 1"),
        ("x" * (MAX_TITLE_CHARS - 5) + " and more" + f"\n\n{BODY}", None),
    ],
)
def test_title_line_rule(text: str, title: str | None) -> None:
    assert title_line(text) == title


def test_title_line_reads_a_first_line_of_a_long_run_of_spaces() -> None:
    # the run once made a regex backtrack over it for each of its characters
    assert title_line("x" + " " * 200_000 + f"y\n\n{BODY}") is None
    assert title_line(" " * 200_000 + f"Floods hit Kharkiv\n\n{BODY}") == "Floods hit Kharkiv"
    assert title_line("Floods hit Kharkiv" + " \t" * 100_000 + f"\n\n{BODY}") == (
        "Floods hit Kharkiv"
    )
    assert title_line("Floods hit Kharkiv\n" + " " * 200_000 + "x\n" + BODY) is None


def _read(path: Path) -> Article:
    (article,) = list(read_inputs([path]))
    assert isinstance(article, Article)
    return article


def test_txt_file_takes_its_first_line_as_title_and_keeps_it_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Floods hit Kharkiv\n\n{BODY}", encoding="utf-8")
    article = _read(path)
    assert article.metadata["title"] == "Floods hit Kharkiv"
    assert article.text.startswith("Floods hit Kharkiv\n\n")  # offsets still index the file


def test_txt_file_whose_first_paragraph_is_a_sentence_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Rain flooded Kharkiv on Monday.\n\n{BODY}", encoding="utf-8")
    assert "title" not in _read(path).metadata


def test_front_matter_title_wins_over_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(f"---\ntitle: Given title\n---\n# Floods hit Kharkiv\n\n{BODY}", "utf-8")
    assert _read(path).metadata["title"] == "Given title"
    path.write_text(f"# Floods hit Kharkiv\n\n{BODY}", encoding="utf-8")
    assert _read(path).metadata["title"] == "Floods hit Kharkiv"


def test_title_line_control_characters_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Floods \x1b[31mhit Kharkiv\n\n{BODY}", encoding="utf-8")
    assert "\x1b" not in _read(path).metadata["title"]
