"""Archive members that are links or leave the archive, and a date warning's raw value (hst73)."""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.published import read_published
from geomap.records import Article, InputStatus

_STORY = b"Troops moved to Lviv on Monday, officials said."


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("story.txt", _STORY)
        link = zipfile.ZipInfo("link.txt")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        archive.writestr("../../up.txt", _STORY)
        archive.writestr("/abs/root.txt", _STORY)
        archive.writestr("./here.txt", _STORY)


def _reasons(found: list[Article | InputStatus]) -> dict[str, str]:
    return {
        s.source.rsplit("!", 1)[-1]: s.reason or ""
        for s in found
        if isinstance(s, InputStatus) and s.status == "skipped"
    }


def test_a_zip_symlink_is_skipped_as_a_tar_link_is(tmp_path: Path) -> None:
    _zip(tmp_path / "a.zip")
    found = list(read_inputs([tmp_path / "a.zip"]))
    texts = [a.text for a in found if isinstance(a, Article)]
    assert all("/etc/passwd" not in t for t in texts) and len(texts) == 2  # story, ./here
    reasons = _reasons(found)
    assert reasons["link.txt"].endswith("a link or special file in the archive, not read")


def test_members_leaving_the_archive_are_skipped_saying_so(tmp_path: Path) -> None:
    _zip(tmp_path / "a.zip")
    with tarfile.open(tmp_path / "b.tar", "w") as archive:
        for name in ("../x/up.txt", "ok.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(_STORY)
            archive.addfile(info, io.BytesIO(_STORY))
    reasons = _reasons(list(read_inputs([tmp_path / "a.zip", tmp_path / "b.tar"])))
    for name in ("../../up.txt", "/abs/root.txt", "../x/up.txt"):
        assert "a path leaving the archive" in reasons[name], reasons
        assert "hidden" not in reasons[name]


def test_an_unrecognised_date_is_shown_as_given() -> None:
    raw = "2026-12-01</script><b>x</b>"
    value, _, warnings = read_published(raw, "2026-12-01")
    assert value is None and warnings == [f"unrecognised date {raw!r}; 'published' left empty"]
