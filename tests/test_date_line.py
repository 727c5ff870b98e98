"""The date a plain-text article gives on a line near its top ("Publié le : 04/03/2026")."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.date_line import date_line
from geomap.io.readers import read_inputs
from geomap.records import Article


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publié le : 04/03/2026 - 09:02", "2026-03-04T09:02:00"),
        ("France 24 avec AFP - Publié le : 04/03/2026 - 09:02", "2026-03-04T09:02:00"),
        ("4. März 2026, 11:02 Uhr, Quelle: dpa", "2026-03-04T11:02:00"),
        ("4 марта 2026, 13:40", "2026-03-04T13:40:00"),
        ("Opublikowano: 4 marca 2026, 08:12", "2026-03-04T08:12:00"),
        ("Опубліковано: 04.03.2026 10:15 | Укрінформ", "2026-03-04T10:15:00"),
        ("Mis à jour le 4 mars 2026 à 10h15", "2026-03-04T10:15:00"),
        ("Published: 03/04/2026 06:12 EST", "2026-03-04T06:12:00-05:00"),  # US: month first
        ("Updated 4 March 2026 at 10:00 GMT", "2026-03-04T10:00:00+00:00"),
    ],
)
def test_a_date_line_under_the_headline_gives_the_day(line: str, day: str) -> None:
    given = line.removesuffix(", Quelle: dpa")  # the source it ends with is the outlet's
    assert date_line(f"Drone strike on the port\n{line}\n\nDrones hit the port.") == (day, given)


@pytest.mark.parametrize(
    "line",
    [
        "KYIV, March 3 (Reuters) - Drones struck the port overnight",  # no year
        "The mayor said on 3 March 2026 that the bridge would reopen.",  # a sentence
        "Kharkiv 2026",  # a year alone
        "Kharkiv - 2026 - Elections",
    ],
)
def test_no_date_line(line: str) -> None:
    assert date_line(f"Headline here\n{line}\n\nText.") is None


def test_only_the_first_lines_are_read() -> None:
    text = "A\n\nB\n\nC\n\nD\n\nE\n\n4 March 2026\n"
    assert date_line(text) is None
    assert date_line(text.replace("E\n\n", "")) == ("2026-03-04", "4 March 2026")


def test_a_text_files_date_line_is_its_published_date(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "Drohnenangriff auf Ismajil\n4. März 2026, 11:02 Uhr, Quelle: dpa\n\nText.\n",
        encoding="utf-8",
    )
    (tmp_path / "dated.md").write_text(
        "---\ndate: 2026-03-05\n---\nPort hit\n\n4 March 2026\n\nText.\n", encoding="utf-8"
    )
    arts = {a.article_id: a for a in read_inputs([tmp_path]) if isinstance(a, Article)}
    assert arts["story"].metadata["published"] == "2026-03-04T11:02:00"
    assert any("date read from its line" in n for n in arts["story"].notes)
    assert arts["dated"].metadata["published"] == "2026-03-05"  # front matter wins
