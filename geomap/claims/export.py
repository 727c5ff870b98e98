"""Write claims (``claims.csv``) and the cross-article comparison (``comparison.json``)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from geomap.claims.collect import claims_from_mentions, places_from_mentions
from geomap.claims.compare import Comparison
from geomap.records import Claim, Mention, Place
from geomap.sanitize import spreadsheet_cell

CLAIM_COLUMNS: tuple[str, ...] = (
    "place_id",
    "name",
    "feature_type",
    "country_code",
    "article",
    "sentence",
    "sentence_start",
    "sentence_end",
    "mention_start",
    "mention_end",
    "mention",
    "speaker",
    "speaker_start",
    "speaker_end",
    "role",
    "context_names",
)


def claim_row(claim: Claim, place: Place | None = None) -> dict[str, str | int]:
    """One ``claims.csv`` row; place fields are empty when ``place`` is unknown."""
    offset = claim.mention_start - claim.start
    length = claim.mention_end - claim.mention_start
    mention = claim.sentence[offset : offset + length] if offset >= 0 and length > 0 else ""
    speaker = claim.speaker
    return {
        "place_id": claim.place_id,
        "name": place.name if place else "",
        "feature_type": place.feature_type if place else "",
        "country_code": (place.country_code or "") if place else "",
        "article": claim.article_id,
        "sentence": claim.sentence,
        "sentence_start": claim.start,
        "sentence_end": claim.end,
        "mention_start": claim.mention_start,
        "mention_end": claim.mention_end,
        "mention": mention,
        "speaker": speaker.text if speaker else "",
        "speaker_start": speaker.start if speaker else "",
        "speaker_end": speaker.end if speaker else "",
        "role": claim.role,
        "context_names": "; ".join(claim.context_names),
    }


def write_claims_csv(
    items: Sequence[Claim] | Sequence[Mention],
    path: str | os.PathLike[str],
    *,
    places: Mapping[str, Place] | None = None,
) -> Path:
    """Write one CSV row per claim (UTF-8, header, RFC 4180 quoting).

    Text cells that a spreadsheet would read as a formula (starting with ``=``,
    ``+``, ``-``, ``@``, tab or CR) get a leading ``'``
    (:func:`geomap.sanitize.spreadsheet_cell`); numbers stay numbers.

    Parameters
    ----------
    items
        Claims, or mentions (turned into claims; their places fill the place columns).
    path
        Output file; parent folders are created.
    places
        ``place_id -> Place`` for the name/feature_type/country_code columns
        when ``items`` are claims.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    known: dict[str, Place] = dict(places or {})
    if items and isinstance(items[0], Mention):
        mentions = [m for m in items if isinstance(m, Mention)]
        known = {**places_from_mentions(mentions), **known}
        claims = claims_from_mentions(mentions)
    else:
        claims = [c for c in items if isinstance(c, Claim)]
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CLAIM_COLUMNS, quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        for claim in claims:
            row = claim_row(claim, known.get(claim.place_id))
            writer.writerow({k: spreadsheet_cell(v) for k, v in row.items()})
    return out


def write_comparison_json(comparison: Comparison, path: str | os.PathLike[str]) -> Path:
    """Write ``comparison.to_dict()`` as UTF-8 JSON (non-ASCII kept, indented)."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        json.dump(comparison.to_dict(), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return out
