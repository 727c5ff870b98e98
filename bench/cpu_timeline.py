"""Print a ``GEOMAP_PROBE`` log (``bench/cpu_probe``): each process's events and sums.

    .venv/bin/python bench/cpu_timeline.py /tmp/run.log

Each line: pid, ``main``, ``wrk`` (a parsing process) or ``other`` (the
resource tracker), seconds since the first event, the process's
CPU seconds so far, the event.  Sums: calls, thread CPU, wall, first and last
call (seconds since the first event).  Last, the CPU of the writing process, of
each worker and of the whole run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    """Print the log named on the command line."""
    recs: list[dict[str, Any]] = [
        json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines() if line
    ]
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
            print(f"{head} sums")
            for name, (n, tcpu, wall, first, last) in r["acc"].items():
                print(
                    f"{'':14}{name:22} n={n:5} cpu={tcpu:7.2f} wall={wall:7.2f} "
                    f"first={first - t0:7.2f} last={last - t0:7.2f}"
                )
            continue
        if r["ev"] == "main_exit":
            children = r["children"]
        print(f"{head} {r['ev']}")
    workers = {p: c for p, c in last_cpu.items() if p in loading}
    print(f"writing process CPU {last_cpu[main_pid]:.2f} s")
    for pid, c in workers.items():
        print(f"worker {pid} CPU at its exit {c:.2f} s")
    if children is not None:
        print(f"children (workers, waited for) CPU {children:.2f} s")
        print(f"run CPU {last_cpu[main_pid] + children:.2f} s")


if __name__ == "__main__":
    main()
