"""Messages name input text through sanitize.quoted: control characters spelled ``\\u001b``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geomap.io.record import record_article
from geomap.io.record_ids import record_id
from geomap.records import InputStatus

PACKAGE = Path(__file__).resolve().parents[1] / "geomap"
ESC = "\x1b[31m"


def _clean(message: str) -> None:
    assert "\x1b" not in message and "\\x1b" not in message, message
    assert "\\u001b[31m" in message, message


def test_a_record_field_name_with_an_escape_is_quoted_in_the_status() -> None:
    status = record_article({f"bo{ESC}dy": "x"}, "c.jsonl:1", "c-1", 0)
    assert isinstance(status, InputStatus)
    _clean(status.reason or "")


def test_an_id_field_name_with_an_escape_is_quoted_in_the_warning() -> None:
    warnings: list[str] = []
    record_id({"id": [1]}, {"id": f"i{ESC}d"}, ("id",), "c-1", warnings)
    _clean(warnings[0])


@pytest.mark.parametrize("folder", ["io", "evaluation", "gazetteer"])
def test_no_message_of_the_readers_shows_a_value_by_repr(folder: str) -> None:
    """``{x!r}`` wrote ``\\x1b`` and a second form of quoting; module ``__getattr__`` aside."""
    found = []
    for path in (PACKAGE / folder).rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"!r\}", line) and "__name__!r" not in line and "Gazetteer(" not in line:
                found.append(f"{path.name}:{n}")
    assert found == []
