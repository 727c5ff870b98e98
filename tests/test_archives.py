"""A zip or tar of articles is not read, and says so: unpack it."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import InputStatus


def _tar_gz(path: Path) -> Path:
    data = b"Officials in Kyiv said."
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("story.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return path


def test_a_tar_given_by_name_is_an_error_that_says_unpack_it(tmp_path: Path) -> None:
    (status,) = read_inputs([_tar_gz(tmp_path / "articles.tar.gz")])
    assert isinstance(status, InputStatus) and status.status == "error"
    assert (status.reason or "").endswith("a tar archive: unpack it (tar -xf) and give the folder")


def test_archives_in_a_folder_are_skipped_with_a_hint(tmp_path: Path) -> None:
    _tar_gz(tmp_path / "b.tar.gz")
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as z:
        z.writestr("story.txt", "Officials in Kyiv said.")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04")
    reasons = {
        Path(s.source).name: s.reason for s in read_inputs([tmp_path]) if isinstance(s, InputStatus)
    }
    hint = "not an article file type; an archive: unpack it to read its articles"
    assert reasons["a.zip"] == f"{tmp_path / 'a.zip'}: {hint}"
    assert reasons["b.tar.gz"] == f"{tmp_path / 'b.tar.gz'}: {hint}"
    assert reasons["c.docx"] == f"{tmp_path / 'c.docx'}: not an article file type"
