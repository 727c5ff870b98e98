"""``report.json``: every input with its status, counts, model, gazetteer and timings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import geomap
from geomap.io.base import Finished, Writer, dump_indented
from geomap.metadata import metadata_fields
from geomap.serialize import status_record

if TYPE_CHECKING:
    from geomap.result import Result
    from geomap.runstore import RunStore

#: Every status an input can have (see :class:`geomap.records.InputStatus`).
STATUSES = ("ok", "empty", "skipped", "error")


def build_report(result: Result, store: RunStore | None, outputs: dict[str, str]) -> dict[str, Any]:
    """Return the run report as a JSON-ready dict."""
    return {**report_head(result, store, outputs), "inputs": list(report_inputs(result, store))}


def report_head(result: Result, store: RunStore | None, outputs: dict[str, str]) -> dict[str, Any]:
    """The run report with ``inputs`` empty (:func:`report_inputs` gives them)."""
    by_status = {k: sum(1 for s in result.statuses if s.status == k) for k in STATUSES}
    totals = store.totals() if store is not None else dict(result.totals)
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
            "reused": result.reused,
            "languages": dict(sorted(languages.items(), key=lambda kv: -kv[1])),
            "languages_not_mapped": dict(sorted(not_mapped.items(), key=lambda kv: -kv[1])),
        },
        "inputs": [],
        "timings": dict(result.timings),
        "outputs": outputs,
    }


def report_inputs(result: Result, store: RunStore | None) -> Iterator[dict[str, Any]]:
    """Every input's line of the report, in input order (a processed one with its metadata)."""
    info: dict[str, dict[str, str]] = {}
    if store is not None:
        info = dict(zip(store.articles, store.metadata, strict=True))
    for s in result.statuses:
        if s.status == "ok":
            yield {**status_record(s), **metadata_fields(info.get(s.article_id or ""))}
        else:
            yield status_record(s)


class ReportJSON(Writer):
    """``report.json`` (written last: it lists the other outputs)."""

    filename = "report.json"

    def finish(self, run: Finished) -> None:
        """Write the report, its inputs streamed (as many as the run has)."""
        head = report_head(run.result, run.store, run.outputs)
        if run.files:  # "outputs" names one file per format; five for geoparquet
            head["files"] = list(run.files)
        with self.path.open("w", encoding="utf-8") as fh:
            dump_indented(fh, head, "inputs", report_inputs(run.result, run.store))
            fh.write("\n")
