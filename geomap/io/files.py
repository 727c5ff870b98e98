"""Find input files and open them safely.

Only regular files are read.  A FIFO, a device or a socket is reported, never
opened for reading in a way that could block or read forever; a broken link is
reported; hidden files and folders, and files that are not articles, are
listed as skipped.  Every path given or found gets a status, except geomap's
own working files beside an output folder (its lock, staging and parts:
:data:`WORKING_FILE`), which are not inputs: a run whose ``-o`` lies inside
the folder it reads does not list them.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geomap.io.bounded import special_kind as _kind
from geomap.io.output_folders import (
    ARTICLES_OUTPUT,
    OUTPUT_COMPANION,
    is_output,
    is_output_folder,
    output_names,
)
from geomap.io.saved_pages import resources_reason, saved_page_of
from geomap.text import LINK_ONLY_HINT

#: Suffixes read as one article each (plain text and Markdown; ``.eml``: an e-mail,
#: :mod:`geomap.io.email_message`).
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".eml"})
#: Suffixes read as one web page each (main text extracted; ``.mhtml``: a page saved as
#: one file, :mod:`geomap.io.mhtml`).
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht"})
#: Suffixes read as corpora of many articles (feeds: one per item).
CORPUS_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".warc"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".rdf", ".xml"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES | FEED_SUFFIXES
#: Archives and compressions geomap does not open (a folder holding one says to unpack it).
ARCHIVE_SUFFIXES = frozenset(
    {".zip", ".tar", ".tgz", ".tbz2", ".txz", ".bz2", ".xz", ".zst", ".7z", ".rar"}
)
#: Archives whose members are read as a folder's files (:mod:`geomap.io.archives`).
ARCHIVE_READ_SUFFIXES = frozenset(
    {".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz"}
)
#: What a skipped archive's reason says (:func:`is_unread_archive`).
UNREAD_ARCHIVE = "an archive: unpack it to read its articles"
#: Documents in formats geomap does not read, and what to do with them: articles a
#: folder holds that the run would miss (said on the console, as archives are).
UNREAD_DOCUMENTS = {
    ".pdf": "a PDF: extract its text to read it",
    ".doc": "a word-processor document: save it as text or HTML to read it",
    ".docx": "a word-processor document: save it as text or HTML to read it",
    ".odt": "a word-processor document: save it as text or HTML to read it",
    ".rtf": "a word-processor document: save it as text or HTML to read it",
    ".epub": "an e-book: convert it to text or HTML to read it",
    ".xlsx": "a spreadsheet: save it as CSV (UTF-8) to read it",
    ".xls": "a spreadsheet: save it as CSV (UTF-8) to read it",
    ".ods": "a spreadsheet: save it as CSV (UTF-8) to read it",
    ".numbers": "a spreadsheet: save it as CSV (UTF-8) to read it",
}
#: The path that means standard input (JSON Lines).
STDIN = "-"
#: The names of the files a run keeps beside its output folder ``X`` while it writes
#: (:mod:`geomap.outdir`: ``.X.geomap.lock``, ``.X.geomap-tmp-*``, ``.X.geomap-parts``,
#: ``.X.geomap-previous``).
WORKING_FILE = re.compile(r"^\..+\.geomap(?:\.lock|-tmp-.*|-parts|-previous)$", re.DOTALL)


@dataclass(frozen=True)
class Found:
    """A path given or found in a folder, and what to do with it.

    ``status`` is ``"read"`` for a file to read, else ``"skipped"``,
    ``"empty"`` or ``"error"`` with a ``reason``; ``root`` is the folder it
    was found in (``None`` for a path given directly); ``output`` marks the
    articles of a geomap output folder (:data:`ARTICLES_OUTPUT`), read by the
    fields geomap wrote.
    """

    path: Path
    status: str
    reason: str | None = None
    root: Path | None = None
    output: bool = False


#: A web address given as an input: a scheme (its ``//`` made one ``/`` by a path), or
#: a host starting ``www.``.
_ADDRESS = re.compile(
    r"(?i)(?P<scheme>https?|ftp):/+(?P<rest>[^/\s]\S*)|(?P<www>www\.[^/\s]+\.\w+\S*)"
)


def typed_address(source: str) -> str | None:
    """The web address ``source`` (a path given that does not exist) was typed as, if one.

    >>> typed_address(str(Path("https://www.bbc.com/news/1"))), typed_address("www.bbc.com/x")
    ('https://www.bbc.com/news/1', 'www.bbc.com/x')
    >>> typed_address("stories/www.txt") is None
    True
    """
    found = _ADDRESS.fullmatch(source)
    if found is None:
        return None
    return found["www"] or f"{found['scheme']}://{found['rest']}"


def file_kind(path: Path) -> tuple[str, bool]:
    """A file's article suffix (lower-case) and whether it is gzip-compressed.

    >>> file_kind(Path("export.JSONL.gz"))
    ('.jsonl', True)
    """
    name = path.name.lower()
    gz = name.endswith(".gz")
    suffix = Path(name[:-3] if gz else name).suffix
    return suffix, gz


def archive_kind(path: Path | str) -> str | None:
    """``"zip"`` or ``"tar"`` for an archive geomap reads (by its name), else ``None``.

    >>> archive_kind(Path("pages.ZIP")), archive_kind("a.tar.gz"), archive_kind("a.rar")
    ('zip', 'tar', None)
    """
    name = str(path).lower()
    if not name.endswith(tuple(ARCHIVE_READ_SUFFIXES)):
        return None
    return "zip" if name.endswith(".zip") else "tar"


def not_article_reason(suffix: str) -> str:
    """Why a file of ``suffix`` is not read, with what to do for an archive or a document."""
    what = UNREAD_DOCUMENTS.get(suffix, UNREAD_ARCHIVE if suffix in ARCHIVE_SUFFIXES else "")
    return f"not an article file type{what and '; '}{what}"


def file_label(path: Path, root: Path | None) -> str:
    """What names a file's articles: its path in the folder given, or its name, without suffixes."""
    rel = path.relative_to(root) if root is not None else Path(path.name)
    suffix, gz = file_kind(path)
    name = rel.name[: len(rel.name) - len(suffix) - (3 if gz else 0)] or rel.name
    return (rel.parent / name).as_posix()


def find_inputs(raw: Path) -> Iterator[Found]:
    """Yield what ``raw`` (a path given on the command line) holds, in a stable order."""
    source = str(raw)
    if source == STDIN:
        yield Found(raw, "read")
        return
    try:
        st = os.stat(raw)
    except FileNotFoundError:
        address = typed_address(source)
        if address is not None:  # geomap map https://... : the same words as a file of a link
            reason = f"a web address, not a file or folder; {LINK_ONLY_HINT}"
            yield Found(raw, "error", f"{address}: {reason}")
            return
        reason = "broken symbolic link" if raw.is_symlink() else "no such file or folder"
        yield Found(raw, "error", f"{source}: {reason}")
        return
    except OSError as exc:
        yield Found(raw, "error", f"{source}: cannot be read ({exc.strerror})")
        return
    if stat.S_ISDIR(st.st_mode):
        found = list(_walk(raw, _real(raw)))
        if is_output_folder(raw):
            found = [_from_output_folder(f, raw) for f in found]
        unlisted = any(f.path == raw and f.status == "error" for f in found)
        if not unlisted and not any(f.status == "read" for f in found):
            yield Found(
                raw,
                "empty",
                f"{source}: folder has no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})",
            )
        yield from found
        return
    if not stat.S_ISREG(st.st_mode):
        yield Found(raw, "error", f"{source}: {_kind(st.st_mode)}, not read")
        return
    unread = UNREAD_DOCUMENTS.get(file_kind(raw)[0])
    if unread:  # given by name: its bytes would be read as an article's text
        yield Found(raw, "error", f"{source}: not an article file type; {unread}")
        return
    yield Found(raw, "read", output=is_output(raw))


def _from_output_folder(found: Found, folder: Path) -> Found:
    """A file of a geomap output folder given as input: only its articles are read.

    ``geomap claims out/`` (or a new ``geomap map out/``) reads the articles the run
    mapped (:data:`ARTICLES_OUTPUT`: text and metadata); the other outputs hold no
    article and are listed as skipped, not reported as empty corpora.
    """
    if found.status == "error" or found.path.parent != folder:
        return found
    if found.path.name not in output_names():
        return found  # a file geomap does not write (an article put there) is read as any
    if found.path.name == ARTICLES_OUTPUT and found.status == "read":
        return Found(found.path, "read", None, found.root, output=True)
    reason = f"{found.path}: {OUTPUT_COMPANION} {ARTICLES_OUTPUT}"
    return Found(found.path, "skipped", reason, found.root)


def is_unread_archive(reason: str | None) -> bool:
    """Whether a skip is an archive, a document or a list of links: articles the run may miss."""
    hints = (UNREAD_ARCHIVE, *UNREAD_DOCUMENTS.values(), LINK_ONLY_HINT)
    return bool(reason) and str(reason).endswith(hints)


def _real(path: Path) -> Path | None:
    """``path`` with every link resolved, or ``None`` when it cannot be resolved."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None


def _outside(target: Path, top: Path | None) -> bool:
    """Whether the resolved ``target`` lies outside the folder given, ``top`` (resolved)."""
    return top is None or not target.is_relative_to(top)


def _walk(root: Path, top: Path | None) -> Iterator[Found]:
    """Files under ``root``, depth first, sorted by name; symlinked folders not followed.

    A link to a file outside ``top`` (the folder given, resolved) is not followed
    either: a folder unpacked from an archive may hold ``story.txt -> /etc/shadow``,
    whose text would otherwise be copied into ``articles.jsonl``. Given by name, a
    link is read.  The folders open are kept on a stack, not in recursive calls: a
    folder nested a thousand deep (an unpacked archive's) stopped the whole run with
    Python's RecursionError; the depth is now bounded by the longest path the system
    lists, and a folder past it is one "cannot be listed" line.
    """
    listed = _listing(root)
    if isinstance(listed, Found):
        yield listed
        return
    stack = [iter(listed)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        entry, names = item
        path = Path(entry.path)
        if WORKING_FILE.match(entry.name):
            continue  # a run's own lock or staging, not an input
        if entry.name.startswith("."):
            what = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            yield Found(path, "skipped", f"{path}: hidden {what}, not read", root)
            continue
        if entry.is_dir(follow_symlinks=False):
            page = saved_page_of(entry.name, names, HTML_SUFFIXES)
            if page is not None:
                yield Found(path, "skipped", resources_reason(str(path), page), root)
                continue
            inner = _listing(path)
            if is_output_folder(path):
                reason = f"{path}: a geomap output folder, its outputs not read"
                yield Found(path, "skipped", reason, root)
                if isinstance(inner, list):  # anything else in it is read as anywhere
                    inner = [(e, n) for e, n in inner if e.name not in output_names()]
            if isinstance(inner, Found):
                yield Found(inner.path, inner.status, inner.reason, root)
            else:
                stack.append(iter(inner))
            continue
        yield _found_file(entry, path, root, top)


def _listing(folder: Path) -> list[tuple[os.DirEntry[str], set[str]]] | Found:
    """A folder's entries sorted by name, each with the names beside it, or why not."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        return Found(folder, "error", f"{folder}: cannot be listed ({exc.strerror})", folder)
    names = {e.name for e in entries}
    return [(entry, names) for entry in entries]


def _found_file(entry: os.DirEntry[str], path: Path, root: Path, top: Path | None) -> Found:
    """What to do with a file (or a link to one) found in a folder."""
    if entry.is_symlink():
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return Found(path, "error", f"{path}: broken symbolic link", root)
        except OSError as exc:  # a ring of links (ELOOP), a folder not searchable
            reason = f"symbolic link cannot be followed ({exc.strerror})"
            return Found(path, "error", f"{path}: {reason}", root)
        if stat.S_ISDIR(st.st_mode):
            return Found(path, "skipped", f"{path}: link to a folder, not followed", root)
        target = _real(path)
        if target is None or _outside(target, top):
            where = target or "unresolved"
            reason = f"link to a file outside the folder ({where}), not followed"
            return Found(path, "skipped", f"{path}: {reason}; give it by name to read it", root)
    suffix = file_kind(path)[0]
    if suffix not in ARTICLE_SUFFIXES and not archive_kind(path):
        return Found(path, "skipped", f"{path}: {not_article_reason(suffix)}", root)
    return Found(path, "read", None, root)
