"""A web page saved whole by a browser: its folder of resources is no folder of articles.

"Save Page As..., Webpage, complete" writes ``Story.html`` and beside it ``Story_files/``
with the page's images, scripts, styles and the frames it showed, each frame a page of
its own (``saved_resource.html``: an advertisement, a video player).  Read as articles,
the frames' places would be mapped as the story's.  One rule (:func:`saved_page_of`)
and one line (:func:`resources_reason`) for a folder's ``Story_files`` and for an
archive's (:func:`resource_folders`, :mod:`geomap.io.archives`): a zip of saved pages
had each script and image skipped on a line of its own and each frame read as an
article.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

#: What a browser's "Save Page As..., complete" adds to a page's name for the folder of
#: its images, scripts, styles and frames (Chrome, Edge, Firefox: ``Story_files``).
SAVED_PAGE_FOLDER = "_files"


def saved_page_of(folder: str, names: set[str], suffixes: Iterable[str]) -> str | None:
    """The saved page (named with one of ``suffixes``) whose resources ``folder`` holds.

    ``names`` are the names in the folder that holds ``folder``.

    A frame of the page saved there (an advertisement's, ``saved_resource.html``) is no
    article: its places would be mapped as the story's.

    >>> saved_page_of("Story_files", {"Story.html", "Story_files"}, [".htm", ".html"])
    'Story.html'
    >>> saved_page_of("old_files", {"old.txt", "old_files"}, [".html"]) is None
    True
    """
    if not folder.endswith(SAVED_PAGE_FOLDER) or folder == SAVED_PAGE_FOLDER:
        return None
    stem = folder[: -len(SAVED_PAGE_FOLDER)]
    return next((stem + s for s in sorted(suffixes) if stem + s in names), None)


def resources_reason(folder: str, page: str) -> str:
    """Why the folder ``folder`` (as it is named in the report) is not read: ``page``'s resources.

    >>> resources_reason("a.zip!x/Story_files", "Story.html")
    'a.zip!x/Story_files: the images, scripts and frames of the saved page Story.html, not read'
    """
    return f"{folder}: the images, scripts and frames of the saved page {page}, not read"


def resource_folders(paths: Iterable[str], suffixes: Iterable[str]) -> dict[str, str]:
    """The folders of a list of file ``paths`` (an archive's members) that are saved pages'.

    Each folder (``/``-separated, as archives name members) whose name and the names
    beside it make it a saved page's resources (:func:`saved_page_of`, as a folder on
    disk is judged) -> that page's name.  A folder inside one is not listed: the
    outermost covers it.

    >>> names = ["x/Story.html", "x/Story_files/ad.html", "x/Story_files/in_files/a.js"]
    >>> resource_folders(names, [".html"])
    {'x/Story_files': 'Story.html'}
    >>> resource_folders(["wire_files/a.html", "Other.html"], [".html"])
    {}
    """
    listed: dict[str, set[str]] = {}  # a folder ("" for the top) -> the names in it
    for path in paths:
        parts = [p for p in path.split("/") if p]
        for depth, part in enumerate(parts):
            listed.setdefault("/".join(parts[:depth]), set()).add(part)
    suffixes = tuple(suffixes)
    found: dict[str, str] = {}
    for folder in sorted(listed, key=lambda f: (f.count("/"), f)):
        if not folder or in_resource_folder(folder + "/", found):
            continue
        where = PurePosixPath(folder)
        parent = "" if where.parent == PurePosixPath(".") else where.parent.as_posix()
        page = saved_page_of(where.name, listed.get(parent, set()), suffixes)
        if page is not None:
            found[folder] = page
    return found


def in_resource_folder(path: str, folders: dict[str, str]) -> str | None:
    """The folder of ``folders`` (:func:`resource_folders`) that holds the file ``path``, if any.

    >>> in_resource_folder("/x/Story_files/a.js", {"x/Story_files": "Story.html"})
    'x/Story_files'
    """
    parts = [p for p in path.split("/") if p]
    if path.endswith("/"):
        parts.append("")  # a folder's own path is inside itself
    return next(
        (f for depth in range(1, len(parts)) if (f := "/".join(parts[:depth])) in folders), None
    )
