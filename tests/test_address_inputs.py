"""A web address given as an input says geomap fetches nothing, as a file of one does.

user68b 8: ``geomap map https://www.bbc.com/news/...`` said "https:/www.bbc.com/...: no
such file or folder" (its ``//`` collapsed by the path), and nothing of fetching.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import InputStatus
from geomap.text import LINK_ONLY_HINT


@pytest.mark.parametrize(
    "typed", ["https://www.bbc.com/news/world-europe-1", "http://x.example/a?b=1", "www.bbc.com/n"]
)
def test_a_web_address_given_is_named_as_typed_with_the_hint(typed: str) -> None:
    (status,) = read_inputs([Path(typed)])
    assert isinstance(status, InputStatus) and status.status == "error"
    assert status.reason == f"{typed}: a web address, not a file or folder; {LINK_ONLY_HINT}"
    assert status.source == typed  # report.json's input, as typed (its ``//`` kept)


def test_a_file_named_like_an_address_is_read_and_a_missing_path_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "www.example.org.txt").write_text("Floods in Lviv.", encoding="utf-8")
    (art,) = read_inputs([Path("www.example.org.txt")])
    assert not isinstance(art, InputStatus)
    (status,) = read_inputs([Path("stories/missing.txt")])
    assert isinstance(status, InputStatus)
    assert status.reason == "stories/missing.txt: no such file or folder"
