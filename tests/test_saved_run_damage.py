"""A saved run edited by hand: damaged rows and lines are left out with a warning, no traceback.

A GeoPackage opened in QGIS and saved with a NULL where a number was, or a broken line
appended to ``articles.jsonl``, stopped ``geomap claims`` with a traceback (sec63).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomap.cli import _register, app
from geomap.io.saved_run import read_saved_run

pytestmark = pytest.mark.model


@pytest.fixture
def damaged(seed_outputs: dict[str, Path], tmp_path: Path) -> tuple[Path, int]:
    folder = tmp_path / "out"
    shutil.copytree(next(iter(seed_outputs.values())).parent, folder)
    with sqlite3.connect(folder / "geomap.gpkg") as db:
        for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
            db.create_function(name, 1, lambda geom: 0)  # GDAL's triggers ask them; the
        # rows keep their geometry, only a number is made NULL, as a hand edit does
        total = db.execute("SELECT count(*) FROM mentions").fetchone()[0]
        db.execute(
            "UPDATE mentions SET speaker_start = NULL WHERE fid IN "
            "(SELECT fid FROM mentions WHERE speaker IS NOT NULL LIMIT 2)"
        )
    with (folder / "articles.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"article": "broken\n')
    return folder, total


def test_damaged_rows_and_lines_are_left_out_and_named(damaged: tuple[Path, int]) -> None:
    folder, total = damaged
    run = read_saved_run(folder)
    assert len(run.mentions) == total - 2
    gpkg, lines = run.problems
    assert gpkg.startswith(
        f"{folder / 'geomap.gpkg'}: 2 damaged mention row(s) left out (first: row "
    )
    assert "ValueError" in gpkg or "TypeError" in gpkg
    assert lines.startswith(
        f"{folder / 'articles.jsonl'}: 1 damaged line(s) left out (first: line "
    )
    assert run.article_info  # the good lines are read


def test_claims_on_a_damaged_run_warns_instead_of_a_traceback(damaged: tuple[Path, int]) -> None:
    folder, _ = damaged
    _register()
    result = CliRunner().invoke(app, ["claims", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert (
        "geomap: warning: " in result.output and "damaged mention row(s) left out" in result.output
    )
