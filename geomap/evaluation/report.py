"""Plain-text rendering of an :class:`~geomap.evaluation.results.EvaluationResult`."""

from __future__ import annotations

from geomap.evaluation.errors_list import ErrorListing
from geomap.evaluation.metrics import MAX_ERROR_KM
from geomap.evaluation.results import EvaluationResult, RecognitionMetrics
from geomap.sanitize import quoted


def _num(value: float | None, fmt: str = ".3f") -> str:
    return "-" if value is None else format(value, fmt)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Left-align the first column, right-align the others."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = []
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        out.append("  ".join(cells).rstrip())
    return out


def _recognition(rec: RecognitionMetrics) -> list[str]:
    rows = [
        [name, _num(p.precision), _num(p.recall), _num(p.f1), str(p.tp), str(p.fp), str(p.fn)]
        for name, p in (("exact", rec.exact), ("overlap", rec.overlap))
    ]
    lines = ["Recognition", *_table(["match", "P", "R", "F1", "TP", "FP", "FN"], rows)]
    if rec.by_type:
        rows = [
            [t.type, str(t.gold), _num(t.recall_exact), _num(t.recall_overlap)] for t in rec.by_type
        ]
        lines += ["", "Recall by gold type"]
        lines += _table(["type", "gold", "R exact", "R overlap"], rows)
    return lines


def render_text(result: EvaluationResult) -> str:
    """Render the result as aligned plain-text tables (the default CLI output)."""
    lines = [
        f"geomap evaluate: {result.corpus or 'gold'} ({result.mode}, split {result.split}, "
        f"{result.documents} documents)",
        f"gold toponyms {result.gold_toponyms} ({result.gold_with_coords} with coordinates), "
        f"predicted mentions {result.predicted}",
        "",
    ]
    if result.recognition is not None:
        lines += [*_recognition(result.recognition), ""]
    res = result.resolution
    scope = "gold spans" if result.mode == "gold-spans" else "found spans"
    lines.append(
        f"Resolution on {scope} with gold coordinates: n={res.n}, resolved {res.resolved}, "
        f"unresolved {res.unresolved}"
        + (f"; not found {result.not_found}" if result.mode == "end-to-end" else "")
    )
    rows = [
        [
            f"all (unresolved = {MAX_ERROR_KM:,.0f} km)",
            _num(res.acc161),
            _num(res.mean_km, ".1f"),
            _num(res.median_km, ".1f"),
            _num(res.auc),
        ],
        [
            "resolved only",
            _num(res.acc161_resolved),
            _num(res.mean_km_resolved, ".1f"),
            _num(res.median_km_resolved, ".1f"),
            _num(res.auc_resolved),
        ],
    ]
    lines += _table(["population", "Acc@161", "mean km", "median km", "AUC"], rows)
    if result.area is not None:
        area = result.area
        lines.append(
            f"Area-aware accuracy (a country, admin-1 unit or region is right when the gold "
            f"point is inside it): {_num(area.rate)} ({area.correct}/{area.n}; "
            f"{area.by_area} right by the polygon only)"
        )
    geo = result.geonames
    lines.append(f"GeoNames id exact match: {_num(geo.rate)} ({geo.exact}/{geo.compared} compared)")
    if result.errors is not None:
        lines += ["", *render_errors(result.errors)]
    return "\n".join(lines) + "\n"


def _by(located_by: str | None) -> str:
    """A marker for a place found by the article's focus rather than by the name."""
    return " [placed at the article's focus]" if located_by == "focus" else ""


def render_errors(listing: ErrorListing) -> list[str]:
    """Render the error listing, one line per error."""
    lines = [f"Misses ({len(listing.misses)})"]
    lines += [
        f"  {m.article} [{m.start}:{m.end}] {quoted(m.text)} type={m.type or '-'}"
        for m in listing.misses
    ]
    lines.append(f"False positives ({len(listing.false_positives)})")
    lines += [
        f"  {f.article} [{f.start}:{f.end}] {quoted(f.text)} -> {f.name or '(unresolved)'}"
        f" ({f.place_id or '-'}){_by(f.located_by)}"
        for f in listing.false_positives
    ]
    lines.append(f"Wrong resolutions ({len(listing.wrong_resolutions)})")
    for w in listing.wrong_resolutions:
        chosen = (
            "(unresolved)"
            if w.place_id is None
            else f"{w.name} ({w.place_id}, {w.country_code or '-'}, {w.feature_type})"
            + _by(w.located_by)
        )
        lines.append(
            f"  {w.article} [{w.start}:{w.end}] {quoted(w.text)} -> {chosen}; "
            f"gold ({w.gold_lat}, {w.gold_lon}) geonameid={w.gold_geonameid or '-'}; "
            + ("unresolved" if w.error_km is None else f"error {w.error_km:.1f} km")
        )
    return lines
