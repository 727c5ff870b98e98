"""One outlet under two names, and a text file's outlet line in six languages (user67).

"Kyiv Independent" (a CSV's) and "The Kyiv Independent" (a page's og:site_name) were two
outlets in ``claims --by outlet`` and on the map; "Источник: Медуза" under a .txt's
headline was no outlet (nor was "Source: Reuters").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.mapping.groups import colour_groups
from geomap.metadata import article_fields
from geomap.outlet_names import one_outlet_form
from geomap.records import Article


def test_names_differing_by_the_case_spaces_or_the_are_one_outlet_in_its_common_form() -> None:
    info = {
        "a": {"outlet": "Kyiv Independent"},
        "b": {"outlet": "The Kyiv Independent"},
        "c": {"outlet": "kyiv  independent"},
        "d": {"outlet": "Kyiv Independent"},
        "e": {"outlet": "Theatre Weekly"},
        "f": {"title": "no outlet"},
    }
    merged = one_outlet_form(info)
    assert [merged[k].get("outlet") for k in "abcdef"] == [
        "Kyiv Independent", "Kyiv Independent", "Kyiv Independent", "Kyiv Independent",
        "Theatre Weekly", None,
    ]  # fmt: skip
    groups = colour_groups(list("abcde"), merged, list("abcde"))
    assert groups.names == ("Kyiv Independent", "Theatre Weekly")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: Reuters", "Reuters"),
        ("Источник: Медуза", "Медуза"),
        ("Джерело: Українська правда", "Українська правда"),
        ("Źródło: Rzeczpospolita", "Rzeczpospolita"),
        ("Source : Le Monde", "Le Monde"),
        ("Quelle: Der Spiegel", "Der Spiegel"),
    ],
)
def test_a_source_line_under_the_headline_is_the_outlet(
    tmp_path: Path, line: str, outlet: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        f"Floods hit Kharkiv\n\n{line}\n\nFloods hit the city of Kharkiv on Monday.\n",
        encoding="utf-8",
    )
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert article.metadata["outlet"] == outlet
    assert line not in article.text  # blanked: its words are no place's
    assert len(article.text) == len(path.read_text(encoding="utf-8"))  # offsets kept


def test_a_source_sentence_is_no_outlet_line(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Floods hit Kharkiv\n\nSource: officials in the region said the dam broke.\n\nMore.\n",
        encoding="utf-8",
    )
    (article,) = read_inputs([path])
    assert isinstance(article, Article) and "outlet" not in article.metadata


def test_a_date_line_gives_the_date_as_written(tmp_path: Path) -> None:
    """user67: ``published_given`` was empty for a .txt's "20 ноября 2026"."""
    path = tmp_path / "story.txt"
    path.write_text("Херсон\n\n20 ноября 2026\n\nГубернатор заявил.\n", encoding="utf-8")
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    fields = article_fields(article.metadata)
    assert (fields["published"], fields["published_given"]) == ("2026-11-20", "20 ноября 2026")
