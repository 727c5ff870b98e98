"""Inputs the user may not read: a folder without search permission, a file without read.

A folder of articles with one such folder inside stopped the whole run with "could not
write the outputs (Permission denied)": the check for a geomap output folder inside it
raised.  Each is now reported on its own line and the rest is read.  Run as root, the
permission bits do not stop reading, so the denial is also simulated there.
"""

from __future__ import annotations

import errno
import os
import pathlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder ``locked/`` (holding ``x.txt``) that cannot be listed or searched."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "x.txt").write_text("Rain in Rome.", encoding="utf-8")
    os.chmod(folder, 0)
    if os.access(folder, os.X_OK):  # privileged: the bits are not enforced
        denied = PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        scandir, stat = os.scandir, pathlib.Path.stat

        def fake_scandir(path: str | os.PathLike[str] = ".") -> os._ScandirIterator[str]:
            if Path(path) == folder:
                raise denied
            return scandir(path)

        def fake_stat(self: Path, *, follow_symlinks: bool = True) -> os.stat_result:
            if self.parent == folder:
                raise denied
            return stat(self, follow_symlinks=follow_symlinks)

        monkeypatch.setattr(os, "scandir", fake_scandir)
        monkeypatch.setattr(pathlib.Path, "stat", fake_stat)
    yield folder
    os.chmod(folder, 0o755)


def test_a_folder_that_cannot_be_searched_is_reported_and_the_rest_read(
    tmp_path: Path, locked: Path
) -> None:
    (tmp_path / "good.txt").write_text("Shelling hit Donetsk.", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [i.article_id for i in items if isinstance(i, Article)] == ["good"]
    statuses = [(i.status, i.reason) for i in items if isinstance(i, InputStatus)]
    assert statuses == [("error", f"{locked}: cannot be listed (Permission denied)")]


def test_a_folder_given_that_cannot_be_listed_says_so_not_that_it_is_empty(
    locked: Path,
) -> None:
    items = list(read_inputs([locked]))
    statuses = [(i.status, i.reason) for i in items if isinstance(i, InputStatus)]
    assert len(statuses) == len(items) and statuses == [
        ("error", f"{locked}: cannot be listed (Permission denied)")
    ]
