"""Colours and sizes shared by markers, shapes, legend and the runtime."""

from __future__ import annotations

import math

#: Marker fill by how many of the articles mention the place (colour-blind safe).
CATEGORY_COLORS: dict[str, str] = {
    "one": "#3b7dd8",  # blue: one article only
    "several": "#f28e2b",  # orange: several articles
    "all": "#c8102e",  # red: every article
}
CATEGORY_LABELS: dict[str, str] = {
    "one": "one article only",
    "several": "several articles",
    "all": "all articles",
}
#: Chip colours that tell articles apart in popups and the layer control.
ARTICLE_COLORS: tuple[str, ...] = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#ff7f0e",
)  # fmt: skip
#: Shape shading ramp, light to dark (mention count, log scale).
SHADE_RAMP: tuple[str, ...] = ("#fff3c4", "#fdd58a", "#fdae61", "#f46d43", "#d73027", "#a50026")
LAND_COLOR = "#efece4"
LAND_BORDER = "#b5ad9c"
SEA_COLOR = "#d4e6f1"


MIN_RADIUS = 5.0
MAX_RADIUS = 22.0


def marker_radius(mentions: int, max_mentions: int) -> float:
    """Circle radius in pixels for a mention count.

    Square-root scale (circle area grows with the count) from :data:`MIN_RADIUS`
    for one mention to :data:`MAX_RADIUS` for the most-mentioned place.
    """
    n, top = max(int(mentions), 1), max(int(max_mentions), 1)
    if top <= 1:
        return 6.0
    frac = math.sqrt(min(n - 1, top - 1) / (top - 1))
    return round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * frac, 1)
