"""A folder ``geomap map`` wrote, read back: its mentions, claims and articles, no model.

``geomap claims out/`` on a run's output folder answers from what the run saved
(the GeoPackage's ``mentions`` layer holds every field of every mention,
:func:`geomap.mention_rows.mention_row`; ``articles.jsonl`` every article's
metadata), instead of reading the folder's own files as articles and geoparsing
them again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import InputError
from geomap.published import GIVEN_FIELD
from geomap.records import Claim, Mention

#: The file that marks a folder as a run's outputs, and the one the records are read from.
REPORT = "report.json"
GEOPACKAGE = "geomap.gpkg"
ARTICLES = "articles.jsonl"
#: Article fields of ``articles.jsonl`` kept for the claims view.
INFO_FIELDS = (
    "title", "outlet", "published", GIVEN_FIELD, "url", "author", "language", "copy_of",
)  # fmt: skip


@dataclass(frozen=True)
class SavedRun:
    """What a run's output folder holds for the claims view."""

    folder: Path
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    article_info: dict[str, dict[str, str]]
    problems: tuple[str, ...] = ()


def is_saved_run(path: Path) -> bool:
    """Whether ``path`` is a folder ``geomap map`` wrote (its ``report.json`` says so)."""
    report = path / REPORT
    if not path.is_dir() or not report.is_file():
        return False
    try:
        with report.open(encoding="utf-8") as fh:
            head = fh.read(4096)
    except (OSError, UnicodeDecodeError):
        return False
    return '"geomap_version"' in head


def read_saved_run(folder: Path) -> SavedRun:
    """The mentions, claims and article metadata of a run's output folder.

    Raises
    ------
    InputError
        If the folder holds no GeoPackage (a run written with ``--format`` without
        ``gpkg``), or it cannot be read; the message names the folder.
    """
    from geomap.claims.collect import claims_from_mentions
    from geomap.mention_rows import mention_from_row

    gpkg = folder / GEOPACKAGE
    if not gpkg.is_file():
        raise InputError(
            f"{folder}: a geomap output folder without {GEOPACKAGE}, whose mentions the "
            "claims are read from; write it again with the gpkg format, or give the articles"
        )
    try:
        import pyogrio

        frame = pyogrio.read_dataframe(gpkg, layer="mentions", read_geometry=False)
    except Exception as exc:  # pyogrio raises its own errors for a damaged file
        raise InputError(f"{gpkg}: not a readable GeoPackage of geomap's ({exc})") from exc
    mentions: list[Mention] = []
    damaged: list[str] = []
    for number, row in enumerate(frame.to_dict("records"), 1):
        try:
            mentions.append(mention_from_row(row))
        except (KeyError, TypeError, ValueError) as exc:  # a row edited by hand, a NULL
            damaged.append(f"row {number}: {type(exc).__name__}: {exc}")
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    claims = [c for ms in by_article.values() for c in claims_from_mentions(ms)]
    info, bad_lines = _article_info(folder, frame)
    problems = [
        f"{where}: {len(bad)} damaged {what} left out (first: {bad[0]})"
        for where, bad, what in (
            (gpkg, damaged, "mention row(s)"),
            (folder / ARTICLES, bad_lines, "line(s)"),
        )
        if bad
    ]
    return SavedRun(folder, tuple(mentions), tuple(claims), info, tuple(problems))


def _article_info(folder: Path, frame: object) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Article id -> its metadata: from ``articles.jsonl``, else the mentions' own columns.

    The lines of ``articles.jsonl`` that are no article record are returned, numbered.
    """
    info: dict[str, dict[str, str]] = {}
    bad: list[str] = []
    path = folder / ARTICLES
    if path.is_file():
        with path.open(encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh, 1):
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    bad.append(f"line {number}: not JSON ({exc.args[0] if exc.args else exc})")
                    continue
                if isinstance(record, dict) and record.get("article") is not None:
                    info[str(record["article"])] = _fields(record)
                elif line.strip():
                    bad.append(f"line {number}: no article record")
        return info, bad
    for record in frame.to_dict("records"):  # type: ignore[attr-defined]
        info.setdefault(str(record.get("article")), _fields(record))
    return info, bad


def _fields(record: dict[str, object]) -> dict[str, str]:
    """The :data:`INFO_FIELDS` of a record that have a value, as text."""
    out = {}
    for name in INFO_FIELDS:
        value = record.get(name)
        if value is not None and value == value:  # not NaN
            out[name] = str(value)
    return out
