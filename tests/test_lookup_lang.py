"""``geomap gazetteer lookup --lang``: a local language's names and forms, as articles read them."""

from __future__ import annotations

from click.testing import Result
from typer.testing import CliRunner

from geomap.cli import _register, app


def _cli(*args: str) -> Result:
    _register()
    return CliRunner().invoke(app, list(args), terminal_width=120)


def test_a_polish_form_is_looked_up_as_a_polish_article_reads_it() -> None:
    plain = _cli("gazetteer", "lookup", "Krymie")
    assert plain.exit_code == 1 and "no match" in plain.output
    polish = _cli("gazetteer", "lookup", "Krymie", "--lang", "pl")
    assert polish.exit_code == 0, polish.output
    assert "Crimea" in polish.output


def test_an_unknown_language_is_a_usage_error() -> None:
    result = _cli("gazetteer", "lookup", "Krym", "--lang", "xx")
    assert result.exit_code == 2
