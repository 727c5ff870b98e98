"""Read articles from files: ``.txt`` files, folders of them, JSONL and CSV corpora.

Every path given or found yields :class:`~geomap.records.Article` records or
an :class:`~geomap.records.InputStatus` that names the input and the problem
(``empty``, ``skipped`` or ``error``); a bad input never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from geomap.errors import InputError
from geomap.io.corpora import ID_FIELDS, TEXT_FIELDS, read_csv, read_jsonl
from geomap.io.files import TEXT_SUFFIXES, Found, find_inputs, open_regular, read_bounded
from geomap.records import Article, InputStatus
from geomap.sanitize import has_surrogates, valid_unicode, visible_id
from geomap.text import decode_article

__all__ = ["ID_FIELDS", "TEXT_FIELDS", "TEXT_SUFFIXES", "read_inputs"]

#: Default largest article read (a text file, or one record's text), in bytes.
DEFAULT_MAX_ARTICLE_BYTES = 10_000_000

ReadResult = Article | InputStatus


def read_inputs(
    inputs: Iterable[Path | str] | Path | str, *, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
) -> Iterator[ReadResult]:
    """Yield articles (or statuses) from files and folders, lazily.

    A folder contributes its ``.txt``, ``.text``, ``.md``, ``.jsonl`` and ``.csv``
    files (sorted, recursively); hidden files and folders, files of other types
    and links to folders are listed as skipped.  A ``.jsonl`` file gives one
    article per line (``{"id": ..., "text": ...}``), a ``.csv`` file one per row.
    Only regular files are read.  Article ids must be unique across the run: a
    file whose name repeats inside a folder is identified by its path in the
    folder ("b/story"); any other repeated id is reported as an error for the
    later input.

    Parameters
    ----------
    inputs
        Paths of files or folders.
    max_article_bytes
        Largest text file or record text read (0: no limit).
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    seen: dict[str, str] = {}
    for raw in inputs:
        for found in find_inputs(Path(raw)):
            if found.status != "read":
                reason = valid_unicode(found.reason or "")
                source = valid_unicode(str(found.path))
                yield InputStatus(source, None, found.status, reason)  # type: ignore[arg-type]
                continue
            for item in _read_file(found, max_article_bytes):
                if isinstance(item, Article):
                    item = _unique(item, found, seen)
                yield item


def _unique(item: Article, found: Found, seen: dict[str, str]) -> Article | InputStatus:
    if (
        item.article_id in seen
        and found.root is not None
        and found.path.suffix.lower() in TEXT_SUFFIXES
    ):
        # Same file name in two sub-folders: the path inside the folder tells them apart.
        # (Records of a JSONL/CSV file carry their own ids: a repeat is an error.)
        rel = found.path.relative_to(found.root).with_suffix("").as_posix()
        item = replace(item, article_id=visible_id(rel))
    first = seen.get(item.article_id)
    if first is not None:
        return InputStatus(
            item.source,
            item.article_id,
            "error",
            f"{item.source}: duplicate article id {item.article_id!r} "
            f"(already used by {first}); rename one of them",
        )
    seen[item.article_id] = item.source
    return item


def _read_file(found: Found, max_bytes: int) -> Iterator[ReadResult]:
    path = found.path
    source = valid_unicode(str(path))
    suffix = path.suffix.lower()
    stem = path.stem
    try:
        if suffix in (".jsonl", ".csv"):
            with open_regular(path, 0) as fh:
                reader = read_jsonl if suffix == ".jsonl" else read_csv
                yield from reader(fh, source, max_bytes)
            return
        with open_regular(path, max_bytes) as fh:
            data = read_bounded(fh, path, max_bytes)
        text = decode_article(data, source)
    except InputError as exc:
        yield InputStatus(source, stem, "error", valid_unicode(str(exc)))
        return
    except OSError as exc:
        yield InputStatus(source, stem, "error", f"{source}: cannot be read ({exc.strerror})")
        return
    if not text.strip():
        yield InputStatus(source, stem, "empty", f"{source}: empty article (no text)")
        return
    warnings: tuple[str, ...] = ()
    if has_surrogates(stem):
        warnings = (f"{source}: file name is not valid Unicode; its id spells the bad bytes",)
    yield Article(article_id=visible_id(stem), text=text, source=source, warnings=warnings)
