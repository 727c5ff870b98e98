"""CPU seconds of a ``geomap map`` run by process and by stage, from ``bench/cpu_probe`` logs.

    GEOMAP_PROBE=/tmp/j2.log PYTHONPATH=bench/cpu_probe:. \\
        .venv/bin/python -m geomap map corpus.jsonl -o /tmp/out -q -j 2
    .venv/bin/python bench/cpu_accounts.py /tmp/core.log /tmp/j2.log

One column per log (a run), one row per stage; each process's CPU is split into:

- writing process: ``start`` (to its first article: imports, the pool, the writers'
  preparation), ``language``, ``rules`` (:class:`geomap.stages.RuleStage`: docs restored,
  the rule components, records; one worker only), ``results in`` (the pool's
  manager thread: the results unpickled), ``tasks out`` (the queue's feeder thread:
  the articles pickled), ``writers add``, ``drive, other`` (reading, batching,
  merging), ``finish`` (pool closed, then every writer's finish and the commit);
- each parsing process: ``start`` (interpreter, imports, the model and gazetteer
  loaded), ``rule components`` (toponyms, resolver, attribution), ``mentions and
  claims`` (:func:`~geomap.doc_mentions.doc_mentions`,
  :func:`~geomap.batches.article_result`), ``results out`` (pickled to the writer),
  ``model and the rest`` (what is left of its batches: tokenising, the model's
  components, the pieces; one worker: the docs serialised), ``other`` (what is left
  of the process: waiting, the exit).

The processes' CPU is ``getrusage`` at their last event; the stages are thread CPU
summed per call (``time.thread_time``), so they add up to a little less.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

RULES = ("rule_toponyms", "rule_resolver", "rule_attribution")
WRITERS_ADD = "sink_add"


def load(path: Path) -> list[dict[str, Any]]:
    """The log's events (lines cut short left out)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and {"pid", "ev", "cpu"} <= rec.keys():
            out.append(rec)
    return out


def accounts(recs: list[dict[str, Any]]) -> dict[str, float]:
    """Stage -> CPU seconds for one run (writing process ``w:``, parsing processes ``p:``)."""
    writer = next(r["pid"] for r in recs if r["ev"] == "drive:start")
    workers = sorted({r["pid"] for r in recs if r["ev"] == "worker_init:start"})
    cpu: dict[int, float] = {}
    sums: dict[int, dict[str, float]] = {}
    spans: dict[tuple[int, str], float] = {}
    for r in recs:
        cpu[r["pid"]] = max(cpu.get(r["pid"], 0.0), r["cpu"])
        if r["ev"] == "acc":
            sums[r["pid"]] = {k: v[1] for k, v in r["acc"].items()}
        elif r["ev"].endswith((":start", ":end")):
            spans.setdefault((r["pid"], r["ev"]), r["cpu"])
    w = sums.get(writer, {})
    start = spans[(writer, "drive:start")]
    drive = spans[(writer, "drive:end")] - start
    finish = cpu[writer] - spans[(writer, "drive:end")]
    inside = [
        ("w: language", w.get("language", 0.0)),
        ("w: rules", w.get("rules", 0.0)),
        ("w: writers add", w.get(WRITERS_ADD, 0.0)),
    ]
    threads = [
        ("w: results in (manager thread)", w.get("manager_thread", 0.0)),
        ("w: tasks out (feeder thread)", w.get("feeder_thread", 0.0)),
    ]
    out = {"w: start": start, **dict(inside)}
    out["w: drive, other"] = drive - sum(v for _, v in inside)
    out.update(threads)
    out["w: finish"] = finish - sum(v for _, v in threads)
    out["writing process"] = cpu[writer]
    for key in ("rule_toponyms", "rule_resolver", "rule_attribution", "doc_mentions"):
        out[f"w:   of rules: {key}"] = w.get(key, 0.0)
    total_workers = 0.0
    for n, pid in enumerate(workers, 1):
        s = sums.get(pid, {})
        begin = spans.get((pid, "worker_init:end"), 0.0)
        rules = sum(s.get(k, 0.0) for k in RULES)
        records = s.get("doc_mentions", 0.0) + s.get("article_result", 0.0)
        parse = s.get("worker_parse", 0.0)
        send = s.get("send_result", 0.0)
        out[f"p{n}: start"] = begin
        out[f"p{n}: rule components"] = rules
        out[f"p{n}: mentions and claims"] = records
        out[f"p{n}: results out"] = send
        out[f"p{n}: model and the rest"] = parse - rules - records
        out[f"p{n}: other"] = cpu[pid] - begin - parse - send
        out[f"parsing process {n}"] = cpu[pid]
        total_workers += cpu[pid]
    out["run (writing + parsing)"] = cpu[writer] + total_workers
    return out


def main(argv: list[str] | None = None) -> None:
    """Print the runs (one log each) side by side as a Markdown table."""
    paths = [Path(p) for p in (sys.argv[1:] if argv is None else argv)]
    runs = [accounts(load(p)) for p in paths]
    keys: list[str] = []
    for run in runs:
        keys += [k for k in run if k not in keys]
    print("| stage | " + " | ".join(p.stem for p in paths) + " |")
    print("|--|" + "--:|" * len(paths))
    for key in keys:
        cells = [f"{run[key]:.2f}" if key in run else "" for run in runs]
        bold = "**" if ":" not in key else ""
        print(f"| {bold}{key}{bold} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
