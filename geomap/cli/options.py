"""Options shared by several commands."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from geomap.cli.option_checks import dask_address, finite_mb
from geomap.errors import InputError
from geomap.sanitize import quoted, terminal_text
from geomap.settings import DEFAULT_MODEL, Settings


def _no_empty_input(values: list[str]) -> list[str]:
    """Refuse an empty INPUT: ``Path("")`` is the current folder, read whole."""
    if any(not value.strip() for value in values or ()):
        raise typer.BadParameter(
            "an empty path (an unset shell variable?); give . for the current folder",
            param_hint="INPUT",
        )
    return values


def no_empty_folder(value: str) -> str:
    """Refuse an empty ``-o``: ``Path("")`` is the current folder, written into."""
    if not value.strip():
        raise typer.BadParameter(
            "an empty path (an unset shell variable?); give . for the current folder",
            param_hint="-o/--out",
        )
    return value


#: What an INPUT may be (``map`` and ``claims``; ``claims`` also reads a run's folder).
INPUT_KINDS = (
    "Articles: text, Markdown or HTML files (.txt/.text, .md/.markdown, "
    ".html/.htm/.xhtml, .mhtml/.mht), e-mails (.eml), news feeds and agency wires "
    "(.rss/.atom/.rdf/.xml), web archives (.warc), folders of them, "
    "or corpora (.jsonl/.ndjson, .json, .csv/.tsv; fields text, id, title, outlet, published, "
    "url...), each also .gz; zip and tar archives of them (.zip, .tar, .tar.gz/.tgz), read "
    "member by member without unpacking; - reads JSON Lines (or one plain-text article) "
    "from standard input."
)
Inputs = typer.Argument(
    ...,
    callback=_no_empty_input,
    help=INPUT_KINDS,
    show_default=False,
    metavar="INPUT",
)
ClaimsInputs = typer.Argument(
    ...,
    callback=_no_empty_input,
    help=INPUT_KINDS + " Or the output folder of a `geomap map` run (its -o): its claims are "
    "read as saved, fast, without loading the model or parsing again.",
    show_default=False,
    metavar="INPUT",
)
TextField = typer.Option(
    None,
    "--text-field",
    metavar="FIELD",
    help="Corpus field holding the article text (default: text, body...).",
)
IdField = typer.Option(
    None,
    "--id-field",
    metavar="FIELD",
    help="Corpus field holding the article id (default: id, article_id...).",
)
Fields = typer.Option(
    None,
    "--field",
    metavar="NAME=FIELD",
    help="Where a metadata field is in the corpus, as NAME=FIELD (e.g. title=headline, "
    "outlet=site, published=date_utc, or a dotted path into an object: title=meta.headline); "
    "NAME is title, outlet, published, url, author or language. Repeatable.",
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
                f"{quoted(value)}: expected NAME=FIELD with NAME one of "
                f"{', '.join(ARTICLE_FIELDS)}",
                param_hint="--field",
            )
        pairs.append((name, field))
    return tuple(pairs)


Language = typer.Option(
    None,
    "--language",
    metavar="en|fr|de|pl|ru|uk",
    help="Read every article as this language (default: each article's declared or "
    "detected language picks its pipeline; an article in another language is reported, "
    "not mapped). With `geomap claims` on a map output folder: show only the claims of its "
    "articles read in this language.",
)


Outlet = typer.Option(
    None,
    "--outlet",
    metavar="NAME",
    help="The outlet of every article that names none itself (text files, e-mails, a "
    "folder of one outlet's stories): the article's own outlet, then the agency its wire "
    'dateline names ("LIMA, Peru (AP) —"), win. report.json notes where each came from.',
)


def code_choice(value: str | None, allowed: tuple[str, ...], option: str, what: str) -> str | None:
    """``value`` as one of ``allowed`` codes (case-insensitive), else a usage error."""
    if value is None:
        return None
    code = value.strip()
    found = next((a for a in allowed if a.casefold() == code.casefold()), None)
    if found is None:
        raise typer.BadParameter(
            f"{quoted(value)}: {what} {', '.join(allowed)}",
            param_hint=option,
        )
    return found


def language_code(value: str | None) -> str | None:
    """A ``--language`` value checked (:func:`~geomap.given_language.supported_language`)."""
    from geomap.given_language import supported_language

    try:
        return supported_language(value)
    except InputError as exc:
        raise typer.BadParameter(str(exc), param_hint="--language") from None


Model = typer.Option(
    None,
    "--model",
    metavar="PACKAGE",
    help=f"spaCy model package (default {DEFAULT_MODEL}, or $GEOMAP_MODEL).",
)
Gazetteer = typer.Option(
    None,
    "--gazetteer",
    metavar="PATH",
    help="Gazetteer artifact (default: the shipped data/gazetteer.sqlite).",
)
Demonyms = typer.Option(
    False, "--demonyms", help="Map demonyms ('Russian officials') to their country."
)
Facilities = typer.Option(
    False,
    "--facilities",
    help="Also take streets and buildings the model tags as organisations ('Holy "
    "Redeemer Church') as places, by their whole name.",
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
    callback=finite_mb,
    min=0,
    metavar="MB",
    help="Largest article read, in MB (a text file or one corpus record; default 10, "
    "0 = no limit); larger ones are reported and skipped.",
)
Workers = typer.Option(
    "1",
    "--workers",
    "-j",
    metavar="N|auto",
    help="Processes that geoparse: a number (at most the cores), or 'auto' for every "
    "core. The outputs are the same for any number.",
)


def workers_count(value: str) -> int:
    """The ``--workers`` value as a number of processes (a usage error if it is neither).

    More than :func:`geomap.parallel.worker_limit` is cut to it, with a warning.
    """
    from geomap.cli.console import say
    from geomap.parallel import available_cores, resolve_workers, worker_limit

    try:
        count = resolve_workers(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--workers") from exc
    limit = worker_limit()
    if count > limit:
        say(
            f"geomap: warning: --workers {count} is more than this machine's "
            f"{available_cores()} core(s) can use; using {limit} (each process loads "
            "its own model)",
            err=True,
            lines=False,
        )
        return limit
    return count


Dask = typer.Option(
    None,
    "--dask",
    callback=dask_address,
    metavar="local|ADDRESS",
    help="Geoparse on Dask: 'local' (a LocalCluster, one process per core) or a scheduler "
    "address such as tcp://10.0.0.5:8786 (its workers must see the output folder's parent). "
    "An interrupted run resumes its finished partitions.",
)


def run_settings(
    *,
    workers: str = "1",
    fields: list[str] | None = None,
    language: str | None = None,
    outlet: str | None = None,
    **options: object,
) -> Settings:
    """The run's settings from the shared options (``--workers``, ``--language`` checked)."""
    return Settings.from_env(
        workers=workers_count(workers),
        fields=field_pairs(fields) or None,
        language=language_code(language),
        outlet=" ".join((outlet or "").split()) or None,
        **options,
    )


Verbose = typer.Option(
    0,
    "--verbose",
    "-v",
    count=True,
    show_default=False,
    help="Log more on stderr: -v what is read, loaded and written; -vv debug details "
    "(tracebacks of what failed). GEOMAP_DEBUG=1 is -vv.",
)
LogFile = typer.Option(
    None,
    "--log-file",
    metavar="PATH",
    help="Also append the log, with times, to this file (at least -v's level).",
)


def start_logging(verbose: int, log_file: Path | None) -> None:
    """Set up logging for the command (a usage error if the log file cannot be opened)."""
    from geomap.cli.logs import configure_logging

    try:
        configure_logging(verbose, log_file)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise typer.BadParameter(
            terminal_text(f"{log_file}: cannot be written ({reason})", keep_newlines=False),
            param_hint="--log-file",
        ) from exc


def check_output_file(path: Path | None, option: str) -> None:
    """Refuse, before any work, an output file that cannot be written (a usage error).

    ``path`` must not be a folder, and its folder must exist and be writable.
    """
    if path is None:
        return
    problem = None
    folder = path.parent
    if path.is_dir():
        problem = "is a folder; give a file name"
    elif not folder.is_dir():
        problem = f"cannot be created ({folder} is not a folder)"
    elif path.exists() and not os.access(path, os.W_OK):
        problem = "is not writable"
    elif not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
        problem = f"cannot be created ({folder} is not writable)"
    if problem:
        raise typer.BadParameter(
            terminal_text(f"{path}: {problem}", keep_newlines=False), param_hint=option
        )
