"""``geomap claims``: who claims what about each place, in the terminal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from geomap.cli import app
from geomap.cli.console import error, report_failures, say
from geomap.cli.exits import ExitCode, on_stop
from geomap.cli.help import Command
from geomap.cli.options import (
    ClaimsInputs,
    Demonyms,
    Facilities,
    Fields,
    Focus,
    Gazetteer,
    IdField,
    Language,
    LogFile,
    MaxArticleMb,
    Model,
    TextField,
    Verbose,
    Workers,
    as_paths,
    run_settings,
    start_logging,
)
from geomap.errors import GeomapError, QueryError
from geomap.outlet_names import one_outlet_form

#: The stop line's end for ``claims``: it writes no files, so it leaves none behind.
CLAIMS_NOT_SHOWN = "no claims shown (claims writes no files: nothing was changed)"


@app.command(
    "claims",
    cls=Command,
    epilog="Example: geomap claims seeds/ --place Poland --speaker expert --json; "
    "geomap claims geomap-out/ --speaker Terekhov (a map run's folder: no model); "
    "geomap claims geomap-out/ --by outlet --since 2026-11-01",
)
def claims_command(
    inputs: list[str] = ClaimsInputs,
    place: str = typer.Option(
        None,
        "--place",
        metavar="PLACE",
        help="Show only this place (name, id, or a surface form like 'U.S.').",
    ),
    within: str = typer.Option(
        None,
        "--within",
        metavar="UNIT",
        help="Show only places inside this country or first-order unit ('Kharkiv Oblast', "
        "'Ukraine'), by the gazetteer's country and admin-1 codes; the unit itself included.",
    ),
    speaker: str = typer.Option(
        None,
        "--speaker",
        metavar="TEXT",
        help="Show only claims whose speaker's name or role contains this ('ministry'), "
        "or of this kind ('government'; 'journalist': no source named; 'not analysed': "
        "a language whose speakers are not looked for). A claim is a "
        "sentence that names a place: what a speaker says without naming one is not listed.",
    ),
    article: str = typer.Option(
        None,
        "--article",
        metavar="TEXT",
        help="Show only the articles whose id, title or outlet contains this, in any case "
        "('Kharkiv Obs', 'SW-00'; where a word starts, when some article has it so).",
    ),
    since: str = typer.Option(
        None,
        "--since",
        metavar="DATE",
        help="Show only articles published on or after this day (YYYY-MM-DD); articles "
        "without a date are left out, and counted.",
    ),
    until: str = typer.Option(
        None,
        "--until",
        metavar="DATE",
        help="Show only articles published on or before this day (YYYY-MM-DD).",
    ),
    by: str = typer.Option(
        None,
        "--by",
        metavar="outlet|speaker|language",
        help="Count the claims shown instead: for each outlet (source, language), the "
        "places it claims most about, with the claims, the articles and the articles "
        "whose text is their own (copies left out). Groups with most articles first.",
    ),
    top: int = typer.Option(
        10, "--top", metavar="N", min=1, help="With --by: the first N places of each group."
    ),
    limit: int = typer.Option(
        20,
        "--limit",
        metavar="N",
        min=0,
        help="The most claims shown per article and place (0: all); the rest are counted. "
        "--json and --csv print every claim.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the claims as JSON."),
    as_csv: bool = typer.Option(
        False, "--csv", help="Print the claims as CSV (claims.csv's columns)."
    ),
    language: str = Language,
    model: str = Model,
    gazetteer: str = Gazetteer,
    demonyms: bool = Demonyms,
    facilities: bool = Facilities,
    focus: bool = Focus,
    max_article_mb: float = MaxArticleMb,
    workers: str = Workers,
    text_field: str = TextField,
    id_field: str = IdField,
    fields: list[str] = Fields,
    verbose: int = Verbose,
    log_file: Path = LogFile,
) -> None:
    """Show who says what about each place, article by article.

    INPUT may be the output folder of `geomap map` (-o): read as saved, without the model.
    Exits 1 if any input could not be processed (the others are still shown), 2 on a
    usage or configuration error.
    """
    on_stop(CLAIMS_NOT_SHOWN)  # first: a Ctrl-C during the imports below says it too
    from geomap.claims.collect import places_from_mentions
    from geomap.claims.place_hints import also_in_run, phrase_places
    from geomap.claims.place_names import run_labels
    from geomap.claims.query import ClaimsQuery, query_claims
    from geomap.claims.render import nothing_shown, render_claims, undated_note, unplaced_names
    from geomap.claims.tally import GROUPINGS, tally_claims
    from geomap.cli.claims_output import claims_text, tally_output
    from geomap.gazetteer import Gazetteer
    from geomap.io.saved_run import SavedRun, is_saved_run, read_saved_run
    from geomap.run import geoparse_inputs

    start_logging(verbose, log_file)
    if as_json and as_csv:
        raise typer.BadParameter("give --json or --csv, not both", param_hint="--json/--csv")
    if by is not None and by not in GROUPINGS:
        raise typer.BadParameter(f"{by!r}: give one of {', '.join(GROUPINGS)}", param_hint="--by")
    first, last = _day(since, "--since"), _day(until, "--until")
    if first and last and first > last:
        raise typer.BadParameter(f"{since} is after --until {until}", param_hint="--since")
    settings = run_settings(
        model=model,
        language=language,
        gazetteer=gazetteer,
        demonyms=demonyms,
        facilities=facilities,
        focus=focus,
        max_article_mb=max_article_mb,
        workers=workers,
        text_field=text_field,
        id_field=id_field,
        fields=fields,
    )
    paths = as_paths(inputs)
    saved = [p for p in paths if is_saved_run(p)]  # a run's outputs: read, not parsed again
    try:
        runs = [read_saved_run(p) for p in saved]
        for problem in (line for run in runs for line in run.problems):
            say(f"geomap: warning: {problem}", err=True, lines=False)
        result = None
        if len(saved) < len(paths):
            result = geoparse_inputs([p for p in paths if p not in saved], settings=settings)
    except GeomapError as exc:
        error(str(exc))
        raise typer.Exit(ExitCode.USAGE) from exc
    if result is not None:
        report_failures(result, report=False)  # claims writes no report.json
        if not result.processed and not runs:
            error(f"no input could be processed ({len(result.statuses)} given or found)")
            raise typer.Exit(ExitCode.INPUTS_FAILED)
    if result is not None and result.records is not None:  # kept: grouped by place
        runs.append(
            SavedRun(
                Path(),
                tuple(result.records.mentions),
                tuple(result.records.claims),
                result.article_info,
            )
        )
    mentions = [m for run in runs for m in run.mentions]
    all_claims = [c for run in runs for c in run.claims]
    info = one_outlet_form({k: v for run in runs for k, v in run.article_info.items()})
    query = ClaimsQuery(place, within, speaker, article, first, last, language)
    try:
        answer = query_claims(
            mentions,
            all_claims,
            info,
            query,
            open_gazetteer=lambda: Gazetteer.open(settings.gazetteer),
            filter_language=bool(saved),  # a parsed input was parsed in that language
        )
    except QueryError as exc:
        error(str(exc))
        raise typer.Exit(ExitCode.USAGE) from exc
    for note in answer.notes:
        say(f"geomap: {note}", err=True)
    chosen, filters, found = answer.chosen, list(answer.filters), answer.found
    if by is not None:
        places = places_from_mentions(mentions)  # the run's: labels no filter changes
        rows = tally_claims(chosen, places, info, by)
        say(tally_output(rows, by, top, as_json, as_csv, run_labels(places)), nl=False)
        if answer.undated:
            say(f"geomap: {undated_note(len(answer.undated), filters)}", err=True)
    elif as_json or as_csv:
        say(claims_text(mentions, chosen, info, as_csv), nl=False)
        # what the terminal's view says, on stderr: the JSON or CSV stays whole
        if place and found != "claims":
            unplaced = unplaced_names(place, mentions)
            placed = phrase_places(place, mentions)
            shown = nothing_shown(
                place, filters, found, answer.known_as, len(answer.called), unplaced, placed
            )
            say(f"geomap: {shown}", err=True)
        also = also_in_run(place, mentions, {c.place_id for c in chosen}) if place else ""
        if also:
            say(f"geomap: {also}", err=True)
        if answer.undated:
            say(f"geomap: {undated_note(len(answer.undated), filters)}", err=True)
    elif not chosen and answer.notes:
        pass  # the note above says why nothing matched: one message, not two (user72b)
    else:
        say(
            render_claims(
                mentions,
                chosen,
                place=place,
                place_ids=answer.called,
                article_info=info,
                filters=filters,
                found=found,
                undated=len(answer.undated),
                known_as=answer.known_as,
                limit=limit,
            ),
            nl=False,
        )
    if result is not None and result.failed:
        raise typer.Exit(ExitCode.INPUTS_FAILED)


def _day(value: str | None, option: str) -> date | None:
    """``--since``/``--until``'s day (a usage error if it is none)."""
    from geomap.claims.periods import iso_day

    try:
        return iso_day(value) if value else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from exc
