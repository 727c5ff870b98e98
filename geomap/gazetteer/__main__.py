"""``python -m geomap.gazetteer build|lookup|info``: the ``geomap gazetteer`` commands."""

from __future__ import annotations

from geomap.cli.gazetteer_cmd import gazetteer_app

if __name__ == "__main__":
    gazetteer_app(prog_name="python -m geomap.gazetteer")
