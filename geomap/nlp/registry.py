"""Registry functions: how spaCy configs reach the gazetteer."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.util import registry

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer


@lru_cache(maxsize=8)
def _open(path: str | None) -> Gazetteer:
    from geomap.gazetteer import Gazetteer

    return Gazetteer.open(path)


@registry.misc("geomap.gazetteer.v1")
def gazetteer_from_path(path: str | None = None) -> Gazetteer:
    """Open (once per process) the gazetteer at ``path``, or the shipped one when ``None``."""
    return _open(path)
