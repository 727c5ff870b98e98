"""Zip and tar archives of articles, read member by member, never extracted to disk.

A researcher's "folder of articles" often arrives as ``pages.zip`` or ``export.tar.gz``.
Each member is an input of its own, named ``pages.zip!dir/story.html``, and is chosen
as a folder's file is (:func:`geomap.io.member_names.member_reason`: its suffix,
hidden names); a saved page's ``Story_files`` folder is one skipped line, as in a folder
(:func:`geomap.io.saved_pages.resource_folders`): its frames are no articles.
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
from geomap.io.files import ARCHIVE_READ_SUFFIXES, HTML_SUFFIXES, archive_kind
from geomap.io.member_names import member_reason
from geomap.io.saved_pages import in_resource_folder, resource_folders, resources_reason
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
    over a limit) is a ``skipped`` or ``error`` status named ``archive!member``; the
    members of a saved page's resource folder are one ``skipped`` status naming the
    folder (:class:`_Resources`); an
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


class _Resources:
    """The saved pages' resource folders of one archive, each reported once.

    Parameters
    ----------
    source
        The archive, as its statuses name it.
    names
        Its members' paths (all of them: a page may come after its folder).
    """

    def __init__(self, source: str, names: list[str]) -> None:
        self.source = source
        self.folders = resource_folders(names, HTML_SUFFIXES)
        self.said: set[str] = set()

    def covers(self, name: str) -> bool:
        """Whether member ``name`` is in a resource folder (already reported or not)."""
        return bool(self.folders) and in_resource_folder(name, self.folders) is not None

    def status(self, name: str) -> InputStatus | None:
        """The folder's one skipped status, for its first member ``name`` (else ``None``)."""
        folder = in_resource_folder(name, self.folders)
        if folder is None or folder in self.said:
            return None
        self.said.add(folder)
        where = f"{self.source}!{valid_unicode(folder)}"
        return InputStatus(where, None, "skipped", resources_reason(where, self.folders[folder]))


#: What a member that is a symbolic link, a device or a pipe is said to be (zip or tar).
LINK_OR_SPECIAL = "a link or special file in the archive, not read"


def _regular(info: zipfile.ZipInfo) -> bool:
    """Whether a zip member is a plain file (one with no Unix mode in its attributes is).

    A symbolic link (``external_attr >> 16`` of type ``S_IFLNK``), a device or a pipe is not.
    """
    mode = info.external_attr >> 16
    return not stat.S_IFMT(mode) or stat.S_ISREG(mode)


def _zip_members(path: Path, limits: ArchiveLimits) -> Iterator[Member | InputStatus]:
    source = valid_unicode(str(path))
    with _open_file(path) as fh:
        listed = _zip_entries(fh)
        if listed > limits.members:
            over = f"{listed:,} members listed, over the limit of {limits.members:,}"
            raise _OverLimitError(over)
        with zipfile.ZipFile(fh) as archive:
            total = 0
            infos = archive.infolist()
            saved = _Resources(source, [i.filename for i in infos if not i.is_dir()])
            for info in infos:
                if info.is_dir():
                    continue
                if saved.covers(info.filename):
                    said = saved.status(info.filename)
                    if said is not None:
                        yield said
                    continue
                reason = member_reason(info.filename)
                if reason is None and not _regular(info):
                    reason = LINK_OR_SPECIAL
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
    """A tar's members, read in two passes: its names (:func:`_tar_names`), then its members.

    A saved page's resource folder may come before the page in the stream.
    """
    source = valid_unicode(str(path))
    saved = _Resources(source, _tar_names(path, limits))
    total = 0
    with open_regular(path, 0) as fh, tarfile.open(fileobj=fh, mode="r|*") as archive:
        for info in _checked(archive, os.stat(path).st_size, limits):
            if saved.covers(info.name):
                said = saved.status(info.name)
                if said is not None:
                    yield said
                continue
            reason = member_reason(info.name)
            if reason is None and not info.isfile():
                reason = LINK_OR_SPECIAL
            if reason is not None:
                yield _status(source, info.name, reason)
                continue
            total += info.size
            if total > limits.total_bytes:
                raise _OverLimitError(_over_total(limits))
            stream = archive.extractfile(info)
            if stream is not None:
                yield Member(info.name, info.size, stream)


def _tar_names(path: Path, limits: ArchiveLimits) -> list[str]:
    """The names of a tar's members other than folders, read from its headers.

    Up to a limit or damage, if any: the second pass reads the members before it and
    stops there with its reason, as a tar read in one pass did.
    """
    names: list[str] = []
    try:
        with open_regular(path, 0) as fh, tarfile.open(fileobj=fh, mode="r|*") as archive:
            names.extend(info.name for info in _checked(archive, os.stat(path).st_size, limits))
    except (_OverLimitError, tarfile.TarError, zlib.error, EOFError, OSError):
        pass  # said by the second pass
    return names


def _checked(
    archive: tarfile.TarFile, packed: int, limits: ArchiveLimits
) -> Iterator[tarfile.TarInfo]:
    """The members of a tar read as a stream, folders left out; over a limit it stops."""
    for count, info in enumerate(archive, 1):
        if count > limits.members:
            raise _OverLimitError(f"over {limits.members:,} members")
        unpacked = info.offset_data + info.size
        if unpacked > _RATIO_FLOOR and unpacked > limits.ratio * max(packed, 1):
            raise _OverLimitError(f"inflates over {limits.ratio} to 1 (a tar bomb?)")
        if not info.isdir():
            yield info


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


__all__ = ["ArchiveLimits", "Member", "archive_kind", "archive_members"]
