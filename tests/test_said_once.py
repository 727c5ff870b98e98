"""A pipeline's loading is said once a run, not once per parsing process (user69a B9)."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from geomap.progress import loading
from geomap.said_once import SAID_ONCE_ENV, said_once_per_run


def _load_russian() -> None:
    with loading("the Russian (ru) pipeline", 30.0):
        pass


def test_of_a_runs_processes_only_the_first_says_it_loads_a_pipeline(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with said_once_per_run():
        procs = [multiprocessing.get_context("spawn").Process(target=_load_russian) for _ in "ab"]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(120)
        _load_russian()  # the parent too, later: already said
        folder = os.environ[SAID_ONCE_ENV]
    err = capfd.readouterr().err
    assert err.count("loading the Russian (ru) pipeline ...") == 1, err
    assert err.count("the Russian (ru) pipeline loaded in") == 1, err
    assert SAID_ONCE_ENV not in os.environ and not os.path.exists(folder)


def test_outside_a_run_every_load_is_said(capfd: pytest.CaptureFixture[str]) -> None:
    _load_russian()
    _load_russian()
    assert capfd.readouterr().err.count("loading the Russian (ru) pipeline ...") == 2
