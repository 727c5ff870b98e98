"""``report.json``: every input with its status, counts, model, gazetteer and timings."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geomap

#: Every status an input can have (see :class:`geomap.records.InputStatus`).
STATUSES = ("ok", "empty", "skipped", "error")

if TYPE_CHECKING:
    from geomap.run import RunResult


def build_report(result: RunResult, outputs: dict[str, Path]) -> dict[str, Any]:
    """Return the run report as a JSON-ready dict."""
    resolved = sum(1 for m in result.mentions if m.place is not None)
    places = {m.place.place_id for m in result.mentions if m.place is not None}
    by_status = {k: sum(1 for s in result.statuses if s.status == k) for k in STATUSES}
    return {
        "geomap_version": geomap.__version__,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "settings": asdict(result.settings),
        "spacy_model": result.model,
        "gazetteer": result.gazetteer,
        "totals": {
            "inputs": len(result.statuses),
            "ok": by_status["ok"],
            "errors": by_status["error"],
            "empty": by_status["empty"],
            "skipped": by_status["skipped"],
            "mentions": len(result.mentions),
            "resolved": resolved,
            "unresolved": len(result.mentions) - resolved,
            "placed_at_focus": sum(1 for m in result.mentions if m.located_by == "focus"),
            "places": len(places),
        },
        "inputs": [
            {
                "source": s.source,
                "article_id": s.article_id,
                "status": s.status,
                "reason": s.reason,
                "mentions": s.mentions,
                "resolved": s.resolved,
                "warnings": list(s.warnings),
            }
            for s in result.statuses
        ],
        "timings": result.timings,
        "outputs": {name: path.name for name, path in outputs.items()},
    }


def write_report(report: dict[str, Any], path: Path) -> Path:
    """Write the report as indented UTF-8 JSON."""
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
