"""Circle sizes when one long text gives thousands of mentions (user66)."""

from __future__ import annotations

from geomap.mapping.legend import Legend
from geomap.mapping.style import MAX_RADIUS, MIN_RADIUS, log_sizes, marker_radius


def test_a_place_far_above_the_others_puts_the_circles_on_a_log_scale() -> None:
    counts = [3, 5, 8, 12, 29789]
    assert log_sizes(counts) and not log_sizes([1, 2, 3, 40]) and not log_sizes([])
    top = max(counts)
    square_root = marker_radius(12, top)
    logarithmic = marker_radius(12, top, log=True)
    assert square_root < MIN_RADIUS + 1  # on the square-root scale: as small as one mention
    assert logarithmic > MIN_RADIUS + 3  # apart from one mention on the log scale
    assert marker_radius(1, top, log=True) == MIN_RADIUS
    assert marker_radius(top, top, log=True) == MAX_RADIUS
    sizes = [marker_radius(n, top, log=True) for n in sorted(counts)]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)  # still ordered, distinct


def test_the_legend_says_the_scale_and_shows_a_middle_size_on_it() -> None:
    groups = {"by": "article", "items": [{"name": "a", "color": "#0072B2", "articles": 1}]}
    legend = Legend(groups, 29789, log_sizes=True)
    assert [n for n, _ in legend.sizes] == [1, 173, 29789]  # 173: the geometric middle
    assert "log scale" in legend.size_scale
    plain = Legend(groups, 40)
    assert [n for n, _ in plain.sizes] == [1, 10, 40] and plain.size_scale == ""
