"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import typer

from geomap.settings import DEFAULT_MODEL, Settings

Inputs = typer.Argument(
    ...,
    help="Articles: text, Markdown or HTML files, folders of them, or corpora "
    "(.jsonl/.ndjson, .json, .csv/.tsv, each also .gz; fields text, id, title, outlet, "
    "published, url...); - reads JSON Lines from standard input.",
    show_default=False,
    metavar="INPUT",
)
TextField = typer.Option(
    None, "--text-field", help="Corpus field holding the article text (default: text, body...)."
)
IdField = typer.Option(
    None, "--id-field", help="Corpus field holding the article id (default: id, article_id...)."
)
Fields = typer.Option(
    None,
    "--field",
    help="Where a metadata field is in the corpus, as NAME=FIELD (e.g. title=headline, "
    "outlet=site, published=date_utc); NAME is title, outlet, published, url, author or "
    "language. Repeatable.",
)


def field_pairs(values: list[str] | None) -> tuple[tuple[str, str], ...]:
    """``["title=headline"]`` -> ``(("title", "headline"),)`` (a usage error if malformed)."""
    from geomap.metadata import ARTICLE_FIELDS

    pairs = []
    for value in values or ():
        name, sep, field = value.partition("=")
        name, field = name.strip().lower(), field.strip()
        if not sep or not field or name not in ARTICLE_FIELDS:
            raise typer.BadParameter(
                f"{value!r}: expected NAME=FIELD with NAME one of {', '.join(ARTICLE_FIELDS)}",
                param_hint="--field",
            )
        pairs.append((name, field))
    return tuple(pairs)


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


def run_settings(
    *, workers: str = "1", fields: list[str] | None = None, **options: object
) -> Settings:
    """The run's settings from the shared options (``--workers`` checked, ``None`` = default)."""
    return Settings.from_env(
        workers=workers_count(workers), fields=field_pairs(fields) or None, **options
    )
