"""Map layers: shaded country/region shapes, place markers, one toggle per article.

The layers are thin folium elements; the runtime (``templates/geomap.js``)
builds their Leaflet objects from the payload so a 1,000-article map does not
turn into thousands of JavaScript variables.
"""

from __future__ import annotations

import html
from typing import Any

from folium.map import Layer
from jinja2 import Template

from geomap.mapping.safe import SafeRender


class ShapeLayer(Layer, SafeRender):
    """Overlay of countries and regions shaded by mention count.

    A region is drawn as its member countries (the Baltic States as Estonia,
    Latvia, Lithuania); clicking a shape opens the place's popup.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = {{ this.app.get_name() }}.shapeLayer();
        {% endmacro %}
        """
    )

    def __init__(self, app: Any, name: str = "Country &amp; region shapes"):
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "geomap_shapes"
        self.app = app


class PlaceMarkers(Layer, SafeRender):
    """Circle markers, one per place, sized by mentions and coloured by articles.

    Clustered (markercluster) when the payload says so; not listed in the
    layer control because the per-article toggles filter it.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = {{ this.app.get_name() }}.markerLayer();
        {% endmacro %}
        """
    )

    def __init__(self, app: Any, name: str = "Places"):
        super().__init__(name=name, overlay=True, control=False, show=True)
        self._name = "geomap_markers"
        self.app = app


class ArticleLayer(Layer, SafeRender):
    """Layer-control entry for one article; unticking it hides places only it mentions.

    Parameters
    ----------
    app
        The :class:`~geomap.mapping.offline.DataBlob`.
    index
        The article's index in the payload.
    article_id
        The article id (escaped here: Leaflet puts layer names into ``innerHTML``).
    color
        The article's chip colour.
    control
        List it in Leaflet's layer control (the side panel lists it in any case).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = {{ this.app.get_name() }}.articleLayer({{ this.index }});
        {% endmacro %}
        """
    )

    def __init__(self, app: Any, index: int, article_id: str, color: str, control: bool = True):
        label = (
            f'<span class="geomap-chip" style="background:{html.escape(color)}"></span>'
            f'<span class="geomap-layer-article">{html.escape(article_id)}</span>'
        )
        super().__init__(name=label, overlay=True, control=control, show=True)
        self._name = "geomap_article"
        self.app = app
        self.index = int(index)


class ArticleLayers(SafeRender):
    """The per-article layers of a map with many articles, made by one loop on the page.

    They are toggled from the side panel's filterable article list; the page
    grows by one line, not by two statements per article.

    Parameters
    ----------
    app
        The :class:`~geomap.mapping.offline.DataBlob`.
    count
        Number of articles.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            for (var i = 0; i < {{ this.count }}; i++) {
                {{ this.app.get_name() }}.articleLayer(i).addTo({{ this._parent.get_name() }});
            }
        {% endmacro %}
        """
    )

    def __init__(self, app: Any, count: int) -> None:
        super().__init__()
        self._name = "geomap_articles"
        self.app = app
        self.count = int(count)


class FitView(SafeRender):
    """Fit the view to the markers once everything is on the map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this.app.get_name() }}.fit();
        {% endmacro %}
        """
    )

    def __init__(self, app: Any):
        super().__init__()
        self._name = "geomap_fit"
        self.app = app
