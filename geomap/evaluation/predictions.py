"""Write predicted mentions as GeoJSON, in the ``mentions.geojson`` contract.

Plain :mod:`json`, RFC 7946: a ``FeatureCollection`` of ``Feature``s whose
geometry is a ``Point`` ``[lon, lat]`` or ``null`` for an unresolved mention.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geomap.errors import EvaluationError
from geomap.records import Mention
from geomap.serialize import mention_feature


def predictions_geojson(mentions: Iterable[Mention]) -> dict[str, Any]:
    """Return a GeoJSON FeatureCollection of the mentions, in the given order."""
    return {"type": "FeatureCollection", "features": [mention_feature(m) for m in mentions]}


def write_predictions(path: str | Path, mentions: Iterable[Mention]) -> Path:
    """Write the mentions to ``path`` as GeoJSON (UTF-8), whole or not at all; return the path.

    Raises
    ------
    EvaluationError
        When the file cannot be written.
    """
    p = Path(path)
    # Written beside it and renamed over it: a run cut off (or a full disk) leaves the
    # previous file whole, never half of a new one.
    staged = p.with_name(f".{p.name}.geomap-tmp-{os.getpid()}")
    try:
        with staged.open("w", encoding="utf-8") as fh:
            json.dump(predictions_geojson(mentions), fh, ensure_ascii=False, allow_nan=False)
            fh.write("\n")
        os.replace(staged, p)
    except OSError as exc:
        raise EvaluationError(f"{p}: cannot write predictions: {exc}") from exc
    finally:
        staged.unlink(missing_ok=True)
    return p
