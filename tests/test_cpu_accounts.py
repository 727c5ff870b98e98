"""bench/cpu_accounts.py splits a probed run's CPU by process and stage; the probe's hooks hold."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    path = ROOT / "bench" / "cpu_accounts.py"
    spec = importlib.util.spec_from_file_location("cpu_accounts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(pid: int, ev: str, cpu: float, **extra: object) -> str:
    return json.dumps({"pid": pid, "ev": ev, "wall": 0.0, "cpu": cpu, **extra})


def _acc(**sums: float) -> dict[str, list[float]]:
    return {k: [1, v, v, 0.0, 0.0] for k, v in sums.items()}


def _two_workers() -> list[str]:
    return [
        _event(10, "start", 0.1),
        _event(20, "worker_init:start", 0.05),
        _event(30, "worker_init:start", 0.05),
        _event(10, "drive:start", 1.5),
        _event(20, "worker_init:end", 1.25),
        _event(30, "worker_init:end", 1.5),
        _event(10, "drive:end", 4.0),
        _event(
            20,
            "acc",
            11.5,
            acc=_acc(
                worker_parse=10.0,
                rule_toponyms=2.0,
                rule_resolver=1.0,
                rule_attribution=0.5,
                doc_mentions=0.25,
                article_result=0.25,
                send_result=0.125,
            ),
        ),
        _event(30, "acc", 12.0, acc=_acc(worker_parse=10.0, send_result=0.25)),
        _event(
            10,
            "acc",
            5.0,
            acc=_acc(language=0.5, sink_add=1.0, manager_thread=0.25, feeder_thread=0.125),
        ),
        '{"pid": 30, "ev": "exi',  # a line cut short
    ]


def test_two_workers_are_split_by_process_and_stage(tmp_path: Path) -> None:
    module = _load()
    log = tmp_path / "j2.log"
    log.write_text("\n".join(_two_workers()), encoding="utf-8")
    run = module.accounts(module.load(log))
    assert run["w: start"] == 1.5
    assert run["w: language"] == 0.5 and run["w: writers add"] == 1.0 and run["w: rules"] == 0.0
    assert run["w: drive, other"] == pytest.approx(2.5 - 1.5)
    assert run["w: finish"] == pytest.approx(1.0 - 0.375)  # the pool's threads apart
    assert run["writing process"] == 5.0
    assert run["p1: start"] == 1.25
    assert run["p1: rule components"] == 3.5
    assert run["p1: mentions and claims"] == 0.5
    assert run["p1: model and the rest"] == pytest.approx(10.0 - 3.5 - 0.5)
    assert run["p1: other"] == pytest.approx(11.5 - 1.25 - 10.0 - 0.125)
    assert run["p2: model and the rest"] == 10.0
    assert run["run (writing + parsing)"] == pytest.approx(5.0 + 11.5 + 12.0)


def test_the_table_has_a_column_per_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "core.log"
    one.write_text(
        "\n".join(
            [
                _event(10, "drive:start", 1.0),
                _event(20, "worker_init:start", 0.0),
                _event(20, "worker_init:end", 1.0),
                _event(10, "drive:end", 9.0),
                _event(10, "acc", 10.0, acc=_acc(rules=6.0, rule_toponyms=3.0)),
                _event(20, "acc", 20.0, acc=_acc(worker_parse=19.0)),
            ]
        ),
        encoding="utf-8",
    )
    two = tmp_path / "j2.log"
    two.write_text("\n".join(_two_workers()), encoding="utf-8")
    _load().main([str(one), str(two)])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "| stage | core | j2 |"
    assert "| w: rules | 6.00 | 0.00 |" in out
    assert "| w:   of rules: rule_toponyms | 3.00 | 0.00 |" in out
    assert "| p2: start |  | 1.50 |" in out  # one worker has no second process
    assert "| **run (writing + parsing)** | 30.00 | 28.50 |" in out


def test_the_probed_worker_entry_is_still_pickled_by_name(tmp_path: Path) -> None:
    """A spawned worker's initializer travels by name: the probe's wrapper must keep it."""
    code = (
        "import pickle, geomap.worker as w, concurrent.futures.process as p, "
        "multiprocessing.queues as q\n"
        "assert pickle.loads(pickle.dumps(w._init)) is w._init\n"
        "assert w._init.__wrapped__.__wrapped__.__module__ == 'geomap.worker'\n"
        "assert hasattr(p._sendback_result, '__wrapped__')\n"
        "assert hasattr(q.Queue._feed, '__wrapped__')\n"
        "print('ok')\n"
    )
    env = dict(
        os.environ,
        GEOMAP_PROBE=str(tmp_path / "probe.log"),
        PYTHONPATH=os.pathsep.join([str(ROOT / "bench" / "cpu_probe"), str(ROOT)]),
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
