"""Colours and sizes shared by markers, shapes, legend and the runtime."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

#: Colours of outlets (or of articles, with one outlet): Okabe and Ito's palette for
#: colour-blind readers, without its black (kept for outlines and text).
GROUP_COLORS: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442",
)  # fmt: skip
#: Outlets (or articles) past the palette share this colour, named "other" in the legend.
OTHER_COLOR = "#a6a6a6"
#: Articles whose outlet is not given, in a run of several outlets: a light grey, no
#: palette colour (it names no outlet) and not the "other outlets" grey.
UNKNOWN_COLOR = "#dcdcdc"
#: Fill of a place that several outlets (or articles) mention; its tooltip names them.
SEVERAL_COLOR = "#3b3b3b"
#: Disc of a cluster of markers (its number of places in it), ringed by their outlets.
CLUSTER_COLOR = "#fbfbf8"
#: Below this confidence a placement is drawn with a dashed outline and flagged in popups.
LOW_CONFIDENCE = 0.5
#: Shape shading ramp, light to dark (mention count, log scale).
SHADE_RAMP: tuple[str, ...] = ("#fff3c4", "#fdd58a", "#fdae61", "#f46d43", "#d73027", "#a50026")
LAND_COLOR = "#efece4"
LAND_BORDER = "#b5ad9c"
SEA_COLOR = "#d4e6f1"
#: Line of a river (a place whose stored shape is a line), drawn thin over the land.
RIVER_COLOR = "#1f78b4"


MIN_RADIUS = 5.0
MAX_RADIUS = 22.0


#: The most-mentioned place having more than this many times the median place's
#: mentions puts the circles on a log scale (:func:`log_sizes`).
LOG_SPREAD = 100


def log_sizes(counts: Sequence[int]) -> bool:
    """Whether circles for places with these mention counts are sized on a log scale.

    On the square-root scale one long text's places (thousands of mentions) would
    leave every other circle at the smallest size; past :data:`LOG_SPREAD` times
    the median count a log scale keeps them apart.

    >>> log_sizes([1, 2, 3, 40]), log_sizes([1, 2, 3, 29789])
    (False, True)
    """
    if not counts:
        return False
    return max(counts) > LOG_SPREAD * max(statistics.median(counts), 1)


def marker_radius(mentions: int, max_mentions: int, log: bool = False) -> float:
    """Circle radius in pixels for a mention count.

    Square-root scale (circle area grows with the count) from :data:`MIN_RADIUS`
    for one mention to :data:`MAX_RADIUS` for the most-mentioned place; with
    ``log``, the radius grows with the count's logarithm (:func:`log_sizes`).
    """
    n, top = max(int(mentions), 1), max(int(max_mentions), 1)
    if top <= 1:
        return 6.0
    if log:
        frac = math.log(min(n, top)) / math.log(top)
    else:
        frac = math.sqrt(min(n - 1, top - 1) / (top - 1))
    return round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * frac, 1)
