"""Write predicted mentions as GeoJSON, in the ``mentions.geojson`` contract.

Plain :mod:`json`, RFC 7946: a ``FeatureCollection`` of ``Feature``s whose
geometry is a ``Point`` ``[lon, lat]`` or ``null`` for an unresolved mention.
"""

from __future__ import annotations

import json
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
    """Write the mentions to ``path`` as GeoJSON (UTF-8) and return the path.

    Raises
    ------
    EvaluationError
        When the file cannot be written.
    """
    p = Path(path)
    try:
        with p.open("w", encoding="utf-8") as fh:
            json.dump(predictions_geojson(mentions), fh, ensure_ascii=False, allow_nan=False)
            fh.write("\n")
    except OSError as exc:
        raise EvaluationError(f"{p}: cannot write predictions: {exc}") from exc
    return p
