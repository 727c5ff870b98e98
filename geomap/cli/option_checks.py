"""Checks of option values that typer's own types do not make (split from options)."""

from __future__ import annotations

import math
import re

import typer

from geomap.sanitize import quoted


def finite_mb(value: float | None) -> float | None:
    """Refuse ``inf`` and ``nan``, which passed ``min=0`` and stopped the run with a traceback."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(
            f"a number of MB, 0 for no limit, not {value}", param_hint="--max-article-mb"
        )
    return value


#: A Dask scheduler's address: ``tcp://10.0.0.5:8786``, ``10.0.0.5:8786``, ``tls://[::1]:8786``.
_DASK_ADDRESS = re.compile(
    r"^(?:[a-z][a-z0-9+]*://)?(?:\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]]+):(\d{1,5})/?$"
)


def dask_address(value: str | None) -> str | None:
    """Refuse a ``--dask`` that is neither ``local`` nor a scheduler's address with a port.

    ``--dask foo`` stopped the run with a traceback, after its parts folder was made.
    """
    if value is None or value == "local":
        return value
    match = _DASK_ADDRESS.match(value.strip())
    if match is None or not 0 < int(match.group(1)) < 65536:
        raise typer.BadParameter(
            f"{quoted(value)}: 'local', or a scheduler's address with its port "
            "(tcp://10.0.0.5:8786)",
            param_hint="--dask",
        )
    return value.strip()
