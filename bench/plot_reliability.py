"""Draw the reliability diagram of geomap's confidence from bench_eval results.

Reads two ``bench/bench_eval.py`` JSON results of the same commit, one run with
``--raw-confidence`` (before calibration) and one without (after), pools the
end-to-end runs of the chosen split over the corpora, and writes a PNG: accuracy
(share within 161 km) per confidence bin against the diagonal, with each curve's
expected calibration error.

    python bench/plot_reliability.py RAW.json CALIBRATED.json --out docs/reliability.png
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def pooled(doc: dict[str, Any], split: str) -> tuple[list[tuple[float, float, int]], float, int]:
    """``(mean confidence, accuracy, n)`` per non-empty bin, the pooled ECE and n."""
    sums: dict[int, list[float]] = {}
    for run in doc["runs"]:
        if run["mode"] != "end-to-end" or run["split"] != split or not run.get("confidence"):
            continue
        for i, b in enumerate(run["confidence"]["bins"]):
            if b["n"]:
                s = sums.setdefault(i, [0.0, 0.0, 0])
                s[0] += b["n"] * b["confidence"]
                s[1] += b["n"] * b["accuracy"]
                s[2] += b["n"]
    points = [(c / n, a / n, int(n)) for _, (c, a, n) in sorted(sums.items())]
    total = sum(n for *_, n in points)
    ece = sum(n * abs(a - c) for c, a, n in points) / total if total else 0.0
    return points, ece, total


def main(argv: list[str] | None = None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("raw", type=Path, help="bench_eval JSON run with --raw-confidence")
    parser.add_argument("calibrated", type=Path, help="bench_eval JSON run without it")
    parser.add_argument("--split", default="test")
    parser.add_argument("--out", type=Path, default=Path("docs/reliability.png"))
    args = parser.parse_args(argv)
    fig, ax = plt.subplots(figsize=(5.2, 5.2), dpi=110)
    ax.plot([0, 1], [0, 1], color="#999", lw=1, ls="--", label="perfectly calibrated")
    corpora: set[str] = set()
    commit = ""
    for path, label, colour in (
        (args.raw, "raw (softmax)", "#d95f02"),
        (args.calibrated, "calibrated", "#1b9e77"),
    ):
        doc = json.loads(path.read_text(encoding="utf-8"))
        commit = doc["commit"]
        corpora |= {r["corpus"] for r in doc["runs"] if r["split"] == args.split}
        points, ece, n = pooled(doc, args.split)
        xs, ys, ns = zip(*points, strict=True)
        ax.plot(xs, ys, marker="o", color=colour, label=f"{label}: ECE {ece:.3f}")
        for x, y, k in zip(xs, ys, ns, strict=True):
            ax.annotate(str(k), (x, y), fontsize=6, color=colour, xytext=(3, -9),
                        textcoords="offset points")  # fmt: skip
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence (mean of bin)")
    ax.set_ylabel("share within 161 km")
    ax.set_title(
        f"geomap confidence, {args.split} halves, end to end (n={n})\n"
        f"{', '.join(sorted(corpora))}; commit {commit}",
        fontsize=8,
    )
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
