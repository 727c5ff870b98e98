"""Outlet colours: the largest outlets get the palette; no outlet given takes none."""

from __future__ import annotations

from geomap.mapping.groups import UNKNOWN_OUTLET, colour_groups
from geomap.mapping.style import GROUP_COLORS, OTHER_COLOR, UNKNOWN_COLOR


def test_articles_with_no_outlet_take_no_palette_colour() -> None:
    articles = ["a", "b", "c", "d", "e"]
    info = {"a": {}, "b": {}, "c": {}, "d": {"outlet": "TASS"}, "e": {"outlet": "Reuters"}}
    groups = colour_groups(articles, info, articles)
    assert groups.by == "outlet"
    assert groups.names == ("TASS", "Reuters", UNKNOWN_OUTLET)  # the biggest group last
    assert groups.colors == (GROUP_COLORS[0], GROUP_COLORS[1], UNKNOWN_COLOR)
    assert groups.sizes == (1, 1, 3)
    assert groups.of_article == (2, 2, 2, 0, 1)


def test_past_the_palette_outlets_share_the_other_grey_and_unknown_stays_apart() -> None:
    n = len(GROUP_COLORS) + 2
    articles = [f"a{i}" for i in range(n)] + ["x"]
    info = {f"a{i}": {"outlet": f"Outlet {i}"} for i in range(n)}
    groups = colour_groups(articles, info, articles)
    assert groups.names[-2:] == ("3 other outlets", UNKNOWN_OUTLET)
    assert groups.colors[-2:] == (OTHER_COLOR, UNKNOWN_COLOR)
    assert set(groups.colors[:-2]) == set(GROUP_COLORS[:-1])


def test_one_outlet_colours_articles_and_names_no_unknown_group() -> None:
    info = {"a": {"outlet": "TASS"}, "b": {}}
    groups = colour_groups(["a", "b"], info, ["A", "B"])
    assert groups.by == "article" and groups.names == ("A", "B")
    assert UNKNOWN_COLOR not in groups.colors
