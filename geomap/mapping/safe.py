"""Render map elements once: input text never becomes template source.

branca's :meth:`MacroElement.render` renders an element's macros and then wraps
the *rendered* text in ``Element(text)``, whose constructor compiles that text
as a new Jinja template.  Anything an article put into the page (an id, a
headline, a sentence) would then be template source: ``{{ 7*7 }}`` became
``49``, ``{{citation needed}}`` a syntax error, and a crafted expression ran
Python.  Every geomap element therefore renders through :class:`SafeRender`,
which inserts each rendered macro as :class:`RenderedText`, a leaf that returns
its text as it is.  Data reaches the templates only as values, escaped by the
element (``html.escape``) or by :func:`geomap.mapping.offline.script_json`.
"""

from __future__ import annotations

from typing import Any

import folium
from branca.element import Element, Figure, MacroElement

#: The macros of a branca template and the figure part each one renders into.
_PARTS = ("header", "html", "script")


class RenderedText(Element):
    """Markup that is already rendered: written out as it is, never compiled.

    Parameters
    ----------
    text
        The rendered markup.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "RenderedText"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text unchanged."""
        return self.text


class SafeRender(MacroElement):
    """A :class:`MacroElement` whose rendered macros are never compiled again.

    Put it last among the bases (``class X(folium.map.Layer, SafeRender)``), so
    that the folium class's own ``render`` (a layer's ``addTo``, the layer
    control's list of layers) runs first and then calls this one in place of
    branca's.  The template and its ``header``/``html``/``script`` macros work
    as in branca.
    """

    def render(self, **kwargs: Any) -> str:
        """Render the macros into the figure's parts, then the children.

        Returns ``""``: like branca's, the element's output goes into the figure.
        """
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{type(self).__name__} can only be rendered inside a branca Figure")
        module = self._template.module
        for part in _PARTS:
            macro = getattr(module, part, None)
            if macro is not None:
                target: Element = getattr(figure, part)
                target.add_child(RenderedText(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
        return ""


class SafeLayerControl(folium.LayerControl, SafeRender):
    """folium's layer control, rendered once (the article labels are input text)."""
