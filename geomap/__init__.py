"""geomap: offline geoparsing of news articles into maps of who claims what, where.

Importing :mod:`geomap` has no side effects: nothing is loaded until used.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
