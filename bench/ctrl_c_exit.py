"""How a `geomap map` run ends when the terminal's Ctrl-C lands: exit code, time, noise.

Writes the first ``--articles`` texts of ``--corpus`` (a gold JSON Lines file) as
text files, then for each delay in ``--delays`` starts ``python -m geomap map`` on
them in a session of its own and sends SIGINT to its whole process group (as a
terminal does: the workers get it too) after that many seconds.  Prints per run
the exit code, the seconds from the signal to the end, and whether stderr held
anything but the one stop line (a traceback, a "leaked semaphore" warning):

    python bench/ctrl_c_exit.py --corpus ../shared/eval/GeoWebNews.jsonl \\
        --delays 2,4,6,8,10,12 -- --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STOP_LINE = (
    "geomap: error: stopped by Ctrl-C (SIGINT): nothing written "
    "(any previous outputs are untouched)\n"
)


def main() -> None:
    """Run and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--delays", default="2,4,6,8,10,12")
    parser.add_argument("extra", nargs="*", help="options for geomap map (after --)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="geomap-ctrl-c-"))
    inputs = work / "in"
    inputs.mkdir()
    with args.corpus.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= args.articles:
                break
            (inputs / f"a{i:04d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    noisy = 0
    try:
        for delay in (float(d) for d in args.delays.split(",")):
            shutil.rmtree(work / "out", ignore_errors=True)
            proc = subprocess.Popen(
                [sys.executable, "-m", "geomap", "map", str(inputs), "-o", str(work / "out"),
                 "-q", *args.extra],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                start_new_session=True,
            )  # fmt: skip
            time.sleep(delay)
            sent = time.monotonic()
            os.killpg(proc.pid, signal.SIGINT)
            _out, err = proc.communicate(timeout=600)
            quiet = err in ("", STOP_LINE)
            noisy += not quiet
            print(
                f"delay {delay:5.1f} s  exit {proc.returncode:4d}  "
                f"ended {time.monotonic() - sent:6.3f} s later  {'quiet' if quiet else 'NOISY'}",
                flush=True,
            )
            if not quiet:
                print("   " + err.replace("\n", "\n   "), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{noisy} noisy run(s)")


if __name__ == "__main__":
    main()
