"""Side panel: title, place search, and the table of places (mentions, articles)."""

from __future__ import annotations

import html
from typing import Any

from jinja2 import Template

from geomap.mapping.safe import SafeRender


class SidePanel(SafeRender):
    """Collapsible panel on the left with the title, a search box and the place table.

    The table rows are built by the runtime from the payload; clicking a row or
    pressing Enter in the search box zooms to the place and opens its popup.

    Parameters
    ----------
    app
        The :class:`~geomap.mapping.offline.DataBlob`.
    title
        Page title (escaped here).
    n_places, n_articles
        Counts shown under the title.

    Notes
    -----
    The panel also lists the sources (who speaks, of what kind, and the places
    each talks about: a click opens the place) and the articles with a checkbox
    each (the same per-article layers as the layer control).  With many articles
    this list, filterable and scrollable, replaces the entries in Leaflet's layer
    control, whose redraw cost grows with the square of the number of entries.
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <aside class="geomap-panel" id="geomap-panel" aria-label="Places">
          <button type="button" class="geomap-panel-toggle" id="geomap-panel-toggle"
                  aria-controls="geomap-panel" aria-expanded="true"
                  title="Hide/show the list of places">&#9664;</button>
          <div class="geomap-panel-body">
            <h1 class="geomap-title">{{ this.title }}</h1>
            <div class="geomap-summary" id="geomap-summary" aria-live="polite">
              {{- this.n_places }} places &middot;
              {{ this.n_articles }} article{{ "" if this.n_articles == 1 else "s" }}</div>
            <div class="geomap-search">
              <input type="search" id="geomap-search" placeholder="Find a place&hellip;"
                     autocomplete="off" aria-label="Find a place">
            </div>
            <details class="geomap-articles" id="geomap-articles"
                     {{- " open" if this.open_articles }}>
              <summary>Articles ({{ this.n_articles }})</summary>
              <div class="geomap-article-buttons">
                <button type="button" id="geomap-all-articles">show all</button>
                <button type="button" id="geomap-no-articles">hide all</button>
                {%- if this.n_articles > 8 %}
                <input type="search" id="geomap-article-filter" placeholder="filter articles"
                       autocomplete="off" aria-label="Filter articles">
                {%- endif %}
              </div>
              <ul class="geomap-article-list" id="geomap-article-list"></ul>
            </details>
            <details class="geomap-articles geomap-sources" id="geomap-sources">
              <summary title="who is quoted or cited in the claims (not the outlets)">Speakers
                (<span id="geomap-source-count">0</span>)</summary>
              <ul class="geomap-source-list" id="geomap-source-list"></ul>
            </details>
            <table class="geomap-table" id="geomap-table">
              <thead><tr><th>Place</th><th title="mentions">Ment.</th>
                <th title="articles">Art.</th></tr></thead>
              <tbody></tbody>
            </table>
            <div class="geomap-more" id="geomap-more"></div>
          </div>
        </aside>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            {{ this.app.get_name() }}.initPanel();
        {% endmacro %}
        """
    )

    def __init__(self, app: Any, title: str, n_places: int, n_articles: int) -> None:
        super().__init__()
        self._name = "geomap_panel"
        self.app = app
        self.title = html.escape(title)
        self.n_places = int(n_places)
        self.n_articles = int(n_articles)
        self.open_articles = 1 < self.n_articles <= 8
