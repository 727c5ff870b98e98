"""Read articles from files: ``.txt`` files, folders of them, JSONL and CSV corpora.

Every input yields either an :class:`~geomap.records.Article` or an
:class:`~geomap.records.InputStatus` that names the input and the problem;
a bad input never stops the others.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from geomap.errors import InputError
from geomap.records import Article, InputStatus
from geomap.text import decode_article, normalize_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
ID_FIELDS = ("id", "article_id", "doc_id", "url")
TEXT_FIELDS = ("text", "body", "content", "article")
_MAX_FIELD = 1 << 28

ReadResult = Article | InputStatus


def read_inputs(inputs: Iterable[Path | str]) -> Iterator[ReadResult]:
    """Yield articles (or error statuses) from files and folders.

    A folder contributes its ``.txt``, ``.text``, ``.md``, ``.jsonl`` and ``.csv``
    files (sorted, recursively); a ``.jsonl``
    file one article per line (``{"id": ..., "text": ...}``); a ``.csv`` file
    one per row (columns ``id`` and ``text``). Article ids must be unique across
    the run: a file whose name repeats inside a folder is identified by its path in
    the folder ("b/story"); any other repeated id is reported as an error for the
    later input.
    """
    seen: dict[str, str] = {}
    for raw in inputs:
        root = Path(raw)
        for item in _expand(root):
            if (
                isinstance(item, Article)
                and item.article_id in seen
                and root.is_dir()
                and Path(item.source).suffix.lower() in TEXT_SUFFIXES
            ):
                # Same file name in two sub-folders: the path inside the folder tells them apart.
                # (Records of a JSONL/CSV file carry their own ids: a repeat is an error.)
                rel = Path(item.source).relative_to(root).with_suffix("").as_posix()
                item = replace(item, article_id=rel)
            if isinstance(item, Article):
                first = seen.get(item.article_id)
                if first is not None:
                    yield InputStatus(
                        item.source,
                        item.article_id,
                        "error",
                        f"{item.source}: duplicate article id {item.article_id!r} "
                        f"(already used by {first}); rename one of them",
                    )
                    continue
                seen[item.article_id] = item.source
            yield item


def _expand(path: Path) -> Iterator[ReadResult]:
    source = str(path)
    if not path.exists():
        yield InputStatus(source, None, "error", f"{source}: no such file or folder")
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _is_article_file(p))
        if not files:
            yield InputStatus(
                source,
                None,
                "error",
                f"{source}: folder has no .txt, .text, .md, .jsonl or .csv files",
            )
        for file in files:
            yield from _expand(file)
        return
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputStatus(source, None, "error", f"{source}: cannot read ({exc.strerror})")
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(data, source)
        elif suffix == ".csv":
            yield from _read_csv(data, source)
        else:
            yield _article(path.stem, decode_article(data, source), source)
    except InputError as exc:
        yield InputStatus(source, path.stem, "error", str(exc))


def _is_article_file(path: Path) -> bool:
    return not path.name.startswith(".") and (
        path.suffix.lower() in TEXT_SUFFIXES | {".jsonl", ".csv"}
    )


def _article(article_id: str, text: str, source: str) -> Article:
    if not text.strip():
        raise InputError(f"{source}: empty article (no text)")
    return Article(article_id=article_id, text=text, source=source)


def _pick(record: dict[str, object], fields: tuple[str, ...]) -> object | None:
    for name in fields:
        if name in record and record[name] not in (None, ""):
            return record[name]
    return None


def _from_record(record: dict[str, object], source: str, default_id: str) -> ReadResult:
    text = _pick(record, TEXT_FIELDS)
    art_id = str(_pick(record, ID_FIELDS) or default_id)
    if not isinstance(text, str) or not text.strip():
        return InputStatus(
            source, art_id, "error", f"{source}: no text (expected one of {', '.join(TEXT_FIELDS)})"
        )
    meta = {
        k: str(v)
        for k, v in record.items()
        if k not in TEXT_FIELDS and isinstance(v, (str, int, float)) and k not in ID_FIELDS[:1]
    }
    return Article(article_id=art_id, text=normalize_text(text), source=source, metadata=meta)


def _read_jsonl(data: bytes, source: str) -> Iterator[ReadResult]:
    text = decode_article(data, source)
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputStatus(where, None, "error", f"{where}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield InputStatus(where, None, "error", f"{where}: expected a JSON object per line")
            continue
        yield _from_record(record, where, f"{Path(source).stem}-{lineno}")


def _read_csv(data: bytes, source: str) -> Iterator[ReadResult]:
    text = decode_article(data, source)
    csv.field_size_limit(_MAX_FIELD)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not any(f in reader.fieldnames for f in TEXT_FIELDS):
        raise InputError(
            f"{source}: CSV needs a header with a text column ({', '.join(TEXT_FIELDS)})"
        )
    for rowno, row in enumerate(reader, start=2):
        where = f"{source}:{rowno}"
        yield _from_record(dict(row), where, f"{Path(source).stem}-{rowno}")
