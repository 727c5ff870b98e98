"""Registry functions: how spaCy configs reach the gazetteer."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.util import registry

WEIGHTS_FILE = "resolver_weights.json"

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.nlp.confidence import Calibration


@lru_cache(maxsize=8)
def _open(path: str | None) -> Gazetteer:
    from geomap.gazetteer import Gazetteer

    return Gazetteer.open(path, verify=True)


def forget_open_gazetteers() -> None:
    """Drop the gazetteers opened so far (a forked process opens its own)."""
    _open.cache_clear()


@registry.misc("geomap.gazetteer.v1")
def gazetteer_from_path(path: str | None = None) -> Gazetteer:
    """Open (once per process) the gazetteer at ``path``, or the shipped one when ``None``.

    The whole file is checked against its manifest at that first open.
    """
    return _open(path)


@registry.misc("geomap.resolver_weights.v1")
def resolver_weights(path: str | None = None) -> dict[str, float]:
    """Resolver weights from ``path``, by default the shipped ``data/resolver_weights.json``."""
    from geomap.gazetteer.paths import repo_data_dir
    from geomap.nlp.weights import load_weights

    return load_weights(Path(path) if path else repo_data_dir() / WEIGHTS_FILE)


@registry.misc("geomap.confidence_calibration.v1")
def confidence_calibration(path: str | None = None) -> Calibration:
    """The confidence calibration at ``path``, by default ``data/confidence_calibration.json``."""
    from geomap.gazetteer.paths import repo_data_dir
    from geomap.nlp.confidence import CALIBRATION_FILE, load_calibration

    return load_calibration(Path(path) if path else repo_data_dir() / CALIBRATION_FILE)
