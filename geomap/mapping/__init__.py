"""The folium map: one self-contained, offline ``map.html``.

Public API: :func:`build_map`, :func:`write_map`, and :func:`screenshot`
(needs Playwright and Chromium).  Each is imported on first use, so that
``geomap.mapping.tiles`` (checked by the command line) does not load folium.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "build_map": "geomap.mapping.build",
    "write_map": "geomap.mapping.build",
    "screenshot": "geomap.mapping.snapshot",
}

__all__ = ["build_map", "screenshot", "write_map"]


def __getattr__(name: str) -> Any:
    """Import the public functions on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geomap.mapping' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
