"""Shared fixtures: the real pipeline over the seeds is run once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geomap.result import Result

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# A rule that fails raises in the tests (geomap.containment), so a bug is seen where it is.
os.environ.setdefault("GEOMAP_STRICT_RULES", "1")


@pytest.fixture(scope="session")
def seed_result() -> Result:
    """The real pipeline (default model and gazetteer) over seeds/."""
    from geomap.run import geoparse_inputs

    return geoparse_inputs([SEEDS])


@pytest.fixture(scope="session")
def seed_outputs(seed_result: Result, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """All output files of the seed run."""
    from geomap.run import write_outputs

    out = tmp_path_factory.mktemp("seed-out")
    return write_outputs(seed_result, out, title="seed <test> & map")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole test run (each test opens its own context)."""
    from browser_util import require_browser

    from geomap.mapping.browser import launch_browser

    require_browser()
    with launch_browser() as chromium:
        yield chromium
