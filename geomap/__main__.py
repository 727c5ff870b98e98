"""``python -m geomap``: the command line."""

from geomap.cli import main

main()
