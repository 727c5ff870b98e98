"""A zip or tar of articles is not read, and says so: unpack it."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest

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


def test_a_tgz_given_by_name_says_it_is_a_tar_not_to_rename_it(tmp_path: Path) -> None:
    """Its gzip magic had said "a gzip file: name it .gz (story.txt.gz)" (rev42)."""
    (status,) = read_inputs([_tar_gz(tmp_path / "articles.tgz")])
    assert isinstance(status, InputStatus) and status.status == "error"
    reason = status.reason or ""
    assert reason.endswith("a gzipped tar archive (.tgz): unpack it (tar -xzf) and give the folder")
    assert "name it .gz" not in reason


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
    assert reasons["c.docx"] == (
        f"{tmp_path / 'c.docx'}: not an article file type; "
        "a word-processor document: save it as text or HTML to read it"
    )


def test_an_archive_in_a_folder_is_named_on_the_console(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from geomap.cli.console import report_failures
    from geomap.result import Result
    from geomap.settings import Settings

    (tmp_path / "a.txt").write_text("Officials in Kyiv said.", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "bundle.zip", "w") as zf:
        zf.writestr("c.txt", "Talks in Geneva.")
    statuses = [s for s in read_inputs([tmp_path]) if isinstance(s, InputStatus)]
    report_failures(Result(statuses=tuple(statuses), settings=Settings()))
    err = capsys.readouterr().err
    assert f"geomap: skipped: {tmp_path / 'bundle.zip'}: not an article file type" in err
    assert "input(s) skipped" not in err  # not lumped with hidden files and links


def test_a_pdf_in_a_folder_is_named_on_the_console_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from geomap.cli.console import report_failures
    from geomap.result import Result
    from geomap.settings import Settings

    (tmp_path / "a.txt").write_text("Officials in Kyiv said.", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    statuses = [s for s in read_inputs([tmp_path]) if isinstance(s, InputStatus)]
    report_failures(Result(statuses=tuple(statuses), settings=Settings()))
    err = capsys.readouterr().err
    pdf = tmp_path / "b.pdf"
    assert f"geomap: skipped: {pdf}: not an article file type; a PDF: extract its text" in err
    assert "c.png" not in err  # an image holds no article: counted, not named


@pytest.mark.parametrize(
    ("name", "advice"),
    [
        ("export.xlsx", "a spreadsheet: save it as CSV (UTF-8) to read it"),
        ("story.docx", "a word-processor document: save it as text or HTML to read it"),
        ("report.pdf", "a PDF: extract its text to read it"),
    ],
)
def test_a_document_given_by_name_is_an_error_that_says_what_to_do(
    tmp_path: Path, name: str, advice: str
) -> None:
    # given by name it was read as an article's text: an .xlsx of a few bytes without a
    # NUL was mapped as an article with no places (exit 0), a real one called "a zip
    # archive: unpack it"
    (tmp_path / name).write_bytes(b"PK\x03\x04 no NUL here")
    (status,) = read_inputs([tmp_path / name])
    assert isinstance(status, InputStatus) and status.status == "error"
    assert status.reason == f"{tmp_path / name}: not an article file type; {advice}"


def test_a_spreadsheet_in_a_folder_is_skipped_with_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "export.xlsx").write_bytes(b"PK\x03\x04")
    (status,) = [s for s in read_inputs([tmp_path]) if s.source.endswith("xlsx")]
    assert isinstance(status, InputStatus) and status.status == "skipped"
    assert (status.reason or "").endswith("a spreadsheet: save it as CSV (UTF-8) to read it")
