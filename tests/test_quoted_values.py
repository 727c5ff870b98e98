"""Every message names a value with the same escapes, ``\\u001b`` (rev46).

``gazetteer lookup`` wrote "no match for 'Geo\\x1b[31mrgia'" (Python's repr), where
every other message writes ``\\u001b`` (:func:`geomap.sanitize.terminal_text`).
"""

from __future__ import annotations

from typing import Any

from typer.testing import CliRunner

from geomap.claims.render import render_claims
from geomap.cli import _register, app
from geomap.sanitize import quoted, terminal_text


def _cli(*args: str) -> Any:
    _register()
    return CliRunner().invoke(app, list(args), terminal_width=80)


def test_quoted_escapes_as_the_terminal_does() -> None:
    value = "Geo\x1b[31mrgia\n\u202e"
    assert quoted(value) == "'" + terminal_text(value, keep_newlines=False) + "'"
    assert quoted(value) == "'Geo\\u001b[31mrgia\\n\\u202e'"


def test_gazetteer_lookup_names_an_unknown_name_as_the_other_commands_do() -> None:
    result = _cli("gazetteer", "lookup", "Zzq\x1b[31mxx")
    assert result.exit_code == 1
    assert "no match for 'Zzq\\u001b[31mxx'" in result.output
    assert "\\x1b" not in result.output and "\x1b" not in result.output


def test_a_bad_option_value_is_named_with_the_same_escapes() -> None:
    result = _cli("map", "seeds", "-o", "/tmp/never-written", "--format", "a\x1bb")
    assert result.exit_code == 2
    assert "'a\\u001bb' is not an extra format" in result.output


def test_no_claims_about_a_place_names_it_with_the_same_escapes() -> None:
    assert render_claims([], place="X\x1bY").startswith("No claims about 'X\\u001bY'.")
