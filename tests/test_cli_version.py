"""The command line says its version."""

from __future__ import annotations

from typer.testing import CliRunner

import geomap
from geomap.cli import _register, app


def test_version_flag_prints_the_version_and_exits_0() -> None:
    _register()
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"geomap {geomap.__version__}"
