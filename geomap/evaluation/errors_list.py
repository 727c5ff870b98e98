"""The ``--errors`` listing: misses, false positives and wrong resolutions."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from geomap.evaluation.corpus import GoldToponym
from geomap.records import Mention


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold toponym no prediction overlaps."""

    article: str
    start: int
    end: int
    text: str
    type: str | None


@dataclass(frozen=True, slots=True)
class FalsePositive:
    """A predicted mention that overlaps no gold toponym."""

    article: str
    start: int
    end: int
    text: str
    place_id: str | None
    name: str | None
    located_by: str | None = None


@dataclass(frozen=True, slots=True)
class WrongResolution:
    """A gold toponym with coordinates resolved more than 161 km away, or not at all.

    ``error_km`` is ``None`` and the place fields are ``None`` when the
    matched mention is unresolved. ``text`` is the gold text, ``predicted_text``
    the matched mention's text (they differ on partial overlaps).
    """

    article: str
    start: int
    end: int
    text: str
    predicted_text: str
    place_id: str | None
    name: str | None
    country_code: str | None
    feature_type: str | None
    gold_lat: float | None
    gold_lon: float | None
    gold_geonameid: str | None
    error_km: float | None
    located_by: str | None = None

    @classmethod
    def of(
        cls, article: str, gold: GoldToponym, mention: Mention, error_km: float | None
    ) -> WrongResolution:
        """Build the entry for ``gold`` resolved through ``mention``."""
        place = mention.place
        return cls(
            article=article,
            start=gold.start,
            end=gold.end,
            text=gold.text,
            predicted_text=mention.text,
            place_id=None if place is None else place.place_id,
            name=None if place is None else place.name,
            country_code=None if place is None else place.country_code,
            feature_type=None if place is None else place.feature_type,
            gold_lat=gold.lat,
            gold_lon=gold.lon,
            gold_geonameid=gold.geonameid,
            error_km=error_km,
            located_by=mention.located_by,
        )


@dataclass(frozen=True, slots=True)
class ErrorListing:
    """All errors of one run, each list in document order."""

    misses: tuple[Miss, ...]
    false_positives: tuple[FalsePositive, ...]
    wrong_resolutions: tuple[WrongResolution, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "misses": [asdict(m) for m in self.misses],
            "false_positives": [asdict(f) for f in self.false_positives],
            "wrong_resolutions": [asdict(w) for w in self.wrong_resolutions],
        }
