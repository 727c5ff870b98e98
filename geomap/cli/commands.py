"""Import every command module; each registers its commands on the shared app."""

from __future__ import annotations

import importlib

_MODULES = ("map_cmd", "claims_cmd", "evaluate_cmd", "gazetteer_cmd")

for _name in _MODULES:
    # Every module is imported: a missing dependency is an error that names it, never a
    # command that silently disappears.
    importlib.import_module(f"geomap.cli.{_name}")
