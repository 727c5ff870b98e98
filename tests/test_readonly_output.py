"""A read-only output folder is kept, not replaced.

A run swaps its staging folder with ``-o`` by renames in the parent, so the folder's own
permissions never stopped it: ``chmod a-w results`` (results to keep) was replaced all
the same, by a new writable folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geomap.errors import OutputError
from geomap.io import KNOWN_FILES
from geomap.outdir import OutputDir


def _run(out: Path, text: str) -> None:
    with OutputDir(out, KNOWN_FILES) as target:
        (target.staging / "map.html").write_text(text, encoding="utf-8")
        target.commit()


def test_a_read_only_output_folder_is_refused_and_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(out, "first")
    os.chmod(out, 0o555)
    try:
        with pytest.raises(OutputError, match=r"is read-only .*chmod u\+w"):
            _run(out, "second")
        assert (out / "map.html").read_text(encoding="utf-8") == "first"
        assert os.stat(out).st_mode & 0o777 == 0o555
        assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging, no lock left
    finally:
        os.chmod(out, 0o755)
    _run(out, "third")  # writable again: replaced as before
    assert (out / "map.html").read_text(encoding="utf-8") == "third"
