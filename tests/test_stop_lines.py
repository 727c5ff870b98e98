"""The line that ends a command stopped by Ctrl-C fits the command.

``geomap claims`` writes no files, yet its Ctrl-C said "nothing written (any previous
outputs are untouched)", as ``geomap map`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import geomap.cli
from geomap.cli import claims_cmd, exits, map_cmd
from geomap.cli.exits import OUTPUTS_UNTOUCHED, ExitCode


def _interrupt(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


def _stopped(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    """Run ``geomap argv`` in this process, stopped by Ctrl-C once it reads its options."""
    monkeypatch.setattr(geomap.cli, "_stop_on_signals", lambda: None)  # the test's own
    monkeypatch.setattr(exits, "_ON_STOP", [])
    monkeypatch.setattr(claims_cmd, "run_settings", _interrupt)
    monkeypatch.setattr(map_cmd, "run_settings", _interrupt)
    monkeypatch.setattr(sys, "argv", ["geomap", *argv])
    with pytest.raises(SystemExit) as stop:
        geomap.cli.main()
    assert stop.value.code == ExitCode.INTERRUPTED
    return capsys.readouterr().err


def test_claims_stopped_says_it_wrote_nothing_and_had_nothing_to_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _stopped(["claims", str(tmp_path)], monkeypatch, capsys)
    assert err == f"geomap: error: stopped by Ctrl-C (SIGINT): {claims_cmd.CLAIMS_NOT_SHOWN}\n"
    assert "outputs" not in err


def test_map_stopped_still_says_its_previous_outputs_are_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _stopped(["map", str(tmp_path), "-o", str(tmp_path / "out")], monkeypatch, capsys)
    assert err == f"geomap: error: stopped by Ctrl-C (SIGINT): {OUTPUTS_UNTOUCHED}\n"


def test_a_stopped_dask_run_says_its_finished_partitions_are_kept_for_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["map", str(tmp_path), "-o", str(tmp_path / "out"), "--dask", "local"]
    err = _stopped(argv, monkeypatch, capsys)
    assert err == (
        f"geomap: error: stopped by Ctrl-C (SIGINT): {OUTPUTS_UNTOUCHED}; {exits.DASK_KEPT}\n"
    )


def test_an_earlier_in_process_run_s_swap_and_late_signal_are_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A command run before in this process swapped its outputs in and heard a late
    # SIGTERM: the next command neither repeats that warning nor lets its swap state
    # turn its own Ctrl-C into a "late" one.
    import geomap.outdir

    monkeypatch.setattr(geomap.outdir, "_REPLACING", [True])
    monkeypatch.setattr(geomap.cli, "_LATE", [int(ExitCode.TERMINATED)])
    err = _stopped(["claims", str(tmp_path)], monkeypatch, capsys)
    assert err == f"geomap: error: stopped by Ctrl-C (SIGINT): {claims_cmd.CLAIMS_NOT_SHOWN}\n"
    assert not geomap.outdir.outputs_replaced()
