"""Option values that stopped a run with a traceback are usage errors (rev41).

``--max-article-mb inf`` raised OverflowError; ``--dask foo`` raised distributed's
ValueError after the parts folder was made; a scheduler that does not answer was
reported as "could not write the outputs".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomap.cli import _register, app
from geomap.errors import WorkerError

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> tuple[int, str]:
    _register()
    result = CliRunner().invoke(app, list(args), terminal_width=100)
    return result.exit_code, result.output


@pytest.mark.parametrize("value", ["inf", "nan", "-inf"])
def test_max_article_mb_must_be_a_finite_number(tmp_path: Path, value: str) -> None:
    out = tmp_path / "out"
    code, said = _run("map", str(ROOT / "seeds"), "-o", str(out), "--max-article-mb", value)
    assert code == 2 and "Traceback" not in said and "--max-article-mb" in said
    assert not out.exists()


@pytest.mark.parametrize("value", ["foo", "tcp://foo", "tcp://h:99999", "tcp://h:1x", "a b:1"])
def test_a_dask_address_without_a_port_is_a_usage_error(tmp_path: Path, value: str) -> None:
    out = tmp_path / "out"
    code, said = _run("map", str(ROOT / "seeds"), "-o", str(out), "--dask", value)
    assert code == 2 and "--dask" in said and "scheduler's address with its port" in said
    assert list(tmp_path.iterdir()) == []  # no parts folder, no output


@pytest.mark.parametrize(
    "value", ["local", "tcp://10.0.0.5:8786", "10.0.0.5:8786", "tls://[::1]:8786"]
)
def test_dask_addresses_with_a_port_pass(value: str) -> None:
    from geomap.cli.option_checks import dask_address

    assert dask_address(value) == value


def test_a_scheduler_that_does_not_answer_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import dask.distributed

    from geomap.distributed import client_for

    def refused(spec: str) -> None:
        raise OSError(f"Timed out trying to connect to {spec} after 30 s")

    monkeypatch.setattr(dask.distributed, "Client", refused)
    with pytest.raises(WorkerError, match=re.escape("--dask tcp://127.0.0.1:1: no Dask scheduler")):
        client_for("tcp://127.0.0.1:1")
