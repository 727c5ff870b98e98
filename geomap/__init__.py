"""geomap: offline geoparsing of news articles into maps of who claims what, where.

Importing :mod:`geomap` has no side effects: nothing (model, gazetteer) is
loaded until used; the public names below are imported on first access.

>>> import geomap
>>> result = geomap.geoparse(["seeds/"])   # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "geoparse": "geomap.api",
    "Result": "geomap.result",
    "Article": "geomap.records",
    "Geoparser": "geomap.geoparser",
    "Gazetteer": "geomap.gazetteer",
    "GazetteerGeocoder": "geomap.gazetteer",
    "Settings": "geomap.settings",
    "read_layer": "geomap.io.gpkg_read",
}

__all__ = ["__version__", *_LAZY]


def __dir__() -> list[str]:
    """The public names (imported lazily, so absent from the module's namespace until used)."""
    return sorted({*globals(), *__all__} - {"Any", "annotations", "importlib"})


def __getattr__(name: str) -> Any:
    """Import public names on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geomap' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
