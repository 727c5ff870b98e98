"""A folium map with no CDN: Leaflet and plugins inlined, JSON made script-safe.

folium's :class:`folium.Map` links jQuery, Bootstrap, Font Awesome and
awesome-markers from CDNs.  :class:`OfflineMap` drops all of them and inlines
the vendored Leaflet (and, when asked, markercluster) instead, so the written
``map.html`` works with the network cut.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

import folium
from branca.element import Element, Figure
from jinja2 import Template

from geomap.mapping.assets import (
    CLUSTER_CSS,
    CLUSTER_JS,
    LEAFLET_CSS,
    LEAFLET_JS,
    inline_css,
    inline_js,
    template_text,
)
from geomap.mapping.safe import SafeRender

_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def script_json(obj: Any) -> str:
    """Serialise ``obj`` to JSON that is safe to embed inside ``<script>``.

    ``<``, ``>`` and ``&`` (and the JavaScript line separators) are written as
    ``\\uXXXX`` escapes, so no string in the data can close the script element.

    Parameters
    ----------
    obj
        Any JSON-serialisable value.

    Returns
    -------
    str
        Compact JSON text.
    """
    return _dump(obj).translate(_JSON_ESCAPES)


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def script_json_chunks(obj: Any, depth: int = 2) -> Iterator[str]:
    """:func:`script_json` of ``obj`` in pieces, never the whole text at once.

    Dicts (with string keys) and lists down to ``depth`` levels are opened and
    their items serialised one at a time, escaped exactly as :func:`script_json`
    escapes them: the pieces joined are the same text, character for character.

    Parameters
    ----------
    obj
        Any JSON-serialisable value.
    depth
        Levels of containers opened; deeper values are serialised whole.

    Yields
    ------
    str
        Consecutive pieces of the JSON text.
    """
    if depth > 0 and isinstance(obj, dict) and all(isinstance(k, str) for k in obj):
        yield "{"
        for n, (key, value) in enumerate(obj.items()):
            yield ("," if n else "") + script_json(key) + ":"
            yield from script_json_chunks(value, depth - 1)
        yield "}"
    elif depth > 0 and isinstance(obj, (list, tuple)):
        yield "["
        for n, value in enumerate(obj):
            if n:
                yield ","
            yield from script_json_chunks(value, depth - 1)
        yield "]"
    else:
        yield script_json(obj)


class InlineAssets(Element):
    """``<style>`` and ``<script>`` elements with vendored code inlined.

    Parameters
    ----------
    js
        Asset file names of JavaScript, in load order.
    css
        Asset file names of stylesheets.
    """

    _template = Template(
        "{% if this.css %}<style>{{ this.css }}</style>{% endif %}\n"
        "{% if this.js %}<script>{{ this.js }}</script>{% endif %}\n"
    )

    def __init__(self, js: tuple[str, ...] = (), css: tuple[str, ...] = ()) -> None:
        super().__init__()
        self._name = "InlineAssets"
        self.js = inline_js(js) if js else ""
        self.css = inline_css(css) if css else ""


#: The page script, in parts named after what they draw (geomap.js first: the app).
RUNTIME_JS = (
    "geomap.js",
    "shapes.js",
    "search.js",
    "markers.js",
    "popup.js",
    "panel.js",
    "labels.js",
    "filters.js",
    "controls.js",
)


class InlineTemplateAsset(Element):
    """geomap's own runtime JavaScript/CSS from ``geomap/mapping/templates/``."""

    _template = Template(
        "{% if this.css %}<style>{{ this.css }}</style>{% endif %}\n"
        "{% if this.js %}<script>{{ this.js }}</script>{% endif %}\n"
    )

    def __init__(self, js: str | tuple[str, ...] | None = None, css: str | None = None) -> None:
        super().__init__()
        self._name = "InlineTemplateAsset"
        names = (js,) if isinstance(js, str) else tuple(js or ())
        self.js = "\n".join(template_text(name) for name in names)
        self.css = template_text(css) if css else ""


class PageTitle(Element):
    """The document ``<title>``, HTML-escaped."""

    _template = Template("<title>{{ this.title }}</title>")

    def __init__(self, title: str) -> None:
        super().__init__()
        self._name = "PageTitle"
        self.title = html.escape(title)


class OfflineMap(folium.Map, SafeRender):
    """:class:`folium.Map` that links nothing from the network.

    Parameters
    ----------
    title
        Document title (escaped).
    cluster
        Also inline the markercluster plugin.
    **kwargs
        Passed to :class:`folium.Map`; ``tiles`` defaults to ``None``.
    """

    default_js: list[tuple[str, str]] = []  # noqa: RUF012 - folium's API is a class list
    default_css: list[tuple[str, str]] = []  # noqa: RUF012

    def __init__(self, *, title: str = "geomap", cluster: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("tiles", None)
        super().__init__(**kwargs)
        self.page_title = title
        self.cluster = cluster

    def render(self, **kwargs: Any) -> Any:
        """Add the inlined assets to the page header, then render the map."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("OfflineMap must be rendered inside a branca Figure")
        figure.header.add_child(PageTitle(self.page_title), name="geomap_title")
        js, css = LEAFLET_JS, LEAFLET_CSS
        if self.cluster:
            js, css = js + CLUSTER_JS, css + CLUSTER_CSS
        figure.header.add_child(InlineAssets(js=js, css=css), name="geomap_vendor")
        figure.header.add_child(
            InlineTemplateAsset(js=RUNTIME_JS, css="geomap.css"), name="geomap_runtime"
        )
        return super().render(**kwargs)


class DataBlob(SafeRender):
    """One ``<script type="application/json">`` with all of the map's data.

    The runtime (``templates/geomap.js``) parses it with ``JSON.parse`` and
    builds every marker, shape and popup with DOM APIs (``textContent``), so
    article text never goes through ``innerHTML``.

    Parameters
    ----------
    payload
        JSON-serialisable dict (see :func:`geomap.mapping.payload.build_payload`).
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <script type="application/json" id="{{ this.get_name() }}">{{ this.json }}</script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = GeomapApp(
                {{ this._parent.get_name() }},
                JSON.parse(document.getElementById("{{ this.get_name() }}").textContent)
            );
        {% endmacro %}
        """
    )

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self._name = "geomap_data"
        self.payload = payload
        #: Rendered in place of the data when set (:func:`write_page` streams the data there).
        self.placeholder: str | None = None

    @property
    def json(self) -> str:
        """The payload as script-safe JSON (or the placeholder, while it is set)."""
        return self.placeholder if self.placeholder is not None else script_json(self.payload)
