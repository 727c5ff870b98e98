"""The folium map: one self-contained, offline ``map.html``.

Public API: :func:`build_map`, :func:`write_map`, and :func:`screenshot`
(needs Playwright and Chromium, imported only when called).
"""

from __future__ import annotations

from geomap.mapping.build import build_map, write_map
from geomap.mapping.snapshot import screenshot

__all__ = ["build_map", "screenshot", "write_map"]
