"""Where the gazetteer artifact lives, and how to rebuild it."""

from __future__ import annotations

import os
from pathlib import Path

ARTIFACT_NAME = "gazetteer.sqlite"
ENV_VAR = "GEOMAP_DATA"

REBUILD_HINT = (
    "Rebuild it with `make gazetteer` or "
    "`python -m geomap.gazetteer build --sources ../shared/data-sources --out data`."
)


def repo_data_dir() -> Path:
    """Return ``<repo>/data``, found relative to this package.

    An installed geomap (a wheel) carries it as ``geomap/data``.

    Returns
    -------
    Path
        The ``data`` folder.
    """
    installed = Path(__file__).resolve().parents[1] / "data"  # a wheel: geomap/data
    if (installed / ARTIFACT_NAME).exists():
        return installed
    return Path(__file__).resolve().parents[2] / "data"


def default_path() -> Path:
    """Return the default artifact path.

    ``$GEOMAP_DATA`` (a folder holding ``gazetteer.sqlite``, or the file itself)
    wins over ``<repo>/data/gazetteer.sqlite``.

    Returns
    -------
    Path
        Path of the SQLite artifact.
    """
    env = os.environ.get(ENV_VAR)
    if env:
        p = Path(env).expanduser()
        return p if p.suffix == ".sqlite" else p / ARTIFACT_NAME
    return repo_data_dir() / ARTIFACT_NAME
