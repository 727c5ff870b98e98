"""``geomap evaluate``: score the geoparser against a gold corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from geomap.cli import app
from geomap.cli.console import error, say
from geomap.cli.exits import ExitCode
from geomap.cli.help import Command
from geomap.cli.options import LogFile, Verbose, check_output_file, start_logging
from geomap.errors import EvaluationError, GeomapError
from geomap.sanitize import quoted

if TYPE_CHECKING:  # keeps the evaluation package out of CLI start-up
    from geomap.evaluation.protocol import GeoparserLike


def make_geoparser(
    model: str | None, demonyms: bool = False, facilities: bool = False
) -> GeoparserLike:
    """Build the real geoparser; spaCy and the model load on first use.

    ``model`` overrides the spaCy model package (default: ``$GEOMAP_MODEL`` or
    the shipped model, see :class:`geomap.settings.Settings`); ``demonyms``
    makes demonyms ("Russian") mentions of their country, for corpora whose
    guidelines annotate them (GeoWebNews, LGL); ``facilities`` counts streets
    and buildings tagged as organisations, for corpora that annotate every
    building (GeoWebNews).

    Raises
    ------
    GeomapError
        When the geoparser module is not available in this installation. The
        model and gazetteer load on first use, so their errors
        (``ModelNotFoundError``, ``GazetteerMissingError``) come from the run.
    """
    try:
        from geomap.geoparser import Geoparser
        from geomap.settings import Settings
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("geomap"):
            raise GeomapError(f"the geoparser is not available: {exc}") from exc
        raise
    return Geoparser(Settings.from_env(model=model, demonyms=demonyms, facilities=facilities))


@app.command(
    "evaluate",
    cls=Command,
    epilog="Example: geomap evaluate ../shared/eval/LGL.jsonl --split dev --errors",
)
def evaluate_command(
    gold: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            metavar="GOLD",
            help="Gold corpus, JSON Lines (docs/BENCHMARKS.md).",
        ),
    ],
    gold_spans: Annotated[
        bool, typer.Option("--gold-spans", help="Resolve the gold spans (resolution only).")
    ] = False,
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            metavar="FILE",
            help="Write predicted mentions as GeoJSON (checked before any work).",
        ),
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="List misses, false positives, wrong resolutions.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    split: Annotated[
        str, typer.Option("--split", metavar="dev|test|all", help="Documents scored.")
    ] = "all",
    limit: Annotated[
        int | None, typer.Option("--limit", min=0, metavar="N", help="Only the first N documents.")
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", metavar="PACKAGE", help="spaCy model package.")
    ] = None,
    demonyms: Annotated[
        bool,
        typer.Option(
            "--demonyms",
            help="Count demonyms ('Russian') as mentions of their country; use it for corpora "
            "that annotate them (GeoWebNews, LGL), not for GeoVirus or TUD-Loc.",
        ),
    ] = False,
    facilities: Annotated[
        bool,
        typer.Option(
            "--facilities",
            help="Count streets and buildings tagged as organisations ('Holy Redeemer "
            "Church') as mentions; use it for corpora that annotate every building "
            "(GeoWebNews), not for LGL.",
        ),
    ] = False,
    verbose: int = Verbose,
    log_file: Path | None = LogFile,
) -> None:
    """Score geomap on a gold corpus: P/R/F1 of recognition, Acc@161.

    Exits 1 if the gold corpus cannot be read (a malformed line), 2 on a usage or
    configuration error (missing model or gazetteer).
    """
    from geomap.evaluation.corpus import SPLITS
    from geomap.evaluation.report import render_text
    from geomap.evaluation.run import run_evaluation

    start_logging(verbose, log_file)
    if split not in SPLITS:
        raise typer.BadParameter(
            f"{quoted(split)}: choose one of {', '.join(SPLITS)}", param_hint="--split"
        )
    check_output_file(predictions, "--predictions")
    try:
        result = run_evaluation(
            gold,
            make_geoparser(model, demonyms, facilities),
            gold_spans=gold_spans,
            errors=errors,
            split=split,
            limit=limit,
            predictions_path=predictions,
        )
    except EvaluationError as exc:
        error(str(exc))
        raise typer.Exit(ExitCode.INPUTS_FAILED) from exc
    except GeomapError as exc:
        error(str(exc))
        raise typer.Exit(ExitCode.USAGE) from exc
    if as_json:
        say(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        say(render_text(result), nl=False)
