"""A zip or tar of articles is read member by member; other archives say: unpack it."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus


def _tar_gz(path: Path) -> Path:
    data = b"Officials in Kyiv said."
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("story.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return path


def _zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _read(paths: list[Path]) -> tuple[dict[str, Article], dict[str, InputStatus]]:
    items = list(read_inputs(paths))
    arts = {a.source.split("!", 1)[-1]: a for a in items if isinstance(a, Article)}
    stats = {s.source.split("!", 1)[-1]: s for s in items if isinstance(s, InputStatus)}
    return arts, stats


@pytest.mark.parametrize("name", ["articles.tar.gz", "articles.tgz", "articles.tar"])
def test_a_tar_given_by_name_has_its_articles_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = b"Officials in Kyiv said."
    with tarfile.open(path, "w:gz" if "g" in name else "w") as tar:
        info = tarfile.TarInfo("desk/story.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    (art,) = read_inputs([path])
    assert isinstance(art, Article) and art.text == "Officials in Kyiv said."
    assert art.source == f"{path}!desk/story.txt" and art.article_id == "articles/desk/story"


def test_a_tar_of_a_folder_named_as_it_names_its_articles_once(tmp_path: Path) -> None:
    """user71a B10: ``tar czf pages.tar.gz pages/`` gave ids ``pages/pages/sudan/...``."""
    path = tmp_path / "pages.tar.gz"
    data = b"Officials in Kyiv said."
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("pages/sudan/story.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    (art,) = read_inputs([path])
    assert isinstance(art, Article) and art.article_id == "pages/sudan/story"
    assert art.source == f"{path}!pages/sudan/story.txt"  # the member as the archive names it


def test_a_zip_is_read_as_a_folder_is(tmp_path: Path) -> None:
    """user68a B7: "saved_pages.zip: binary data ...; a zip archive: unpack it"."""
    page = "<html><head><title>Strike</title></head><body><p>Shelling in Kharkiv.</p></body></html>"
    corpus = '{"text": "Talks in Geneva."}\n{"text": "Rain in Dhaka."}\n'
    path = _zip(
        tmp_path / "pages.zip",
        {"a/page.html": page, "b.jsonl": corpus, "c.txt.gz": gzip.compress(b"Floods in Lviv."),
         "notes.pdf": b"%PDF-1.4", ".hidden.txt": "x", "__MACOSX/._page.html": "x",
         "inner.zip": b"PK\x03\x04", "d.txt": b"\x00\x01binary"},
    )  # fmt: skip
    arts, stats = _read([path])
    assert set(arts) == {"a/page.html", "b.jsonl:1", "b.jsonl:2", "c.txt.gz"}
    assert "Shelling in Kharkiv." in arts["a/page.html"].text
    assert arts["b.jsonl:2"].text == "Rain in Dhaka."
    assert arts["c.txt.gz"].text == "Floods in Lviv."
    assert stats["notes.pdf"].status == "skipped"
    assert (stats["notes.pdf"].reason or "").endswith("a PDF: extract its text to read it")
    assert stats[".hidden.txt"].status == stats["__MACOSX/._page.html"].status == "skipped"
    assert (stats["inner.zip"].reason or "").endswith(
        f"{path}!inner.zip: an archive inside the archive, not read: unpack it to read its articles"
    )
    assert stats["d.txt"].status == "error"  # a bad member costs only itself


def test_archives_in_a_folder_are_read_and_others_skipped_with_a_hint(tmp_path: Path) -> None:
    _tar_gz(tmp_path / "b.tar.gz")
    _zip(tmp_path / "a.zip", {"story.txt": "Officials in Kyiv said."})
    (tmp_path / "c.7z").write_bytes(b"7z")
    items = list(read_inputs([tmp_path]))
    ids = sorted(a.article_id for a in items if isinstance(a, Article))
    assert ids == ["a/story", "b/story"]  # the same text in both: read twice, said
    (skip,) = [s for s in items if isinstance(s, InputStatus)]
    assert skip.reason == (
        f"{tmp_path / 'c.7z'}: not an article file type; an archive: unpack it to read its articles"
    )


def test_an_archive_member_over_the_article_limit_is_an_error(tmp_path: Path) -> None:
    path = _zip(tmp_path / "a.zip", {"big.txt": "Kyiv. " * 400, "small.txt": "Lviv."})
    items = list(read_inputs([path], max_article_bytes=1000))
    (art,) = [a for a in items if isinstance(a, Article)]
    (err,) = [s for s in items if isinstance(s, InputStatus)]
    assert art.text == "Lviv." and err.status == "error"
    assert err.reason == (
        f"{path}!big.txt: 0.0 MB is over the limit of 0.001 MB per article; "
        "raise it with --max-article-mb"
    )


def test_an_archive_past_its_limits_stops_with_an_error_naming_it(tmp_path: Path) -> None:
    from geomap.io.archives import ArchiveLimits, archive_members

    path = _zip(tmp_path / "a.zip", {f"{n}.txt": "Kyiv. " * 100 for n in range(5)})
    many = list(archive_members(path, ArchiveLimits(members=3)))
    assert len(many) == 1 and isinstance(many[0], InputStatus)
    assert many[0].reason == (f"{path}: 5 members listed, over the limit of 3; the rest not read")
    total = list(archive_members(path, ArchiveLimits(total_bytes=1500)))
    assert sum(not isinstance(m, InputStatus) for m in total) == 2
    assert total[-1].source == str(path) and "its members hold over 0.0 GB uncompressed" in str(
        getattr(total[-1], "reason", "")
    )
    bomb = _zip(tmp_path / "bomb.zip", {"zeros.txt": b"\0" * (5 << 20)})
    (said,) = list(archive_members(bomb))
    assert isinstance(said, InputStatus) and said.status == "error"
    assert "over 100 to 1 (a zip bomb?); not read" in (said.reason or "")


def test_a_tar_bomb_stops_the_archive(tmp_path: Path) -> None:
    from geomap.io.archives import archive_members

    path = tmp_path / "bomb.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("zeros.txt")
        info.size = 8 << 20
        tar.addfile(info, io.BytesIO(b"\0" * info.size))
        tar.addfile(tarfile.TarInfo("after.txt"), io.BytesIO(b""))
    said = list(archive_members(path))
    assert isinstance(said[-1], InputStatus) and said[-1].status == "error"
    assert "inflates over 100 to 1 (a tar bomb?); the rest not read" in (said[-1].reason or "")


def test_a_damaged_archive_is_one_clear_error(tmp_path: Path) -> None:
    zipped = tmp_path / "a.zip"
    zipped.write_bytes(b"PK\x03\x04 not really")
    tarred = tmp_path / "b.tar.gz"
    tarred.write_bytes(b"not gzip at all")
    empty = _zip(tmp_path / "c.zip", {"x.png": b"\x89PNG"})
    by_source = {s.source: s for s in read_inputs([zipped, tarred, empty])}
    assert by_source[str(zipped)].status == "error"
    assert (by_source[str(zipped)].reason or "").startswith(f"{zipped}: not a readable zip archive")
    assert (by_source[str(tarred)].reason or "").startswith(f"{tarred}: not a readable tar archive")
    assert by_source[str(empty)].status == "empty"
    assert (by_source[str(empty)].reason or "").startswith(f"{empty}: archive has no article files")


def test_a_misnamed_zip_says_to_name_it_zip(tmp_path: Path) -> None:
    path = _zip(tmp_path / "pages.txt", {"a.txt": "Kyiv."})
    (status,) = read_inputs([path])
    assert isinstance(status, InputStatus)
    assert status.reason == (
        f"{path}: binary data, not text; a zip archive: name it .zip to read the articles in it"
    )


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


def test_a_damaged_member_is_an_error_of_its_own(tmp_path: Path) -> None:
    path = _zip(tmp_path / "a.zip", {"a.txt": "Floods in Lviv. " * 50, "b.txt": "Rain in Kyiv."})
    data = bytearray(path.read_bytes())
    at = data.index(b"a.txt") + len("a.txt") + 5  # inside a.txt's deflated bytes
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))
    items = list(read_inputs([path]))
    bad = [s for s in items if isinstance(s, InputStatus)]
    assert [s.source for s in bad] == [f"{path}!a.txt"] and bad[0].status == "error"
    assert (bad[0].reason or "").startswith(f"{path}!a.txt: cannot be read (")
    assert [a.text for a in items if isinstance(a, Article)] == ["Rain in Kyiv."]
