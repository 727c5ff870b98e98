"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import typer

from geomap.settings import DEFAULT_MODEL, Settings

Inputs = typer.Argument(
    ...,
    help="Article files (.txt, .text, .md), folders of them, or JSONL/CSV corpora "
    "(fields id, text).",
    show_default=False,
)
Model = typer.Option(
    None,
    "--model",
    help=f"spaCy model package (default {DEFAULT_MODEL}, or $GEOMAP_MODEL).",
)
Gazetteer = typer.Option(
    None, "--gazetteer", help="Gazetteer artifact (default: the shipped data/gazetteer.sqlite)."
)
Demonyms = typer.Option(
    False, "--demonyms", help="Map demonyms ('Russian officials') to their country."
)
Focus = typer.Option(
    True,
    "--focus/--no-focus",
    help="Place streets and buildings the gazetteer lacks at the city or county the "
    "article names most often (marked located_by=focus).",
)
Quiet = typer.Option(False, "--quiet", "-q", help="No progress bar or summary.")


def as_paths(values: list[str]) -> list[Path]:
    """Turn CLI strings into paths."""
    return [Path(v) for v in values]


MaxArticleMb = typer.Option(
    None,
    "--max-article-mb",
    min=0,
    help="Largest article read, in MB (a text file or one corpus record; default 10, "
    "0 = no limit); larger ones are reported and skipped.",
)
Workers = typer.Option(
    "1",
    "--workers",
    "-j",
    help="Processes that geoparse: a number, or 'auto' for every core. "
    "The outputs are the same for any number.",
)


def workers_count(value: str) -> int:
    """The ``--workers`` value as a number of processes (a usage error if it is neither)."""
    from geomap.parallel import resolve_workers

    try:
        return resolve_workers(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--workers") from exc


Dask = typer.Option(
    None,
    "--dask",
    help="Geoparse on Dask: 'local' (a LocalCluster, one process per core) or a scheduler "
    "address such as tcp://10.0.0.5:8786 (its workers must see the output folder's parent). "
    "An interrupted run resumes its finished partitions.",
)


def run_settings(*, workers: str = "1", **options: object) -> Settings:
    """The run's settings from the shared options (``--workers`` checked, ``None`` = default)."""
    return Settings.from_env(workers=workers_count(workers), **options)
