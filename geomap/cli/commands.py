"""Import every command module; each registers its commands on the shared app."""

from __future__ import annotations

import contextlib
import importlib

_MODULES = ("map_cmd", "claims_cmd", "evaluate_cmd", "gazetteer_cmd")

for _name in _MODULES:
    # A command module not yet written is simply absent; an error inside one is raised.
    with contextlib.suppress(ModuleNotFoundError):
        importlib.import_module(f"geomap.cli.{_name}")
