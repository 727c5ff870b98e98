"""Build the gazetteer artifact from the raw sources (needs the ``build`` extra: pyshp)."""

from __future__ import annotations

from geomap.gazetteer.builder.pipeline import BuildResult, build

__all__ = ["BuildResult", "build"]
