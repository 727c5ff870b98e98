"""One check of the language given for every article, in the caller's words (sty71).

``geomap map --language`` and ``geoparse(language=)`` refuse a code geomap has no
pipeline for by :func:`geomap.given_language.supported_language`; the command line
names its option, the API its keyword argument.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from geomap.api_checks import checked_language
from geomap.cli import _register, app
from geomap.errors import InputError
from geomap.given_language import supported_language


def test_a_supported_code_is_read_whatever_its_case() -> None:
    assert supported_language(" RU ") == "ru"
    assert supported_language(None) is None
    assert checked_language("Uk") == "uk"


def test_python_names_the_keyword_argument() -> None:
    with pytest.raises(InputError) as raised:
        checked_language("xx")
    said = str(raised.value)
    assert said.startswith("language='xx': geomap has no pipeline for it; it reads en, ")
    assert "--" not in said


def test_the_command_line_names_its_option(tmp_path: object) -> None:
    _register()
    got = CliRunner().invoke(app, ["map", "seeds", "--language", "xx", "-o", str(tmp_path)])
    assert got.exit_code == 2
    said = " ".join(got.output.split())
    assert "--language" in said and "'xx': geomap has no pipeline for it; it reads en" in said
    assert "language='xx'" not in said
