"""Vendored JavaScript/CSS, read from the package and prepared for inlining.

The files in ``geomap/mapping/assets/`` come from the npm registry at dev time
(``scripts/vendor_assets.sh`` records the versions); nothing is fetched at run
time.  CSS ``url(images/...)`` references are turned into ``data:`` URIs so the
inlined CSS needs no files next to ``map.html``.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from importlib import resources

_PACKAGE = "geomap.mapping"

#: JavaScript files inlined into every map, in load order.
LEAFLET_JS: tuple[str, ...] = ("leaflet.js",)
#: Stylesheets inlined into every map.
LEAFLET_CSS: tuple[str, ...] = ("leaflet.css",)
#: Marker clustering plugin (only inlined when clustering is used).
CLUSTER_JS: tuple[str, ...] = ("leaflet.markercluster.js",)
CLUSTER_CSS: tuple[str, ...] = ("MarkerCluster.css", "MarkerCluster.Default.css")

_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)
_CSS_SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=.*?\*/")
_CSS_IMAGE = re.compile(r"url\((['\"]?)images/([A-Za-z0-9_.-]+\.png)\1\)")


@cache
def asset_text(name: str) -> str:
    """Return the text of a vendored asset.

    Parameters
    ----------
    name
        File name inside ``geomap/mapping/assets/``.

    Returns
    -------
    str
        The file's UTF-8 text.
    """
    return resources.files(_PACKAGE).joinpath("assets", name).read_text(encoding="utf-8")


@cache
def template_text(name: str) -> str:
    """Return the text of a file in ``geomap/mapping/templates/``."""
    return resources.files(_PACKAGE).joinpath("templates", name).read_text(encoding="utf-8")


def _data_uri(image: str) -> str:
    raw = resources.files(_PACKAGE).joinpath("assets", f"leaflet-images-{image}").read_bytes()
    return "data:image/png;base64," + base64.b64encode(raw).decode("ascii")


def _safe_for_tag(text: str, tag: str) -> str:
    """Make sure ``text`` cannot close the ``<tag>`` it is inlined into."""
    return re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.IGNORECASE)


@cache
def inline_js(names: tuple[str, ...]) -> str:
    """Return the concatenated JavaScript of ``names``, safe inside ``<script>``.

    Source-map comments are dropped (they would make developer tools try to
    load a file that is not there).
    """
    parts = [_SOURCE_MAP.sub("", asset_text(n)) for n in names]
    return _safe_for_tag("\n;\n".join(parts), "script")


@cache
def inline_css(names: tuple[str, ...]) -> str:
    """Return the concatenated CSS of ``names`` with images as ``data:`` URIs."""
    out = []
    for name in names:
        css = _CSS_SOURCE_MAP.sub("", asset_text(name))
        css = _CSS_IMAGE.sub(lambda m: f'url("{_data_uri(m.group(2))}")', css)
        out.append(css)
    return _safe_for_tag("\n".join(out), "style")
