"""``geomap gazetteer``: build, query and describe the offline gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from geomap.cli import app
from geomap.cli.console import error, say
from geomap.errors import GazetteerError

gazetteer_app = typer.Typer(
    name="gazetteer",
    help=(
        "Build and query the offline gazetteer (data/gazetteer.sqlite).\n\n"
        "Example: geomap gazetteer lookup Georgia"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def build_cmd(
    sources: Path = typer.Option(
        Path("../shared/data-sources"), "--sources", help="Folder with geonames/ and naturalearth/."
    ),
    out: Path = typer.Option(Path("data"), "--out", help="Output folder for gazetteer.sqlite."),
    data: Path | None = typer.Option(
        None,
        "--data",
        help="Folder with the curated CSV tables (default: --out, else the repo's data/).",
    ),
) -> None:
    """Build gazetteer.sqlite from the raw GeoNames and Natural Earth files.

    Example: geomap gazetteer build --sources ../shared/data-sources --out data
    """
    from geomap.gazetteer.builder import build

    result = build(sources, out, data)
    say(f"wrote {result.path} ({result.size_bytes / 1e6:.1f} MB)")
    for key, value in result.counts.items():
        say(f"  {key}: {value}")


@gazetteer_app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="Place name to look up, e.g. 'Kiev'."),
    path: Path | None = typer.Option(None, "--path", help="Gazetteer file (default: data/)."),
    limit: int = typer.Option(20, "--limit", "-n", help="Show at most this many candidates."),
) -> None:
    """Print the candidates for a name as a table, best first.

    Example: geomap gazetteer lookup "Victoria" -n 5
    """
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.cli_format import candidates_table

    try:
        gz = Gazetteer.open(path)
    except GazetteerError as exc:
        error(str(exc))
        raise typer.Exit(2) from exc
    cands = gz.candidates(name)
    if not cands:
        say(f"no match for {name!r}")
        raise typer.Exit(1)
    say(candidates_table(cands[:limit]))


@gazetteer_app.command("info")
def info_cmd(
    path: Path | None = typer.Option(None, "--path", help="Gazetteer file (default: data/)."),
) -> None:
    """Print the artifact's version, build date, source hashes and counts as JSON.

    Example: geomap gazetteer info
    """
    from geomap.gazetteer import Gazetteer

    try:
        info = Gazetteer.open(path).info
    except GazetteerError as exc:
        error(str(exc))
        raise typer.Exit(2) from exc
    say(json.dumps(info, indent=2, sort_keys=True))


@gazetteer_app.command("check")
def check_cmd(
    path: Path | None = typer.Option(None, "--path", help="Gazetteer file (default: data/)."),
) -> None:
    """Check the artifact fully: its SHA-256 against the manifest, and SQLite's integrity check.

    Example: geomap gazetteer check

    Exits 0 when the file is sound, 2 naming the problems when it is not.
    """
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.integrity import full_check
    from geomap.gazetteer.paths import REBUILD_HINT

    try:
        gz = Gazetteer.open(path)
    except GazetteerError as exc:
        error(str(exc))
        raise typer.Exit(2) from exc
    artifact = gz.path
    gz.close()
    assert artifact is not None
    problems = full_check(artifact, sqlite_check=True)
    if problems:
        for problem in problems:
            error(f"{artifact}: {problem}")
        say(REBUILD_HINT, err=True)
        raise typer.Exit(2)
    say(f"{artifact}: ok (checksum and SQLite integrity check)")
