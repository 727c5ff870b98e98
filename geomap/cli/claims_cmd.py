"""``geomap claims``: who claims what about each place, in the terminal."""

from __future__ import annotations

import typer

from geomap.cli import app
from geomap.cli.console import error, report_failures, say
from geomap.cli.options import (
    Demonyms,
    Fields,
    Focus,
    Gazetteer,
    IdField,
    Inputs,
    MaxArticleMb,
    Model,
    TextField,
    Workers,
    as_paths,
    run_settings,
)
from geomap.errors import GeomapError


@app.command("claims")
def claims_command(
    inputs: list[str] = Inputs,
    place: str = typer.Option(
        None, "--place", help="Show only this place (name, id, or a surface form like 'U.S.')."
    ),
    model: str = Model,
    gazetteer: str = Gazetteer,
    demonyms: bool = Demonyms,
    focus: bool = Focus,
    max_article_mb: float = MaxArticleMb,
    workers: str = Workers,
    text_field: str = TextField,
    id_field: str = IdField,
    fields: list[str] = Fields,
) -> None:
    """Show, place by place and article by article, what is said about each place and by whom.

    Example: geomap claims seeds/ --place Poland

    Exits 1 if any input could not be processed (the others are still shown).
    """
    from geomap.claims.render import render_claims
    from geomap.run import geoparse_inputs

    settings = run_settings(
        model=model,
        gazetteer=gazetteer,
        demonyms=demonyms,
        focus=focus,
        max_article_mb=max_article_mb,
        workers=workers,
        text_field=text_field,
        id_field=id_field,
        fields=fields,
    )
    try:
        result = geoparse_inputs(as_paths(inputs), settings=settings)
    except GeomapError as exc:
        error(str(exc))
        raise typer.Exit(2) from exc
    report_failures(result)
    if not result.processed:
        error(f"no input could be processed ({len(result.statuses)} given or found)")
        raise typer.Exit(1)
    records = result.records
    assert records is not None  # kept: the view groups the whole run by place
    say(render_claims(records.mentions, records.claims, place=place), nl=False)
    if result.failed:
        raise typer.Exit(1)
