"""``claims.csv``: one row per claim, written as each article arrives.

UTF-8 with a byte-order mark (so Excel reads it as UTF-8), a header, RFC 4180 quoting;
``lon``/``lat`` of the place and the article's metadata on every row.  The columns are the place's
(:func:`geomap.serialize.place_fields`) and the claim's
(:func:`geomap.serialize.claim_record`); a list becomes ``"a; b"``.  A text cell
that a spreadsheet would read as a formula gets a leading ``'``
(:func:`geomap.sanitize.spreadsheet_cell`); numbers stay numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

from geomap.claim_records import claim_records
from geomap.io.base import Finished, WriteOptions, Writer
from geomap.metadata import OUTPUT_FIELDS
from geomap.records import ArticleResult, Claim, Place
from geomap.sanitize import spreadsheet_cell
from geomap.serialize import claim_record, place_fields

CLAIM_COLUMNS: tuple[str, ...] = (
    "place_id", "name", "feature_type", "country_code", "geonameid", "source",
    "article", "sentence", "sentence_start", "sentence_end",
    "mention", "mention_start", "mention_end",
    "speaker", "speaker_role", "speaker_kind", "speaker_entity", "verb", "verb_lemma",
    "speaker_start",
    "speaker_end", "role", "confidence", "reason", "context_names",
    "lon", "lat", *OUTPUT_FIELDS,
)  # fmt: skip


def claim_row(
    claim: Claim,
    place: Place | None,
    article: Mapping[str, str] | None = None,
    record: Mapping[str, Any] | None = None,
    cells: dict[str, object] | None = None,
) -> dict[str, Any]:
    """One ``claims.csv`` row: place, claim and article fields, lists joined, cells neutralised.

    ``record``: the claim's :func:`~geomap.serialize.claim_record`, if already made.
    ``cells``: texts already neutralised (:func:`~geomap.sanitize.spreadsheet_cell`),
    filled here: the rows of one article repeat its metadata, places and sentences.
    """
    if record is None:
        record = claim_record(claim, article)
    row = {**place_fields(place), **record}
    row["lon"] = None if place is None else place.lon
    row["lat"] = None if place is None else place.lat
    if place is None:
        row["place_id"] = claim.place_id
        row["geonameid"] = int(claim.place_id) if claim.place_id.isdigit() else None
    out: dict[str, Any] = {}
    for key in CLAIM_COLUMNS:
        value = row.get(key)
        if value is None:
            out[key] = ""
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        if not isinstance(value, str):
            out[key] = value
        elif cells is None:
            out[key] = spreadsheet_cell(value)
        else:
            cell = cells.get(value)
            out[key] = cells.setdefault(value, spreadsheet_cell(value)) if cell is None else cell
    return out


class ClaimsCSV(Writer):
    """``claims.csv``."""

    filename = "claims.csv"

    def __init__(self, path: Path, options: WriteOptions) -> None:
        super().__init__(path, options)
        # UTF-8 with a byte-order mark: Excel then reads it as UTF-8, not Windows-1252
        self._fh: TextIO = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._fh)  # rows are written in CLAIM_COLUMNS' order
        self._writer.writerow(CLAIM_COLUMNS)

    def add(self, item: ArticleResult) -> None:
        """Write the article's claims."""
        places = {m.place.place_id: m.place for m in item.mentions if m.place is not None}
        cells: dict[str, object] = {}  # the article's texts, each neutralised once
        for claim, record in zip(item.claims, claim_records(item), strict=True):
            row = claim_row(claim, places.get(claim.place_id), item.metadata, record, cells)
            self._writer.writerow(row.values())

    def finish(self, run: Finished) -> None:
        """Close the file."""
        self._fh.close()

    def close(self) -> None:
        """Close the file."""
        self._fh.close()


def write_claims_csv(
    claims: Iterable[Claim],
    path: Path,
    places: Mapping[str, Place] | None = None,
    articles: Mapping[str, Mapping[str, str]] | None = None,
) -> Path:
    """Write claims to a CSV file (the same rows as ``claims.csv``)."""
    known = dict(places or {})
    info = articles or {}
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CLAIM_COLUMNS)
        writer.writeheader()
        for claim in claims:
            row = claim_row(claim, known.get(claim.place_id), info.get(claim.article_id))
            writer.writerow(row)
    return path
