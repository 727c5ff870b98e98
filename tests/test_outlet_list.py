"""The map's outlet filter lists every outlet; the colours still lump those beyond the palette."""

from __future__ import annotations

from geomap.mapping.groups import UNKNOWN_OUTLET, colour_groups, outlet_list
from geomap.mapping.style import GROUP_COLORS


def _corpus(sizes: dict[str, int]) -> tuple[list[str], dict[str, dict[str, str]]]:
    articles, info = [], {}
    for outlet, n in sizes.items():
        for k in range(n):
            aid = f"{outlet}-{k}"
            articles.append(aid)
            info[aid] = {"outlet": outlet} if outlet else {}
    return articles, info


def test_two_big_outlets_past_the_palette_are_each_listed() -> None:
    # user67's bulk corpus: six outlets, then two of 281 articles each lumped as "other"
    sizes = {f"Outlet {k}": 300 + k for k in range(len(GROUP_COLORS) - 1)}
    sizes |= {"Reuters": 281, "Meduza": 281, "": 3}
    articles, info = _corpus(sizes)
    groups = colour_groups(articles, info, articles)
    assert "2 other outlets" in groups.names  # the colours: one grey for both
    outlets = outlet_list(articles, info)
    assert "Reuters" in outlets.names and "Meduza" in outlets.names
    assert not any("other" in n for n in outlets.names)
    assert outlets.names[-1] == UNKNOWN_OUTLET and outlets.sizes[-1] == 3
    assert outlets.sizes[outlets.names.index("Meduza")] == 281
    reuters = articles.index("Reuters-0")
    assert outlets.names[outlets.of_article[reuters]] == "Reuters"


def test_only_the_smallest_share_an_entry_beyond_the_limit() -> None:
    articles, info = _corpus({"Big": 50, "Mid": 5, "A": 1, "B": 1, "C": 1})
    outlets = outlet_list(articles, info, limit=3)
    assert outlets.names == ("Big", "Mid", "3 other outlets")
    assert outlets.sizes == (50, 5, 3)


def test_one_outlet_gives_no_list() -> None:
    articles, info = _corpus({"Only": 3, "": 2})
    assert outlet_list(articles, info).names == ()
