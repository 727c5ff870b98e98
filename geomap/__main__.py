"""``python -m geomap``: the command line."""

from geomap.cli.program import run

run()
