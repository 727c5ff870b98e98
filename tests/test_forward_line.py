"""A "Forwarded from X" line atop a pasted message is not its headline (user68b 11).

"Переслано из Военный Осведомитель" became the article's title; it is the channel that
posted the message: the outlet when none is given, and the line is blanked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article


@pytest.mark.parametrize(
    "line",
    ["Переслано из Канал Север", "Forwarded from Канал Север", "Przekazano od: Канал Север"],
)
def test_a_forwarded_line_is_the_outlet_not_the_headline(tmp_path: Path, line: str) -> None:
    text = f"{line}\n\nДроны атаковали нефтебазу под Белгородом, заявил губернатор.\n"
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    (art,) = read_inputs([path])
    assert isinstance(art, Article)
    assert art.metadata.get("outlet") == "Канал Север"
    assert "title" not in art.metadata
    assert line not in art.text and len(art.text) == len(text)  # blanked: offsets kept
    assert "Белгородом" in art.text


def test_a_headline_after_the_forwarded_line_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "paste.txt"
    path.write_text(
        "Forwarded from War Desk\nFloods hit Kharkiv\n\nRescuers said the river rose.\n",
        encoding="utf-8",
    )
    (art,) = read_inputs([path])
    assert isinstance(art, Article)
    assert art.metadata["title"] == "Floods hit Kharkiv" and art.metadata["outlet"] == "War Desk"


def test_forwarded_in_a_sentence_or_lower_down_stays(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Letters forwarded from Kyiv arrived\n\nForwarded from X\nThe mayor said so.\n", "utf-8"
    )
    (art,) = read_inputs([path])
    assert isinstance(art, Article)
    assert art.metadata.get("title") == "Letters forwarded from Kyiv arrived"
    assert "Forwarded from X" in art.text and "outlet" not in art.metadata
