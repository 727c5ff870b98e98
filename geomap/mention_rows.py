"""A mention as one flat row and back, every field kept (GeoParquet parts, the GeoPackage).

:func:`mention_row` is :func:`geomap.serialize.mention_record` plus what that leaves
out; :func:`mention_from_row` is its inverse (a Dask run's parts read back).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from geomap.records import Mention, Place, Speaker
from geomap.serialize import mention_record


def mention_row(mention: Mention, article: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every field of a mention, flat (no nesting), for a lossless round trip.

    :func:`mention_record` plus what it leaves out: the label, the sentence's
    number, the speaker's offsets and the rest of the place.  ``article``: the
    article's metadata, as :func:`mention_record` reads it.
    """
    p, s = mention.place, mention.speaker
    return {
        **mention_record(mention, article),
        "sentence_index": mention.sentence_index,
        "label": mention.label,
        "speaker_start": None if s is None else s.start,
        "speaker_end": None if s is None else s.end,
        "verb_start": None if s is None else s.verb_start,
        "verb_end": None if s is None else s.verb_end,
        "speaker_phrase": None if s is None else s.phrase,
        "admin1": None if p is None else p.admin1,
        "population": None if p is None else p.population,
        "lon": None if p is None else p.lon,
        "lat": None if p is None else p.lat,
        "source": None if p is None else p.source,
        "feature_code": None if p is None else p.feature_code,
        "admin1_code": None if p is None else p.admin1_code,
        "members": None if p is None else " ".join(p.members),
        "has_shape": None if p is None else p.has_shape,
    }


def _opt(value: Any) -> Any:
    """``None`` for missing values (``None``, NaN, pandas NA)."""
    if value is None:
        return None
    try:
        if value != value:  # NaN
            return None
    except (TypeError, ValueError):  # pandas NA refuses comparison
        return None
    return value


def _int_or(value: Any, default: int) -> int:
    value = _opt(value)
    return default if value is None else int(value)


def mention_from_row(row: Mapping[str, Any]) -> Mention:
    """The inverse of :func:`mention_row`."""
    place = None
    if _opt(row.get("place_id")) is not None:
        place = Place(
            place_id=str(row["place_id"]),
            name=str(row["name"]),
            feature_type=str(row["feature_type"]),
            country_code=_opt(row.get("country_code")),
            admin1=_opt(row.get("admin1")),
            population=int(row["population"]),
            lon=float(row["lon"]),
            lat=float(row["lat"]),
            source=str(row["source"]),
            feature_code=str(_opt(row.get("feature_code")) or ""),
            admin1_code=_opt(row.get("admin1_code")),
            members=tuple(str(_opt(row.get("members")) or "").split()),
            has_shape=bool(row["has_shape"]),
        )
    speaker = None
    if _opt(row.get("speaker")) is not None:
        speaker = Speaker(
            str(row["speaker"]),
            int(row["speaker_start"]),
            int(row["speaker_end"]),
            role=str(_opt(row.get("speaker_role")) or ""),
            kind=str(_opt(row.get("speaker_kind")) or ""),
            verb=str(_opt(row.get("verb")) or ""),
            lemma=str(_opt(row.get("verb_lemma")) or ""),
            verb_start=_int_or(row.get("verb_start"), -1),
            verb_end=_int_or(row.get("verb_end"), -1),
            phrase=str(_opt(row.get("speaker_phrase")) or ""),
            entity=str(_opt(row.get("speaker_entity")) or ""),
        )
    return Mention(
        article_id=str(row["article"]),
        start=int(row["start"]),
        end=int(row["end"]),
        text=str(row["text"]),
        sentence=str(row["sentence"]),
        sentence_start=int(row["sentence_start"]),
        place=place,
        confidence=float(row["confidence"]),
        label=str(_opt(row.get("label")) or ""),
        role=str(_opt(row.get("role")) or "literal"),
        speaker=speaker,
        sentence_index=int(row["sentence_index"]),
        located_by=_opt(row.get("located_by")),
        reason=str(_opt(row.get("reason")) or ""),
    )
