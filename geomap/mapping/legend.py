"""Legend: marker colours (which articles), marker size (mentions), shape shading."""

from __future__ import annotations

import html

from jinja2 import Template

from geomap.mapping.safe import SafeRender
from geomap.mapping.style import CATEGORY_COLORS, CATEGORY_LABELS, SHADE_RAMP, marker_radius


class Legend(SafeRender):
    """Static legend box in the bottom-right corner.

    Parameters
    ----------
    n_articles
        Number of articles (shown in the "all articles" entry).
    max_mentions
        Largest mention count of any place (largest circle).
    max_shaded
        Largest mention count of a shaded shape (right end of the ramp).
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <div class="geomap-legend leaflet-control" id="{{ this.get_name() }}" role="note"
             aria-label="Legend">
          <div class="geomap-legend-title">Places mentioned by</div>
          {%- for color, label in this.categories %}
          <div class="geomap-legend-row"><span class="geomap-dot"
               style="background:{{ color }}"></span>{{ label }}</div>
          {%- endfor %}
          <div class="geomap-legend-title">Circle size = mentions</div>
          <div class="geomap-legend-row geomap-legend-sizes">
          {%- for n, r in this.sizes %}
            <span class="geomap-size"><span class="geomap-dot"
              style="width:{{ 2 * r }}px;height:{{ 2 * r }}px"></span>{{ n }}</span>
          {%- endfor %}
          </div>
          <div class="geomap-legend-title">Countries &amp; regions shaded by mentions</div>
          <div class="geomap-ramp">
          {%- for c in this.ramp %}<span style="background:{{ c }}"></span>{%- endfor %}
          </div>
          <div class="geomap-ramp-labels"><span>1</span><span>{{ this.max_shaded }}</span></div>
          <div class="geomap-legend-row"><span class="geomap-swatch geomap-swatch-region"></span>
            country drawn as member of a region</div>
        </div>
        {% endmacro %}
        """
    )

    def __init__(self, n_articles: int, max_mentions: int, max_shaded: int | None = None) -> None:
        super().__init__()
        self._name = "geomap_legend"
        all_label = (
            f"all {n_articles} articles"
            if n_articles > 2
            else ("both articles" if n_articles == 2 else CATEGORY_LABELS["all"])
        )
        labels = dict(CATEGORY_LABELS, all=all_label)
        cats = ["one", "several", "all"] if n_articles > 2 else ["one", "all"]
        if n_articles < 2:
            cats = ["one"]
        self.categories = [(CATEGORY_COLORS[c], html.escape(labels[c])) for c in cats]
        top = max(int(max_mentions), 1)
        steps = sorted({1, max(1, round(top / 4)), top}) if top > 1 else [1]
        self.sizes = [(n, marker_radius(n, top)) for n in steps]
        self.ramp = SHADE_RAMP
        self.max_mentions = top
        self.max_shaded = max(int(max_shaded if max_shaded is not None else top), 1)
