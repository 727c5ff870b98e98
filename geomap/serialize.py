"""One serialiser per record: the only place a record becomes a dict, and back.

Every writer (GeoJSON, CSV, JSON, the map, GeoParquet parts), the frames, the
evaluator's predictions and the test fixtures go through these functions, so
a field added to a record is added here once.  Geometry is GeoJSON order
``[lon, lat]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from geomap.dates import day_of
from geomap.language import SPEAKER_LANGUAGES
from geomap.metadata import metadata_fields
from geomap.records import Claim, InputStatus, Mention, Place, Speaker

#: The kind of a claim without a speaker: the article's own narrative.
JOURNALIST = "journalist"
#: The kind of a claim without a speaker in a language geomap finds no speakers in: whether
#: anyone is quoted was not analysed (not the journalist's own words, as far as geomap knows).
NOT_ANALYSED = "not analysed"


def point(place: Place | None) -> dict[str, Any] | None:
    """GeoJSON Point of a place (``None`` when unresolved)."""
    return None if place is None else {"type": "Point", "coordinates": [place.lon, place.lat]}


def geonameid(place: Place | None) -> int | None:
    """The place's GeoNames id as an integer, a stable key to join on; ``None`` for others.

    ``place_id`` is the GeoNames id as text for a GeoNames entry ("703883") and a
    prefixed id for the others ("curated:kashmir", "ne:marine:taiwan-strait").

    >>> from geomap.records import Place
    >>> geonameid(Place("703883", "Crimea", "admin1", "UA", None, 0, 34.0, 45.0, "geonames"))
    703883
    >>> geonameid(Place("curated:kashmir", "Kashmir", "region", None, None, 0, 75, 34, "curated"))
    """
    pid = None if place is None else place.place_id
    return int(pid) if pid and pid.isascii() and pid.isdigit() else None


def place_fields(place: Place | None) -> dict[str, Any]:
    """The place columns every per-mention and per-claim record carries.

    ``geonameid`` (:func:`geonameid`) and ``source`` (``"geonames"``, ``"naturalearth"``,
    ``"curated"``) follow the name, type and country.
    """
    return {
        "place_id": None if place is None else place.place_id,
        "name": None if place is None else place.name,
        "feature_type": None if place is None else place.feature_type,
        "country_code": None if place is None else place.country_code,
        "geonameid": geonameid(place),
        "source": None if place is None else place.source,
    }


def place_record(place: Place) -> dict[str, Any]:
    """A place's own properties (``places.geojson``, the places frame)."""
    return {
        **place_fields(place),
        "feature_code": place.feature_code,
        "admin1": place.admin1,
        "members": list(place.members),
    }


def place_summary(
    place: Place,
    *,
    mentions: int,
    claims: int,
    articles: list[str],
    confidence: float,
    originals: int | None = None,
) -> dict[str, Any]:
    """A place with its counts and coordinates (``places.geojson``, the places layer and frame).

    ``lon`` and ``lat`` are the geometry's, GeoJSON order, for a spreadsheet;
    ``claim_count`` is every claim about the place (a map or frame may carry fewer);
    ``original_article_count`` (``originals``) the articles whose text is their own,
    copies of an earlier article's text (``copy_of``) left out: a wire story fifty
    outlets ran counts once.
    """
    return {
        **place_record(place),
        "mention_count": mentions,
        "claim_count": claims,
        "article_count": len(articles),
        "original_article_count": len(articles) if originals is None else originals,
        "confidence": round(confidence, 4),
        "articles": articles,
        "lon": place.lon,
        "lat": place.lat,
    }


def unsourced_kind(article: Mapping[str, str] | None) -> str:
    """The kind of a claim without a speaker: the journalist's own (``"journalist"``).

    :data:`NOT_ANALYSED` in an article whose language geomap finds no speakers in
    (``article``'s ``language``, :data:`geomap.language.SPEAKER_LANGUAGES`).
    """
    language = (article or {}).get("language")
    return JOURNALIST if not language or language in SPEAKER_LANGUAGES else NOT_ANALYSED


def speaker_fields(
    speaker: Speaker | None, article: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Who says it: the clean name, role, kind, entity and verb of saying (lemma too).

    A claim without a speaker is the journalist's own: ``speaker_kind`` is
    ``"journalist"`` and the other fields are ``None``, never a guessed name;
    in an article whose language geomap finds no speakers in (``article``'s
    ``language``, :data:`geomap.language.SPEAKER_LANGUAGES`) ``speaker_kind`` is
    :data:`NOT_ANALYSED` and the other fields are ``None``.
    """
    if speaker is None:
        kind = unsourced_kind(article)
        return {
            "speaker": None, "speaker_role": None, "speaker_kind": kind,
            "speaker_entity": None, "verb": None, "verb_lemma": None,
        }  # fmt: skip
    return {
        "speaker": speaker.name,
        "speaker_role": speaker.role or None,
        "speaker_kind": speaker.kind or None,
        "speaker_entity": speaker.entity or None,
        "verb": speaker.verb or None,
        "verb_lemma": speaker.lemma or None,
    }


def mention_record(mention: Mention, article: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One mention's properties (``mentions.geojson``, predictions, the mentions frame).

    ``article`` is the article's metadata: its title, outlet, published date,
    url, author and language follow the mention's fields (``None`` when unknown).
    """
    return {
        "article": mention.article_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "sentence": mention.sentence,
        "sentence_start": mention.sentence_start,
        **place_fields(mention.place),
        "confidence": mention.confidence,
        **speaker_fields(mention.speaker, article),
        "role": mention.role,
        "located_by": mention.located_by,
        "reason": mention.reason or None,
        **metadata_fields(article),
    }


def mention_feature(mention: Mention, article: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One mention as a GeoJSON Feature."""
    return {
        "type": "Feature",
        "geometry": point(mention.place),
        "properties": mention_record(mention, article),
    }


def dated_mention_feature(mention: Mention, article: Mapping[str, str] | None) -> dict[str, Any]:
    """One mention as a Feature of ``mentions.geojson``: :func:`mention_feature`, dated.

    Its properties end with ``published_date``, as the GeoPackage's ``mentions`` layer's
    do: the day ``published`` names, else null.  GDAL (QGIS, geopandas) types a GeoJSON
    property by its values, so ``published`` reads as a date only while every article
    gives a whole day (``2024-03`` makes it text); ``published_date`` is one in both files.
    """
    feature = mention_feature(mention, article)
    props = feature["properties"]
    props["published_date"] = day_of(props.get("published"))
    return feature


def claim_record(claim: Claim, article: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One claim: what an article says about a place, who says it, and where it was published.

    The same dict is a claim in ``places.geojson``, a row of ``claims.csv``
    (with :func:`place_fields`), and a claim in ``comparison.json``; ``article``
    is the article's metadata (title, outlet, published, url, author, language).
    """
    return claim_fields(claim, article, metadata_fields(article))


def claim_fields(
    claim: Claim, article: Mapping[str, str] | None, columns: Mapping[str, str | None]
) -> dict[str, Any]:
    """:func:`claim_record`, the article's metadata columns given (:func:`metadata_fields`)."""
    speaker = claim.speaker
    offset = claim.mention_start - claim.start
    length = claim.mention_end - claim.mention_start
    mention = claim.sentence[offset : offset + length] if offset >= 0 and length > 0 else ""
    return {
        "article": claim.article_id,
        "sentence": claim.sentence,
        "sentence_start": claim.start,
        "sentence_end": claim.end,
        "mention": mention,
        "mention_start": claim.mention_start,
        "mention_end": claim.mention_end,
        **speaker_fields(speaker, article),
        "speaker_start": None if speaker is None else speaker.start,
        "speaker_end": None if speaker is None else speaker.end,
        "role": claim.role,
        "confidence": round(claim.confidence, 4),
        "reason": claim.reason or None,
        "context_names": list(claim.context_names),
        **columns,
    }


def status_record(status: InputStatus) -> dict[str, Any]:
    """One input's line in ``report.json``."""
    return {
        "source": status.source,
        "article_id": status.article_id,
        "status": status.status,
        "reason": status.reason,
        "mentions": status.mentions,
        "resolved": status.resolved,
        "warnings": list(status.warnings),
        "notes": list(status.notes),
        "language": status.language,
    }


def status_from_record(record: Mapping[str, Any]) -> InputStatus:
    """The inverse of :func:`status_record`."""
    return InputStatus(
        source=str(record["source"]),
        article_id=record.get("article_id"),
        status=record["status"],
        reason=record.get("reason"),
        mentions=int(record.get("mentions", 0)),
        resolved=int(record.get("resolved", 0)),
        warnings=tuple(record.get("warnings", ())),
        notes=tuple(record.get("notes", ())),
        language=record.get("language"),
    )


def pair_record(
    a: str,
    b: str,
    similarity: float | None,
    claim_a: Any,
    claim_b: Any,
    evidence: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Two articles' claims about one place that tell the same event (``comparison.json``, the map).

    ``similarity`` (the sentences' TF-IDF cosine) and ``evidence`` (why the two are
    the same event: :meth:`geomap.claims.sameevent.Evidence.to_dict`) are ``None``
    for claims paired by place across two languages.
    """
    return {
        "a": a,
        "b": b,
        "similarity": None if similarity is None else round(similarity, 4),
        "evidence": evidence,
        "claim_a": claim_a,
        "claim_b": claim_b,
    }
