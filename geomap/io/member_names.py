"""An archive member's path: whether it is read, and what names its articles.

Moved from :mod:`geomap.io.archives`, which reads the members: a member is chosen as a
folder's file is (:func:`member_reason`: hidden names, its suffix, an archive inside
the archive) and its articles are named after the archive and its path
(:func:`member_label`: ``pages/dir/story`` for ``pages.zip!dir/story.html``).
"""

from __future__ import annotations

import re
from pathlib import Path

from geomap.io.files import (
    ARCHIVE_SUFFIXES,
    ARTICLE_SUFFIXES,
    archive_kind,
    file_kind,
    not_article_reason,
)

#: What an archive inside an archive read says.
NESTED_ARCHIVE = "an archive inside the archive, not read: unpack it to read its articles"


#: What a member whose path leaves the archive ("../x", "/etc/x", "C:/x") is said to be.
LEAVES_ARCHIVE = "a path leaving the archive ('../' or absolute), not read"
_DRIVE = re.compile(r"[A-Za-z]:/")


def member_reason(name: str) -> str | None:
    """Why an archive's member ``name`` is not read (as a folder's file would not be), else None.

    >>> member_reason("a/.DS_Store"), member_reason("__MACOSX/._a.txt")
    ('hidden file, not read', 'hidden file, not read')
    >>> member_reason("inner.tar.gz")[:29], member_reason("a/story.html") is None
    ('an archive inside the archive', True)
    >>> member_reason("../../x.txt") == member_reason("/etc/x.txt") == LEAVES_ARCHIVE
    True
    >>> member_reason("./story.txt") is None
    True
    """
    path = name.replace("\\", "/")
    if path.startswith("/") or _DRIVE.match(path) or ".." in path.split("/"):
        return LEAVES_ARCHIVE
    parts = [p for p in path.split("/") if p and p != "."]  # "./story.txt": tar's own
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

    A member under a folder named as the archive (``tar czf pages.tar.gz pages/`` makes
    ``pages/dir/story.html``) is named without that folder: ``pages/dir/story``, not
    ``pages/pages/dir/story``.

    >>> member_label("pages", "dir/story.html"), member_label("pages", "/a/b.jsonl.gz")
    ('pages/dir/story', 'pages/a/b')
    >>> member_label("in/pages", "pages/dir/story.html"), member_label("pages", "pages.html")
    ('in/pages/dir/story', 'pages/pages')
    """
    path = Path(name.lstrip("/"))
    if len(path.parts) > 1 and path.parts[0] == Path(archive_label).name:
        path = Path(*path.parts[1:])
    suffix, gz = file_kind(path)
    stem = path.name[: len(path.name) - len(suffix) - (3 if gz else 0)] or path.name
    return (Path(archive_label) / path.parent / stem).as_posix()
