"""A pool's spawned process ends with its exit code, atexit handlers run, no teardown."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from quick_exit_targets import fail, leave_marks

from geomap.parallel import WorkerPool
from geomap.processes import QuickExitProcess, spawn_context
from geomap.settings import Settings


def _run(target: Callable[..., None], *args: object, quick: bool = True) -> int | None:
    context = spawn_context() if quick else multiprocessing.get_context("spawn")
    process = context.Process(target=target, args=args)
    process.start()
    process.join(120)
    return process.exitcode


def test_the_teardown_is_skipped_the_atexit_handlers_run(tmp_path: Path) -> None:
    assert _run(leave_marks, str(tmp_path), None) == 0
    assert (tmp_path / "atexit").read_text(encoding="utf-8") == "ran"
    assert not (tmp_path / "teardown").exists()  # the kept object was never freed


def test_a_plain_spawned_process_tears_down(tmp_path: Path) -> None:
    # what the quick exit skips: the same work in a plain spawned process frees the object
    assert _run(leave_marks, str(tmp_path), None, quick=False) == 0
    assert (tmp_path / "teardown").exists()


@pytest.mark.parametrize("code", [0, 3])
def test_the_exit_code_is_kept(tmp_path: Path, code: int) -> None:
    assert _run(leave_marks, str(tmp_path), code) == code
    assert (tmp_path / "atexit").exists()


def test_a_failure_ends_with_one(capfd: pytest.CaptureFixture[str]) -> None:
    assert _run(fail) == 1
    assert "a failure in the child" in capfd.readouterr().err  # the traceback, flushed


def test_the_buffered_output_is_flushed(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    assert _run(leave_marks, str(tmp_path), None) == 0
    assert "said before the end" in capfd.readouterr().out


def test_a_spawned_pool_starts_quick_exit_processes(tmp_path: Path) -> None:
    settings = replace(Settings(), gazetteer=str(tmp_path / "missing.sqlite"))
    pool = WorkerPool(settings, 2)
    try:
        processes = dict(getattr(pool._pool, "_processes", None) or {})
        assert processes
        assert all(isinstance(p, QuickExitProcess) for p in processes.values())
    finally:
        pool.terminate()
