"""A record's headline read before its text, as a text file holds it (geomap.io.headlines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.io.headlines import with_headline
from geomap.io.readers import read_inputs
from geomap.records import Article

BODY = "A car bomb exploded near a busy market, police said."


@pytest.mark.parametrize(
    ("title", "text", "read"),
    [
        ("Blast rocks Mogadishu market", BODY, f"Blast rocks Mogadishu market\n\n{BODY}"),
        ("  Blast rocks Mogadishu  ", BODY, f"Blast rocks Mogadishu\n\n{BODY}"),
        # the text opens with it already, in any case or spacing, maybe after a byline
        ("Blast rocks Mogadishu", f"BLAST ROCKS  MOGADISHU\n\n{BODY}", None),
        ("Blast rocks Mogadishu", f"By A. Reporter\nBlast rocks Mogadishu\n{BODY}", None),
        ("Blast", f"Blast rocks Mogadishu.\n{BODY}", None),
        # a word of the headline inside a sentence is no headline: it is read
        ("Strajk", "Kolejarze strajkują.", "Strajk\n\nKolejarze strajkują."),
        ("Blast", f"{BODY} Blasts went on.", f"Blast\n\n{BODY} Blasts went on."),
        # no headline, or one without a word: an id, a letter, a number
        (None, BODY, BODY),
        ("", BODY, BODY),
        ("t1", BODY, BODY),
        ("B", BODY, BODY),
        ("2024", BODY, BODY),
    ],
)
def test_a_headline_is_put_first_unless_the_text_opens_with_it(
    title: str | None, text: str, read: str | None
) -> None:
    assert with_headline(title, text) == (text if read is None else read)


def test_a_records_headline_is_its_texts_first_line(tmp_path: Path) -> None:
    records = [
        {"id": "a", "title": "Blast rocks Mogadishu market", "text": BODY},
        {
            "id": "b",
            "title": "Blast rocks Mogadishu market",
            "text": f"Blast rocks Mogadishu market. {BODY}",
        },
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    first, second = read_inputs([path])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == f"Blast rocks Mogadishu market\n\n{BODY}"
    assert first.metadata["title"] == "Blast rocks Mogadishu market"
    assert second.text == records[1]["text"]  # not twice


def test_a_markdown_files_front_matter_headline_is_read(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    front = "---\ntitle: Blast rocks **Mogadishu** market\n---\n"
    path.write_text(f"{front}{BODY}\n", encoding="utf-8")
    (art,) = read_inputs([path])
    assert isinstance(art, Article)
    assert art.metadata["title"] == "Blast rocks Mogadishu market"  # without Markdown's marks
    assert art.text.startswith("Blast rocks Mogadishu market\n\n")
    assert art.text.rstrip().endswith(BODY)


def test_an_email_keeps_its_subject_out_of_its_text(tmp_path: Path) -> None:
    path = tmp_path / "tip.eml"
    path.write_text(
        f"From: a@example.org\nSubject: Blast rocks Mogadishu market\n\n{BODY}\n", encoding="utf-8"
    )
    (art,) = read_inputs([path])
    assert isinstance(art, Article) and art.text.strip() == BODY


def test_a_headline_cut_inside_a_word_is_the_bodys_opening_not_read_twice() -> None:
    body = "In Bayern warnte der Minister vor Hochwasser an der Donau. Passau bereitet sich vor."
    for title in (body[:55], body[:55] + "…", body[:55] + "..."):
        assert title.endswith(("Don", "…", "...")) and with_headline(title, body) == body
    # a short headline is a word of its own ("Strajk" is no cut "Strajkują")
    assert with_headline("Strajk", "Strajkują kolejarze.") == "Strajk\n\nStrajkują kolejarze."
    # a long headline that is not the opening is still put before the body
    other = "Passau bereitet sich auf das Hochwasser vor"
    assert with_headline(other, body).startswith(other + "\n\n")
