"""geomap's command line: a typer app whose commands are thin wrappers around plain functions.

Each command group lives in its own module and registers itself on :data:`app`.
Help pages come from :mod:`geomap.cli.help` (no type hints, whole descriptions,
an example per command); exit codes from :class:`geomap.cli.exits.ExitCode`.
"""

from __future__ import annotations

import logging
import sys

import typer

from geomap.cli.exits import EXIT_CODES_HELP, ExitCode
from geomap.cli.help import Group

log = logging.getLogger(__name__)

app = typer.Typer(
    name="geomap",
    cls=Group,
    help="Map the places news articles talk about, and who claims what about each place.",
    epilog=(
        "Example: geomap map seeds/ -o geomap-out\n\n"
        "Every command takes -v/--verbose (repeat for debug) and --log-file PATH.\n\n"
        f"{EXIT_CODES_HELP}"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)


def _version(value: bool) -> None:
    if value:
        from geomap import __version__

        typer.echo(f"geomap {__version__}")
        raise typer.Exit(ExitCode.OK)


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
    """Run the geomap command line.

    A missing dependency, or a geomap error no command caught, ends the run with
    one line naming it and exit code 2 (``-vv`` logs the traceback).
    """
    from geomap.cli.console import error
    from geomap.errors import GeomapError

    try:
        _register()
        app(prog_name="geomap")
    except ModuleNotFoundError as exc:
        log.debug("a dependency is missing", exc_info=exc)
        error(
            f"a dependency is missing: {exc.name or exc} is not installed "
            "(reinstall geomap with its dependencies: pip install geomap)"
        )
        sys.exit(ExitCode.USAGE)
    except GeomapError as exc:
        log.debug("stopped", exc_info=exc)
        error(str(exc))
        sys.exit(ExitCode.USAGE)
