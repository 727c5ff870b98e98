"""A pool of spawned workers starts every process at once, not one per batch."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from geomap.parallel import WorkerPool
from geomap.settings import Settings


def test_every_worker_process_starts_with_the_pool(tmp_path: Path) -> None:
    # the workers' load fails at once (no gazetteer there): only their start matters here
    settings = replace(Settings(), gazetteer=str(tmp_path / "missing.sqlite"))
    pool = WorkerPool(settings, 2)
    try:
        processes = dict(getattr(pool._pool, "_processes", None) or {})
        assert len(processes) == 2  # the second is not left for the first batch to start
        assert all(p.is_alive() or p.exitcode is not None for p in processes.values())
    finally:
        pool.terminate()
