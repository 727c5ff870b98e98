"""Print a ``GEOMAP_PROBE`` log (``bench/cpu_probe``): each process's events and sums.

    .venv/bin/python bench/cpu_timeline.py /tmp/run.log

Each line: pid, ``main``, ``wrk`` (a parsing process) or ``other`` (the
resource tracker), seconds since the first event, the process's
CPU seconds so far, the event.  Sums: calls, thread CPU, wall, first and last
call (seconds since the first event).  Last, the CPU of the writing process, of
each worker and of the whole run.  An empty log (the run never started, or the
probe was not on ``PYTHONPATH``) says so; a line cut short (a process killed
while writing it) is skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def records(text: str) -> list[dict[str, Any]]:
    """The log's events, in order; blank lines and lines cut short are left out."""
    found = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and {"pid", "ev", "wall", "cpu"} <= rec.keys():
            found.append(rec)
    return found


def timeline(recs: list[dict[str, Any]]) -> list[str]:
    """The lines :func:`main` prints for ``recs`` (one line saying so when there are none)."""
    if not recs:
        return ["no events in the log (was bench/cpu_probe first on PYTHONPATH?)"]
    lines = []
    t0 = min(r["wall"] for r in recs)
    main_pid = recs[0]["pid"]
    loading = {r["pid"] for r in recs if r["ev"] == "worker_init:start"}
    last_cpu: dict[int, float] = {}
    children = None
    for r in recs:
        who = "main" if r["pid"] == main_pid else "wrk" if r["pid"] in loading else "other"
        head = f"{r['pid']:>8} {who:5} {r['wall'] - t0:8.2f} cpu {r['cpu']:7.2f}"
        last_cpu[r["pid"]] = max(last_cpu.get(r["pid"], 0.0), r["cpu"])
        if r["ev"] == "acc":
            lines.append(f"{head} sums")
            for name, (n, tcpu, wall, first, last) in r.get("acc", {}).items():
                lines.append(
                    f"{'':14}{name:22} n={n:5} cpu={tcpu:7.2f} wall={wall:7.2f} "
                    f"first={first - t0:7.2f} last={last - t0:7.2f}"
                )
            continue
        if r["ev"] == "main_exit":
            children = r["children"]
        lines.append(f"{head} {r['ev']}")
    lines.append(f"writing process CPU {last_cpu[main_pid]:.2f} s")
    for pid, c in last_cpu.items():
        if pid in loading:
            lines.append(f"worker {pid} CPU at its exit {c:.2f} s")
    if children is not None:
        lines.append(f"children (workers, waited for) CPU {children:.2f} s")
        lines.append(f"run CPU {last_cpu[main_pid] + children:.2f} s")
    return lines


def main(argv: list[str] | None = None) -> None:
    """Print the log named on the command line."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit("usage: cpu_timeline.py LOG")
    for line in timeline(records(Path(args[0]).read_text(encoding="utf-8"))):
        print(line)


if __name__ == "__main__":
    main()
