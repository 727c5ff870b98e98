"""Plain-text formatting of gazetteer candidates for the command line."""

from __future__ import annotations

from collections.abc import Sequence

from geomap.records import Candidate

_COLUMNS = ("place_id", "name", "type", "cc", "admin1", "population", "lon", "lat", "match")


def candidates_table(cands: Sequence[Candidate]) -> str:
    """Return candidates as an aligned text table (one row per candidate)."""
    rows = [
        (
            c.place.place_id,
            c.place.name,
            c.place.feature_type,
            c.place.country_code or "",
            c.place.admin1 or "",
            str(c.place.population),
            f"{c.place.lon:.4f}",
            f"{c.place.lat:.4f}",
            c.match,
        )
        for c in cands
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(_COLUMNS)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(_COLUMNS, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)
