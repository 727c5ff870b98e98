"""What ``geomap claims`` prints as JSON or CSV: the claims, or their counts (``--by``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import fields

from geomap.claims.tally import PlaceTally, tally_records, tally_text
from geomap.records import Claim, Mention
from geomap.sanitize import spreadsheet_cell


def claims_text(
    mentions: list[Mention] | tuple[Mention, ...],
    claims: list[Claim],
    article_info: dict[str, dict[str, str]],
    as_csv: bool,
) -> str:
    """The claims as JSON (one object per claim, with its place) or as claims.csv's rows.

    Rows end with a line break, not claims.csv's CRLF: a CR reaching the terminal would be
    printed as an escape (:func:`geomap.sanitize.terminal_text`).
    """
    from geomap.claims.collect import places_from_mentions
    from geomap.io.claims_csv import CLAIM_COLUMNS, claim_row
    from geomap.serialize import claim_record, place_fields

    places = places_from_mentions(mentions)
    if as_csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for c in claims:
            writer.writerow(claim_row(c, places.get(c.place_id), article_info.get(c.article_id)))
        return buffer.getvalue()
    rows = [
        {**place_fields(places.get(c.place_id)), **claim_record(c, article_info.get(c.article_id))}
        for c in claims
    ]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def tally_output(
    rows: list[PlaceTally],
    by: str,
    top: int,
    as_json: bool,
    as_csv: bool,
    labels: Mapping[str, str] | None = None,
) -> str:
    """``claims --by``'s counts: a table per group, or every row as JSON or CSV."""
    if as_json:
        return json.dumps(tally_records(rows), ensure_ascii=False, indent=1) + "\n"
    if as_csv:
        buffer = io.StringIO()
        names = [f.name for f in fields(PlaceTally)]
        writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for record in tally_records(rows):  # "=cmd" as an outlet's name stays text
            writer.writerow({k: spreadsheet_cell(v) for k, v in record.items()})
        return buffer.getvalue()
    return tally_text(rows, by, top, labels)
