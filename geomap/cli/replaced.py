"""What a ``geomap map`` run replaced: the previous outputs of its folder, in one line.

Replacing is what a second run into the same ``-o`` does (atomically:
:mod:`geomap.outdir`); the line says so, from the previous run's ``report.json``,
so earlier results are not lost without a word.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from geomap.outdir import MARKER


def previous_outputs(folder: Path, shown: str, now: dt.datetime | None = None) -> str | None:
    """``"replaced the previous outputs in out/study (60 articles, written 12:53)"``.

    Parameters
    ----------
    folder
        The output folder, read before the new outputs are swapped in.
    shown
        How the user named it (``-o`` as given).
    now
        The current local time (a test's); the day is said when it is not today's.

    Returns
    -------
    str or None
        ``None`` when the folder holds no earlier geomap outputs (new or empty).
        Without a readable ``report.json`` the line says only what was replaced.
    """
    if not (folder / MARKER).is_file():
        return None
    facts = _report_facts(folder / "report.json", now or dt.datetime.now().astimezone())
    return f"replaced the previous outputs in {shown}" + (f" ({facts})" if facts else "")


def _report_facts(report: Path, now: dt.datetime) -> str:
    """How many articles the report's run processed, and when it wrote them."""
    try:
        data: Any = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    if not isinstance(data, dict):
        return ""
    facts = []
    totals = data.get("totals")
    ok = totals.get("ok") if isinstance(totals, dict) else None
    if isinstance(ok, int) and not isinstance(ok, bool):
        facts.append(f"{ok} article{'' if ok == 1 else 's'}")
    try:
        written = dt.datetime.fromisoformat(str(data.get("created"))).astimezone(now.tzinfo)
    except (TypeError, ValueError, OverflowError):
        written = None
    if written is not None:
        day = "" if written.date() == now.date() else f"{written:%Y-%m-%d} "
        facts.append(f"written {day}{written:%H:%M}")
    return ", ".join(facts)
