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


def mention_feature(mention: Mention) -> dict[str, Any]:
    """Return one GeoJSON Feature for a mention (``article`` is the gold document id)."""
    place = mention.place
    geometry = None if place is None else {"type": "Point", "coordinates": [place.lon, place.lat]}
    return {
        "type": "Feature",
        "geometry": geometry,
        "properties": {
            "article": mention.article_id,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "sentence": mention.sentence,
            "sentence_start": mention.sentence_start,
            "place_id": None if place is None else place.place_id,
            "name": None if place is None else place.name,
            "feature_type": None if place is None else place.feature_type,
            "country_code": None if place is None else place.country_code,
            "confidence": mention.confidence,
            "speaker": None if mention.speaker is None else mention.speaker.text,
            "role": mention.role,
            "located_by": mention.located_by,
        },
    }


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
