"""A web page saved whole by a browser: its folder of resources is no folder of articles.

"Save Page As..., Webpage, complete" writes ``Story.html`` and beside it ``Story_files/``
with the page's images, scripts, styles and the frames it showed, each frame a page of
its own (``saved_resource.html``: an advertisement, a video player).  Read as articles,
the frames' places would be mapped as the story's.
"""

from __future__ import annotations

from collections.abc import Iterable

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
