"""geomap's command line: a typer app whose commands are thin wrappers around plain functions.

Each command group lives in its own module and registers itself on :data:`app`.
"""

from __future__ import annotations

import logging
import os

import typer

app = typer.Typer(
    name="geomap",
    help=(
        "Map the places news articles talk about, and who claims what about each place.\n\n"
        "Example: geomap map seeds/ -o geomap-out"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from geomap import __version__

        typer.echo(f"geomap {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        callback=_version,
        is_eager=True,
        help="Print geomap's version and exit.",
    ),
) -> None:
    """Map the places news articles talk about, and who claims what about each place."""


def _register() -> None:
    """Import the command modules so that they attach their commands to :data:`app`."""
    from geomap.cli import commands  # noqa: F401


def main() -> None:
    """Run the geomap command line (``GEOMAP_DEBUG=1`` logs tracebacks of failed articles)."""
    if os.environ.get("GEOMAP_DEBUG"):
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    _register()
    app()
