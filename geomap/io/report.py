"""``report.json``: every input with its status, counts, model, gazetteer and timings."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import geomap
from geomap.io.base import Finished, Writer
from geomap.metadata import metadata_fields
from geomap.serialize import status_record

if TYPE_CHECKING:
    from geomap.result import Result
    from geomap.runstore import RunStore

#: Every status an input can have (see :class:`geomap.records.InputStatus`).
STATUSES = ("ok", "empty", "skipped", "error")


def build_report(result: Result, store: RunStore | None, outputs: dict[str, str]) -> dict[str, Any]:
    """Return the run report as a JSON-ready dict."""
    by_status = {k: sum(1 for s in result.statuses if s.status == k) for k in STATUSES}
    totals = store.totals() if store is not None else dict(result.totals)
    info: dict[str, dict[str, str]] = {}
    if store is not None:
        info = dict(zip(store.articles, store.metadata, strict=True))
    languages: dict[str, int] = {}
    not_mapped: dict[str, int] = {}
    for s in result.statuses:
        if s.status == "ok" or s.language:
            code = s.language or "unknown"
            languages[code] = languages.get(code, 0) + 1
            if s.status == "skipped":
                not_mapped[code] = not_mapped.get(code, 0) + 1
    return {
        "geomap_version": geomap.__version__,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "settings": asdict(result.settings),
        "spacy_model": dict(result.model),
        "gazetteer": dict(result.gazetteer),
        "totals": {
            "inputs": len(result.statuses),
            "ok": by_status["ok"],
            "errors": by_status["error"],
            "empty": by_status["empty"],
            "skipped": by_status["skipped"],
            **totals,
            "languages": dict(sorted(languages.items(), key=lambda kv: -kv[1])),
            "languages_not_mapped": dict(sorted(not_mapped.items(), key=lambda kv: -kv[1])),
        },
        "inputs": [
            {**status_record(s), **metadata_fields(info.get(s.article_id or ""))}
            if s.status == "ok"
            else status_record(s)
            for s in result.statuses
        ],
        "timings": dict(result.timings),
        "outputs": outputs,
    }


class ReportJSON(Writer):
    """``report.json`` (written last: it lists the other outputs)."""

    filename = "report.json"

    def finish(self, run: Finished) -> None:
        """Write the report."""
        report = build_report(run.result, run.store, run.outputs)
        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        self.path.write_text(text, encoding="utf-8")
