"""Zip and tar archives of articles, read member by member, never extracted to disk.

A researcher's "folder of articles" often arrives as ``pages.zip`` or ``export.tar.gz``.
Each member is an input of its own, named ``pages.zip!dir/story.html``, and is chosen
as a folder's file is (:func:`member_reason`: its suffix, hidden names).
A member is read from the archive's stream: nothing is written to disk, and no member
path can reach outside.  Limits guard against archives built to exhaust a reader
(:class:`ArchiveLimits`): the members counted, their uncompressed sizes summed, each
member's compression ratio (a zip's) or the whole stream's (a compressed tar's).  An
archive inside an archive is skipped with its reason; an archive that cannot be read
is one error naming it.
"""

from __future__ import annotations

import os
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from geomap.io.bounded import MIB, open_regular
from geomap.io.files import (
    ARCHIVE_READ_SUFFIXES,
    ARCHIVE_SUFFIXES,
    ARTICLE_SUFFIXES,
    archive_kind,
    file_kind,
    not_article_reason,
)
from geomap.records import InputStatus
from geomap.sanitize import valid_unicode

#: The most members one archive may list (a zip's central directory is read whole).
MAX_MEMBERS = 100_000
#: The most uncompressed bytes an archive's members may hold together.
MAX_TOTAL_BYTES = 4 << 30
#: The most a member (a zip's) or the whole stream (a compressed tar's) may inflate.
MAX_RATIO = 100
#: Below this many uncompressed bytes a ratio is not checked (a short text compresses well).
_RATIO_FLOOR = 4 * MIB


#: What an archive inside an archive read says.
NESTED_ARCHIVE = "an archive inside the archive, not read: unpack it to read its articles"


@dataclass(frozen=True)
class ArchiveLimits:
    """What one archive may hold; see the module docstring.

    Attributes
    ----------
    members
        The most members listed.
    total_bytes
        The most uncompressed bytes of all members read.
    ratio
        The most a member (or a compressed tar's stream) may inflate.
    """

    members: int = MAX_MEMBERS
    total_bytes: int = MAX_TOTAL_BYTES
    ratio: int = MAX_RATIO


@dataclass(frozen=True)
class Member:
    """A member to read: its path in the archive, its size and its bytes (read once).

    ``stream`` must be read (or left) before the next member is asked for: a tar is
    read as one stream.
    """

    name: str
    size: int
    stream: IO[bytes]


def archive_members(
    path: Path, limits: ArchiveLimits = ArchiveLimits()
) -> Iterator[Member | InputStatus]:
    """Yield the article members of the archive at ``path`` and a status for each other.

    A member not read (hidden, not an article file type, an archive itself, a link,
    over a limit) is a ``skipped`` or ``error`` status named ``archive!member``; an
    archive that cannot be read, or stops at a limit, ends with an ``error`` naming it;
    one without an article member is ``empty``.
    """
    source = valid_unicode(str(path))
    kind = archive_kind(path)
    read = 0
    try:
        members = _zip_members(path, limits) if kind == "zip" else _tar_members(path, limits)
        for item in members:
            read += isinstance(item, Member) or item.status == "error"  # an article file
            yield item
    except _OverLimitError as stop:
        yield InputStatus(source, None, "error", f"{source}: {stop}; the rest not read")
        return
    except (zipfile.BadZipFile, tarfile.TarError, zlib.error, EOFError, OSError) as exc:
        what = "zip" if kind == "zip" else "tar"
        problem = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        reason = f"{source}: not a readable {what} archive ({problem})"
        yield InputStatus(source, None, "error", reason)
        return
    if not read:
        kinds = ", ".join(sorted(ARCHIVE_READ_SUFFIXES))
        reason = f"{source}: archive has no article files (it is read as a folder: {kinds})"
        yield InputStatus(source, None, "empty", reason)


class _OverLimitError(Exception):
    """An archive over a limit: what it passed."""


def _status(source: str, name: str, reason: str, status: str = "skipped") -> InputStatus:
    where = f"{source}!{valid_unicode(name)}"
    return InputStatus(where, None, status, f"{where}: {reason}")  # type: ignore[arg-type]


def _zip_members(path: Path, limits: ArchiveLimits) -> Iterator[Member | InputStatus]:
    source = valid_unicode(str(path))
    with _open_file(path) as fh:
        listed = _zip_entries(fh)
        if listed > limits.members:
            over = f"{listed:,} members listed, over the limit of {limits.members:,}"
            raise _OverLimitError(over)
        with zipfile.ZipFile(fh) as archive:
            total = 0
            for info in archive.infolist():
                if info.is_dir():
                    continue
                reason = member_reason(info.filename)
                if reason is not None:
                    yield _status(source, info.filename, reason)
                    continue
                size = info.file_size  # zipfile reads no byte past it (and checks the CRC)
                if size > _RATIO_FLOOR and size > limits.ratio * max(info.compress_size, 1):
                    ratio = size // max(info.compress_size, 1)
                    why = f"compressed {ratio:,} to 1, over {limits.ratio} to 1 (a zip bomb?)"
                    yield _status(source, info.filename, f"{why}; not read", "error")
                    continue
                total += size
                if total > limits.total_bytes:
                    raise _OverLimitError(_over_total(limits))
                if info.flag_bits & 0x1:
                    yield _status(source, info.filename, "encrypted; not read", "error")
                    continue
                yield Member(info.filename, size, archive.open(info))


def _tar_members(path: Path, limits: ArchiveLimits) -> Iterator[Member | InputStatus]:
    source = valid_unicode(str(path))
    packed = max(os.stat(path).st_size, 1)
    with open_regular(path, 0) as fh, tarfile.open(fileobj=fh, mode="r|*") as archive:
        total = count = 0
        for info in archive:
            count += 1
            if count > limits.members:
                raise _OverLimitError(f"over {limits.members:,} members")
            unpacked = info.offset_data + info.size
            if unpacked > _RATIO_FLOOR and unpacked > limits.ratio * packed:
                raise _OverLimitError(f"inflates over {limits.ratio} to 1 (a tar bomb?)")
            if info.isdir():
                continue
            reason = member_reason(info.name)
            if reason is None and not info.isfile():
                reason = "a link or special file in the archive, not read"
            if reason is not None:
                yield _status(source, info.name, reason)
                continue
            total += info.size
            if total > limits.total_bytes:
                raise _OverLimitError(_over_total(limits))
            stream = archive.extractfile(info)
            if stream is not None:
                yield Member(info.name, info.size, stream)


def _over_total(limits: ArchiveLimits) -> str:
    return f"its members hold over {limits.total_bytes / 1e9:.1f} GB uncompressed"


def _open_file(path: Path) -> BinaryIO:
    """The archive file, opened for seeking (a zip's directory is at its end)."""
    fh = open(path, "rb")  # noqa: SIM115 (closed by the caller's with)
    if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
        fh.close()
        raise OSError("not a regular file")
    return fh


#: The end of a zip's central directory, and the zip64 one's locator before it.
_EOCD, _EOCD64_LOCATOR, _EOCD64 = b"PK\x05\x06", b"PK\x06\x07", b"PK\x06\x06"


def _zip_entries(fh: BinaryIO) -> int:
    """How many members a zip's end record lists (0 when none is found: zipfile says why).

    Read before :class:`zipfile.ZipFile` builds one object per member.
    """
    size = fh.seek(0, os.SEEK_END)
    start = max(0, size - (1 << 16) - 22)
    fh.seek(start)
    tail = fh.read()
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) < at + 22:
        return 0
    entries = struct.unpack_from("<H", tail, at + 10)[0]
    locator = at - 20
    if entries == 0xFFFF and locator >= 0 and tail[locator : locator + 4] == _EOCD64_LOCATOR:
        offset = struct.unpack_from("<Q", tail, locator + 8)[0]
        fh.seek(offset)
        record = fh.read(56)
        if record[:4] == _EOCD64 and len(record) == 56:
            entries = struct.unpack_from("<Q", record, 32)[0]
    fh.seek(0)
    return int(entries)


def member_reason(name: str) -> str | None:
    """Why an archive's member ``name`` is not read (as a folder's file would not be), else None.

    >>> member_reason("a/.DS_Store"), member_reason("__MACOSX/._a.txt")
    ('hidden file, not read', 'hidden file, not read')
    >>> member_reason("inner.tar.gz")[:29], member_reason("a/story.html") is None
    ('an archive inside the archive', True)
    """
    parts = [p for p in name.split("/") if p]
    if not parts or any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return "hidden file, not read"
    suffix = file_kind(Path(parts[-1]))[0]
    if archive_kind(parts[-1]) or suffix in ARCHIVE_SUFFIXES:
        return NESTED_ARCHIVE
    if suffix not in ARTICLE_SUFFIXES:
        return not_article_reason(suffix)
    return None


def member_label(archive_label: str, name: str) -> str:
    """What names a member's articles: the archive's label and its path without suffixes.

    >>> member_label("pages", "dir/story.html"), member_label("pages", "/a/b.jsonl.gz")
    ('pages/dir/story', 'pages/a/b')
    """
    path = Path(name.lstrip("/"))
    suffix, gz = file_kind(path)
    stem = path.name[: len(path.name) - len(suffix) - (3 if gz else 0)] or path.name
    return (Path(archive_label) / path.parent / stem).as_posix()


__all__ = ["ArchiveLimits", "Member", "archive_kind", "archive_members", "member_label"]
