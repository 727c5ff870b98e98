"""The readers' size unit is defined once (geomap.io.bounded.MIB), not per module."""

from __future__ import annotations

import re
from pathlib import Path

from geomap.io import bounded, json_file

PACKAGE = Path(bounded.__file__).resolve().parents[1]


def test_one_mebibyte_is_defined_once() -> None:
    assert bounded.MIB == 1024 * 1024
    assert json_file.JSON_FILE_LIMIT == 100 * bounded.MIB
    own = re.compile(r"^_?mi?b\s*=", re.IGNORECASE | re.MULTILINE)
    defined = [p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py") if own.search(p.read_text())]
    assert defined == [Path("io/bounded.py")]
