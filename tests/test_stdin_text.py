"""Plain text piped to ``geomap map -`` is one article, not one "invalid JSON" per line.

user68b 9: ``cat tg_paste.txt | geomap map - -o X`` gave 8 identical ``<stdin>:N: invalid
JSON`` errors and "no input could be processed".
"""

from __future__ import annotations

import os
import sys

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus


def _piped(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    read, write = os.pipe()
    os.write(write, data)
    os.close(write)
    monkeypatch.setattr(sys, "stdin", open(read, encoding="utf-8"))  # noqa: SIM115


def test_plain_text_on_standard_input_is_one_article(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Floods in Lviv\n\nRescuers said the river rose overnight.\nRoads were closed.\n"
    _piped(monkeypatch, text.encode("utf-8"))
    (art,) = read_inputs(["-"])
    assert isinstance(art, Article) and art.source == "<stdin>" and art.article_id == "stdin"
    assert "Rescuers said the river rose overnight." in art.text
    assert art.metadata.get("title") == "Floods in Lviv"  # read as a .txt file is
    assert art.notes[0] == "<stdin>: not JSON Lines; read as one plain-text article"


def test_a_bracketed_opening_is_text_and_json_lines_stay_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _piped(monkeypatch, b"[UPDATE] Strikes on Kharkiv\nOfficials said.\n")
    (art,) = read_inputs(["-"])
    assert isinstance(art, Article) and art.text.startswith("[UPDATE] Strikes on Kharkiv")
    _piped(monkeypatch, b'{"id": "a", "text": "Rain in Dhaka."}\n{"id": "b", "text": "x"}\n')
    assert [a.source for a in read_inputs(["-"])] == ["<stdin>:1", "<stdin>:2"]
    _piped(monkeypatch, b'{"id": "a", "text": "cut\n')  # JSON gone wrong stays an error
    (bad,) = read_inputs(["-"])
    assert isinstance(bad, InputStatus) and bad.status == "error"
