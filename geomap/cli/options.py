"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import typer

from geomap.settings import DEFAULT_MODEL

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
