"""Legend: marker colours (which outlet or article), its ring and badge, size, outline, shading."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2 import Template

from geomap.mapping.safe import SafeRender
from geomap.mapping.style import (
    CLUSTER_COLOR,
    LOW_CONFIDENCE,
    RIVER_COLOR,
    SEVERAL_COLOR,
    SHADE_RAMP,
    marker_radius,
)


class Legend(SafeRender):
    """Static legend box in the bottom-right corner.

    Parameters
    ----------
    groups
        The payload's ``groups`` (``{"by", "items": [{"name", "color", "articles"}]}``).
    max_mentions
        Largest mention count of any place (largest circle).
    max_shaded
        Largest mention count of a shaded shape (right end of the ramp).
    left_out
        ``(places, threshold)`` left out for a confidence below the threshold.
    worldview
        The country whose view of the disputed areas is shown (its name), if any.
    cluster
        The markers are clustered: the legend explains a cluster's number and ring.
    lines
        Some places (rivers) are drawn as lines: the legend says so.
    unshaped
        Admin-1 units on the map with no outline in the shipped data (markers only).
    log_sizes
        The circles are on a log scale (:func:`geomap.mapping.style.log_sizes`).
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <div class="geomap-legend leaflet-control" id="{{ this.get_name() }}" role="note"
             aria-label="Legend">
          <details class="geomap-legend-details" open><summary>Legend</summary>
          <div class="geomap-legend-title">Places mentioned by</div>
          {%- for color, label in this.categories %}
          <div class="geomap-legend-row"><span class="geomap-dot"
               style="background:{{ color }}"></span>{{ label }}</div>
          {%- endfor %}
          {%- if this.ring %}
          <div class="geomap-legend-row geomap-legend-ring">{{ this.ring }}
            <span>several {{ this.by }}: ringed by their colours (longer arc: more articles)</span>
          </div>
          {%- endif %}
          {%- if this.cluster %}
          <div class="geomap-legend-row geomap-legend-ring">{{ this.cluster }}
            <span>places close together (how many), ringed by their {{ this.by }}</span>
          </div>
          {%- endif %}
          {%- if this.badge %}
          <div class="geomap-legend-row geomap-legend-badge">
            <span class="geomap-legend-pill">3</span><span>number of articles (2 or more)</span>
          </div>
          {%- endif %}
          <div class="geomap-legend-row"><span class="geomap-swatch-low"></span>
            dashed: placed with low confidence (below {{ this.low }})</div>
          {%- if this.focus %}
          <div class="geomap-legend-row"><span class="geomap-swatch-focus"></span>
            dotted circle: names the gazetteer lacks, placed at their article's focus
            (hollow disc: only such names)</div>
          {%- endif %}
          {%- if this.any_left_out %}
          <div class="geomap-legend-row geomap-low">{{ this.left_out }}</div>
          {%- endif %}
          <div class="geomap-legend-title">Circle size = mentions{{ this.size_scale }}</div>
          <div class="geomap-legend-row geomap-legend-sizes">
          {%- for n, r in this.sizes %}
            <span class="geomap-size"><span class="geomap-dot"
              style="width:{{ 2 * r }}px;height:{{ 2 * r }}px"></span>{{ n }}</span>
          {%- endfor %}
          </div>
          <div class="geomap-legend-title">Countries &amp; regions shaded by mentions</div>
          {%- if this.max_shaded > 1 %}
          <div class="geomap-ramp">
          {%- for c in this.ramp %}<span style="background:{{ c }}"></span>{%- endfor %}
          </div>
          <div class="geomap-ramp-labels"><span>1</span><span>{{ this.max_shaded }}</span></div>
          {%- else %}
          <div class="geomap-legend-row"><span class="geomap-swatch"
               style="background:{{ this.ramp[-1] }}"></span>1 mention each</div>
          {%- endif %}
          <div class="geomap-legend-row"><span class="geomap-swatch geomap-swatch-region"></span>
            country drawn as member of a region</div>
          {%- if this.unshaped %}
          <div class="geomap-legend-row geomap-low">{{ this.unshaped }}</div>
          {%- endif %}
          <div class="geomap-legend-row"><span class="geomap-swatch geomap-swatch-disputed"></span>
            disputed area, drawn apart (hover: who holds and claims it)</div>
          {%- if this.lines %}
          <div class="geomap-legend-row"><span class="geomap-swatch geomap-swatch-line"
               style="border-top-color:{{ this.line_color }}"></span>
            river, drawn along its course</div>
          {%- endif %}
          {%- if this.worldview %}
          <div class="geomap-legend-row">{{ this.worldview }}</div>
          {%- endif %}
          </details>
        </div>
        {% endmacro %}
        """
    )

    def __init__(
        self,
        groups: Mapping[str, Any],
        max_mentions: int,
        max_shaded: int | None = None,
        left_out: tuple[int, float] = (0, 0.0),
        worldview: str | None = None,
        cluster: bool = False,
        lines: bool = False,
        unshaped: int = 0,
        log_sizes: bool = False,
        focus: bool = False,
    ) -> None:
        super().__init__()
        self._name = "geomap_legend"
        items = list(groups.get("items", ()))
        by = "outlets" if groups.get("by") == "outlet" else "articles"
        # Colours are set as inline style: only the palette's own values, never input text.
        self.categories = [
            (str(item["color"]), html.escape(_short(str(item["name"])))) for item in items
        ]
        # a place several groups name: the "several" disc, ringed by their colours
        self.by = by
        self.ring = (
            ring_sample([str(item["color"]) for item in items[:3]]) if len(items) > 1 else ""
        )
        self.badge = sum(int(item.get("articles", 1)) for item in items) > 1
        self.cluster = ring_sample([str(item["color"]) for item in items[:3]], cluster=True)
        self.cluster = self.cluster if cluster else ""
        self.lines = lines
        self.unshaped = (
            f"{int(unshaped)} region(s) without an outline in the shipped data "
            "(Natural Earth draws states and provinces in nine countries): markers only"
            if unshaped > 0
            else ""
        )
        self.line_color = RIVER_COLOR  # the style's own constant, never input text
        self.low = LOW_CONFIDENCE
        self.focus = focus  # a marker of focus placements only (focus_marks)
        self.left_out = f"{left_out[0]} place(s) below confidence {left_out[1]:g} left out"
        self.any_left_out = left_out[0] > 0
        top = max(int(max_mentions), 1)
        middle = round(math.sqrt(top)) if log_sizes else round(top / 4)
        steps = sorted({1, max(1, middle), top}) if top > 1 else [1]
        self.sizes = [(n, marker_radius(n, top, log_sizes)) for n in steps]
        self.size_scale = " (log scale: a few places have far more)" if log_sizes else ""
        self.ramp = SHADE_RAMP
        self.max_mentions = top
        self.max_shaded = max(int(max_shaded if max_shaded is not None else top), 1)
        self.worldview = (
            html.escape(
                f"in the view of {worldview}: each also shaded with the country it is part of"
            )
            if worldview
            else ""
        )


def _short(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def ring_sample(colors: Sequence[str], size: int = 24, *, cluster: bool = False) -> str:
    """An SVG of a ringed marker for the legend: the "several" disc, one arc per colour.

    Drawn as the page draws one (``templates/markers.js``): arcs of equal length here,
    from 12 o'clock, with a gap between them.  ``colors`` are palette values.  With
    ``cluster`` the disc is a cluster's, with a number in it.

    >>> svg = ring_sample(["#0072B2", "#E69F00"])
    >>> svg.count('class="geomap-legend-arc"'), "#3b3b3b" in svg
    (2, True)
    >>> ">12</text>" in ring_sample(["#0072B2"], cluster=True)
    True
    """
    c, disc, mid, width = size / 2, 5.5, 8.75, 3.5
    gap = 2.5 / mid
    span = 2 * math.pi / max(len(colors), 1)

    def at(angle: float) -> str:
        return f"{c + mid * math.sin(angle):.2f} {c - mid * math.cos(angle):.2f}"

    arcs = "".join(
        f'<path class="geomap-legend-arc" d="M {at(k * span + gap / 2)} A {mid} {mid} 0 '
        f"{int(span - gap > math.pi)} 1 "
        f'{at((k + 1) * span - gap / 2)}" fill="none" stroke="{html.escape(color)}" '
        f'stroke-width="{width}"/>'
        for k, color in enumerate(colors)
    )
    return (
        f'<svg class="geomap-legend-pin" width="{size}" height="{size}" aria-hidden="true">'
        f'<circle cx="{c}" cy="{c}" r="{mid + width / 2 + 0.8}" fill="#fff"/>{arcs}'
        + (
            f'<circle cx="{c}" cy="{c}" r="{disc + 1}" fill="{CLUSTER_COLOR}" stroke="#4a4a4a"/>'
            f'<text x="{c}" y="{c + 3}" text-anchor="middle" fill="#1b1b1b" '
            'style="font: 700 8px sans-serif">12</text>'
            if cluster
            else f'<circle cx="{c}" cy="{c}" r="{disc}" fill="{SEVERAL_COLOR}" stroke="#1b1b1b"/>'
        )
        + "</svg>"
    )
