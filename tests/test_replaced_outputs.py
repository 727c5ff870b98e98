"""A second ``geomap map`` into the same folder says what it replaced (user58)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from geomap.cli.replaced import previous_outputs
from geomap.outdir import MARKER

NOW = dt.datetime(2024, 5, 11, 14, 0, tzinfo=dt.timezone.utc)


def _outputs(folder: Path, report: Any) -> Path:
    folder.mkdir()
    (folder / MARKER).write_text('{"written_by": "geomap", "files": []}', encoding="utf-8")
    if report is not None:
        (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    return folder


def test_the_line_names_the_previous_runs_articles_and_time(tmp_path: Path) -> None:
    report = {"created": "2024-05-11T12:53:40+00:00", "totals": {"ok": 60, "inputs": 61}}
    folder = _outputs(tmp_path / "study", report)
    assert previous_outputs(folder, "out/study", NOW) == (
        "replaced the previous outputs in out/study (60 articles, written 12:53)"
    )
    # another day's run says the day too
    later = NOW + dt.timedelta(days=1)
    assert previous_outputs(folder, "o", later) == (
        "replaced the previous outputs in o (60 articles, written 2024-05-11 12:53)"
    )


def test_nothing_is_said_of_a_new_folder_and_little_of_a_damaged_report(tmp_path: Path) -> None:
    assert previous_outputs(tmp_path / "new", "new", NOW) is None
    (tmp_path / "empty").mkdir()
    assert previous_outputs(tmp_path / "empty", "empty", NOW) is None
    damaged = _outputs(tmp_path / "damaged", None)
    (damaged / "report.json").write_text("{not json", encoding="utf-8")
    assert previous_outputs(damaged, "d", NOW) == "replaced the previous outputs in d"
    odd = _outputs(tmp_path / "odd", {"created": 5, "totals": {"ok": True}})
    assert previous_outputs(odd, "odd", NOW) == "replaced the previous outputs in odd"


def test_map_prints_the_line_on_its_second_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geomap.run
    from geomap.cli import _register, app
    from geomap.records import InputStatus
    from geomap.result import Result
    from geomap.settings import Settings

    def fake_run(paths: Any, target: Any, **kwargs: Any) -> Result:  # no model: the files only
        (target.staging / "report.json").write_text(
            json.dumps(
                {"created": dt.datetime.now().astimezone().isoformat(), "totals": {"ok": 1}}
            ),
            encoding="utf-8",
        )
        target.commit()
        status = InputStatus("a.txt", "a", "ok", None, 1, 1)
        return Result(
            statuses=(status,), settings=Settings(), outputs={"map": target.path / "map.html"}
        )

    monkeypatch.setattr(geomap.run, "map_inputs", fake_run)
    _register()
    (tmp_path / "a.txt").write_text("Kyiv.", encoding="utf-8")
    out = str(tmp_path / "out")
    first = CliRunner().invoke(app, ["map", str(tmp_path / "a.txt"), "-o", out])
    assert first.exit_code == 0, first.output
    assert "replaced" not in first.output
    second = CliRunner().invoke(app, ["map", str(tmp_path / "a.txt"), "-o", out])
    assert second.exit_code == 0, second.output
    (line,) = [x for x in second.output.splitlines() if "replaced" in x]
    assert line.startswith(f"replaced the previous outputs in {out} (1 article, written ")
