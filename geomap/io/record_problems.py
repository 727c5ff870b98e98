"""Bounding what one corpus file can say about its bad records.

A corpus file reports each record it cannot read (a line of bad JSON, an object
with no text, a CSV row over the limit) with its line number.  A file of a
million such records (``{}`` on every line: 3 MB, or 15 KB gzipped) made a
million statuses, each kept for the report, printed on the terminal and written
to ``report.json``: 600 bytes of memory and 50 µs each, 14 GB for a 92 KB
``.json.gz``.  :func:`bounded_problems` lets the first :data:`MAX_RECORD_PROBLEMS`
of a file through and sums up the rest in one status at its end.  A warning that
every record of a file may repeat (a field named by ``--field`` that the records lack,
:data:`ONCE_PER_FILE`) is said on the first record only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from geomap.records import Article, InputStatus
from geomap.setting_names import FIELD_OPENINGS

#: Record problems of one file reported one by one; the rest are counted.
MAX_RECORD_PROBLEMS = 1000
_WHAT = {"error": "not read", "empty": "without text"}
#: What a warning said once per file holds, in either wording (a field named for a column
#: that the records lack: :func:`geomap.io.named_fields.fallback_warnings`).
ONCE_PER_FILE = tuple(f" ({opening}" for opening in FIELD_OPENINGS.values())


def bounded_problems(
    items: Iterable[Article | InputStatus], source: str, limit: int = MAX_RECORD_PROBLEMS
) -> Iterator[Article | InputStatus]:
    """Yield ``items`` (one file's), with its ``error``/``empty`` statuses past ``limit`` counted.

    Articles and other statuses pass unchanged.  When statuses were held back, one
    status (``error`` if any of them was one, else ``empty``) ends the file, saying
    how many of each there were beyond the first ``limit``.

    >>> bad = [InputStatus(f"f:{n}", None, "empty", f"f:{n}: no text") for n in range(5)]
    >>> [s.reason for s in bounded_problems(bad, "f", limit=2)][2]
    'f: 3 more records without text, not listed one by one (the first 2 are)'
    """
    seen = 0
    held: Counter[str] = Counter()
    said: set[str] = set()
    for item in items:
        if isinstance(item, Article) and any(_once(w) for w in item.warnings):
            item = _said_once(item, said)
        if isinstance(item, InputStatus) and item.status in ("error", "empty"):
            seen += 1
            if seen > limit:
                held[item.status] += 1
                continue
        yield item
    if held:
        counts = " and ".join(
            f"{held[status]:,} more record{'' if held[status] == 1 else 's'} {_WHAT[status]}"
            for status in ("error", "empty")
            if held[status]
        )
        yield InputStatus(
            source,
            None,
            "error" if held["error"] else "empty",
            f"{source}: {counts}, not listed one by one (the first {limit:,} are)",
        )


def _said_once(item: Article, said: set[str]) -> Article:
    """``item`` without the :data:`ONCE_PER_FILE` warnings already ``said`` (added to it)."""
    kept = []
    for warning in item.warnings:
        at = _once(warning)
        if at:
            what = warning[at:]  # not the record's place before it
            if what in said:
                continue
            said.add(what)
            warning += " (said once for the file)"
        kept.append(warning)
    return replace(item, warnings=tuple(kept))


def _once(warning: str) -> int:
    """Where ``warning``'s :data:`ONCE_PER_FILE` part begins; 0 if it has none."""
    return next((warning.index(m) for m in ONCE_PER_FILE if m in warning), 0)
