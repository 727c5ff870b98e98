"""``geomap gazetteer``: build, query and describe the offline gazetteer.

No command here prints a traceback: every failure is one line on stderr
(control characters escaped, :func:`geomap.cli.console.error`) and exit code 2
(``-vv`` logs the traceback).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from geomap.cli import app
from geomap.cli.console import error, say
from geomap.cli.exits import OUTPUTS_UNTOUCHED, ExitCode, on_stop
from geomap.cli.help import Command, Group
from geomap.cli.options import LogFile, Verbose, start_logging
from geomap.errors import GeomapError
from geomap.sanitize import quoted

log = logging.getLogger(__name__)

gazetteer_app = typer.Typer(
    name="gazetteer",
    cls=Group,
    help="Build and query the offline gazetteer (gazetteer.sqlite).",
    epilog="Example: geomap gazetteer lookup Georgia",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)
app.add_typer(gazetteer_app, name="gazetteer")

GazetteerPath = typer.Option(
    None,
    "--path",
    "--gazetteer",  # as geomap map and claims name it
    metavar="FILE",
    help="Gazetteer file (default: the shipped one).",
)


@contextmanager
def _one_line_errors(what: str) -> Iterator[None]:
    """Turn a failure into ``geomap: error: ...`` and exit code 2 (no traceback)."""
    try:
        yield
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except (GeomapError, OSError, ValueError, sqlite3.Error) as exc:
        log.debug("%s failed", what, exc_info=exc)
        error(str(exc) if isinstance(exc, GeomapError) else f"{what}: {exc}")
        raise typer.Exit(ExitCode.USAGE) from exc
    except Exception as exc:
        log.debug("%s failed", what, exc_info=exc)
        error(f"{what} failed ({type(exc).__name__}: {exc}); -vv logs the traceback")
        raise typer.Exit(ExitCode.USAGE) from exc


@gazetteer_app.command(
    "build",
    cls=Command,
    epilog="Example: geomap gazetteer build --sources ../shared/data-sources --out data",
)
def build_cmd(
    sources: Path = typer.Option(
        Path("../shared/data-sources"),
        "--sources",
        metavar="FOLDER",
        help="Folder with geonames/ and naturalearth/.",
    ),
    out: Path = typer.Option(
        Path("data"), "--out", "-o", metavar="FOLDER", help="Output folder for gazetteer.sqlite."
    ),
    data: Path | None = typer.Option(
        None,
        "--data",
        metavar="FOLDER",
        help="Folder with the curated CSV tables (default: --out, else the repo's data/).",
    ),
    verbose: int = Verbose,
    log_file: Path = LogFile,
) -> None:
    """Build gazetteer.sqlite from the GeoNames and Natural Earth files."""
    on_stop(OUTPUTS_UNTOUCHED)
    start_logging(verbose, log_file)
    _check_folder(out, "--out")
    if not sources.is_dir():
        raise typer.BadParameter(f"{sources}: no such folder", param_hint="--sources")
    with _one_line_errors("building the gazetteer"):
        from geomap.gazetteer.builder import build

        result = build(sources, out, data)
    say(f"wrote {result.path} ({result.size_bytes / 1e6:.1f} MB)")
    for key, value in result.counts.items():
        say(f"  {key}: {value}")


def _check_folder(path: Path, option: str) -> None:
    """An output folder must be a folder (or creatable) and writable: a usage error if not."""
    import os

    ancestor = path
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    problem = None
    if path.exists() and not path.is_dir():
        problem = "is a file, not a folder"
    elif not ancestor.is_dir():
        problem = f"cannot be created ({ancestor} is not a folder)"
    elif not os.access(ancestor, os.W_OK | os.X_OK):
        problem = f"is not writable ({ancestor})"
    if problem:
        raise typer.BadParameter(f"{path}: {problem}", param_hint=option)


@gazetteer_app.command(
    "lookup", cls=Command, epilog='Example: geomap gazetteer lookup "Victoria" -n 5'
)
def lookup_cmd(
    name: str = typer.Argument(..., metavar="NAME", help="Place name to look up, e.g. 'Kiev'."),
    path: Path | None = GazetteerPath,
    limit: int = typer.Option(
        20, "--limit", "-n", metavar="N", help="Show at most this many candidates."
    ),
    lang: str | None = typer.Option(
        None,
        "--lang",
        metavar="LANG",
        help="Look the name up as an article in this language reads it (ru, uk, pl, de, "
        "fr): its inflected forms and the names indexed in it ('Krymie' --lang pl: Crimea).",
    ),
    verbose: int = Verbose,
    log_file: Path = LogFile,
) -> None:
    """Print the candidates for a name as a table, best first.

    Without --lang the name is looked up as an English article reads it; a local
    language's names ("Krym", Polish for Crimea) are found with --lang.
    """
    from geomap.gazetteer.lemmas import LOCAL_LANGUAGES

    if lang is not None and lang not in LOCAL_LANGUAGES:
        choices = ", ".join(sorted(LOCAL_LANGUAGES))
        raise typer.BadParameter(f"one of {choices}", param_hint="--lang")
    start_logging(verbose, log_file)
    with _one_line_errors("looking up the name"):
        from geomap.gazetteer import Gazetteer
        from geomap.gazetteer.cli_format import candidates_table

        gz = Gazetteer.open(path)
        cands = gz.candidates(name, lang)
    if not cands:
        say(f"no match for {quoted(name)}")
        raise typer.Exit(ExitCode.INPUTS_FAILED)
    say(candidates_table(cands[:limit]))


@gazetteer_app.command("info", cls=Command, epilog="Example: geomap gazetteer info")
def info_cmd(
    path: Path | None = GazetteerPath,
    verbose: int = Verbose,
    log_file: Path = LogFile,
) -> None:
    """Print the gazetteer's version, build date, hashes and counts."""
    start_logging(verbose, log_file)
    with _one_line_errors("reading the gazetteer"):
        from geomap.gazetteer import Gazetteer

        info = Gazetteer.open(path).info
    say(json.dumps(info, indent=2, sort_keys=True))


@gazetteer_app.command("check", cls=Command, epilog="Example: geomap gazetteer check")
def check_cmd(
    path: Path | None = GazetteerPath,
    verbose: int = Verbose,
    log_file: Path = LogFile,
) -> None:
    """Check the gazetteer fully: its SHA-256 and SQLite's integrity check.

    Exits 0 when the file is sound, 2 naming the problems when it is not.
    """
    start_logging(verbose, log_file)
    with _one_line_errors("checking the gazetteer"):
        from geomap.gazetteer import Gazetteer
        from geomap.gazetteer.integrity import full_check
        from geomap.gazetteer.paths import REBUILD_HINT

        gz = Gazetteer.open(path)
        artifact = gz.path
        gz.close()
        assert artifact is not None
        problems = full_check(artifact, sqlite_check=True)
    if problems:
        for problem in problems:
            error(f"{artifact}: {problem}")
        say(REBUILD_HINT, err=True)
        raise typer.Exit(ExitCode.USAGE)
    say(f"{artifact}: ok (checksum and SQLite integrity check)")
