"""Gold corpora: the uniform JSON Lines format, its reader, and the dev/test split.

One document per line::

    {"id": str, "text": str,
     "toponyms": [{"start": int, "end": int, "text": str,
                   "lat": float | null, "lon": float | null,
                   "geonameid": str | null, "type": str | null}]}

Offsets are Python ``str`` offsets (code points, end exclusive) and
``text[start:end] == toponym.text`` must hold; :func:`read_gold` checks it.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from geomap.errors import EvaluationError
from geomap.sanitize import quoted

Split = Literal["dev", "test"]
SplitChoice = Literal["dev", "test", "all"]
SPLITS: tuple[str, ...] = ("dev", "test", "all")

# TUD-Loc-2013 ships its own split; its document ids are "<split>/<file>".
_OWN_SPLITS: dict[str, Split] = {"training/": "dev", "validation/": "dev", "test/": "test"}


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold toponym annotation.

    Attributes
    ----------
    start, end
        Character offsets into the document text (end exclusive).
    text
        The annotated surface string, ``document.text[start:end]``.
    lat, lon
        Gold coordinates (WGS84), or ``None`` when the gold has none; then the
        toponym counts for recognition only.
    geonameid
        GeoNames id as a string, or ``None``.
    type
        Corpus-namespaced annotation type (``"literal:Mixed"``,
        ``"geonames:P.PPL"``, ``"tud:CITY"``), or ``None``.
    """

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: str | None = None
    type: str | None = None

    @property
    def has_coords(self) -> bool:
        """Whether the gold gives a point for this toponym."""
        return self.lat is not None and self.lon is not None

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One gold document: its id, text and toponyms sorted by ``start``."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def corpus_name(path: str | Path) -> str:
    """Return the corpus name used in reports and split hashing: the file stem."""
    return Path(path).stem


def read_gold(path: str | Path) -> list[GoldDocument]:
    """Read and validate a gold corpus in the uniform JSON Lines format.

    Parameters
    ----------
    path
        A ``.jsonl`` file, one document per line. Blank lines are skipped.

    Returns
    -------
    list of GoldDocument
        In file order, toponyms sorted by ``(start, end)``.

    Raises
    ------
    EvaluationError
        When the file cannot be read, or a line is not valid JSON, lacks a
        field, has a field of the wrong type, an offset outside the text, a
        toponym whose ``text`` differs from ``text[start:end]``, a coordinate
        out of range, or a duplicate document id (the message names the file
        and the 1-based line number); or when it holds no document at all.
    """
    p = Path(path)
    try:
        # Split on "\n" only: str.splitlines() would also break on U+2028, U+0085 and
        # friends, which JSON allows unescaped inside strings.
        lines = p.read_text(encoding="utf-8-sig").split("\n")  # a BOM is no error
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{p}: cannot read gold corpus: {exc}") from exc
    docs: list[GoldDocument] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{p}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(
                f"{where}: invalid JSON: {exc.msg} (column {exc.colno}); a gold corpus is JSON "
                'Lines, one {"id", "text", "toponyms"} object per line (docs/BENCHMARKS.md)'
            ) from exc
        doc = _parse_document(obj, where)
        if doc.id in seen:
            raise EvaluationError(
                f"{where}: duplicate document id {quoted(doc.id)} (first on line {seen[doc.id]})"
            )
        seen[doc.id] = lineno
        docs.append(doc)
    if not docs:
        raise EvaluationError(f"{p}: no documents in the gold corpus (an empty file?)")
    return docs


#: What a gold corpus looks like, said when a file is not one (articles given by mistake).
GOLD_FORMAT = (
    " (a gold corpus is JSON Lines, one annotated document per line: "
    '{"id": ..., "text": ..., "toponyms": [{"start": ..., "end": ..., "text": ..., '
    '"lat": ..., "lon": ...}]})'
)


def _parse_document(obj: Any, where: str) -> GoldDocument:
    if not isinstance(obj, dict):
        raise EvaluationError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    for key, kind in (("id", str), ("text", str), ("toponyms", list)):
        if key not in obj:
            raise EvaluationError(f"{where}: missing field {quoted(key)}{GOLD_FORMAT}")
        if not isinstance(obj[key], kind):
            raise EvaluationError(f"{where}: field {quoted(key)} must be {kind.__name__}")
    text: str = obj["text"]
    toponyms = [
        _parse_toponym(t, text, f"{where}: toponym {i}") for i, t in enumerate(obj["toponyms"])
    ]
    toponyms.sort(key=lambda t: (t.start, t.end))
    return GoldDocument(id=obj["id"], text=text, toponyms=tuple(toponyms))


def _parse_toponym(obj: Any, text: str, where: str) -> GoldToponym:
    if not isinstance(obj, dict):
        raise EvaluationError(f"{where}: expected a JSON object")
    for key in ("start", "end", "text"):
        if key not in obj:
            raise EvaluationError(f"{where}: missing field {quoted(key)}")
    start, end, surface = obj["start"], obj["end"], obj["text"]
    if type(start) is not int or type(end) is not int:
        raise EvaluationError(f"{where}: 'start' and 'end' must be integers")
    if not isinstance(surface, str):
        raise EvaluationError(f"{where}: 'text' must be a string")
    if not 0 <= start < end <= len(text):
        raise EvaluationError(
            f"{where}: offsets [{start}, {end}) outside the text (length {len(text)})"
        )
    if text[start:end] != surface:
        raise EvaluationError(
            f"{where}: text[{start}:{end}] is {quoted(text[start:end])}, "
            f"annotation says {quoted(surface)}"
        )
    lat = _coordinate(obj.get("lat"), 90.0, "lat", where)
    lon = _coordinate(obj.get("lon"), 180.0, "lon", where)
    if (lat is None) != (lon is None):
        raise EvaluationError(f"{where}: 'lat' and 'lon' must both be given or both be null")
    geonameid = obj.get("geonameid")
    if isinstance(geonameid, int) and not isinstance(geonameid, bool):
        geonameid = str(geonameid)
    if geonameid is not None and not isinstance(geonameid, str):
        raise EvaluationError(f"{where}: 'geonameid' must be a string or null")
    ttype = obj.get("type")
    if ttype is not None and not isinstance(ttype, str):
        raise EvaluationError(f"{where}: 'type' must be a string or null")
    return GoldToponym(start, end, surface, lat, lon, geonameid or None, ttype or None)


def _coordinate(value: Any, bound: float, name: str, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise EvaluationError(f"{where}: {quoted(name)} must be a number or null")
    v = float(value)
    if not math.isfinite(v) or abs(v) > bound:
        raise EvaluationError(f"{where}: {quoted(name)} = {value} out of range [-{bound}, {bound}]")
    return v


def split_of(doc_id: str, corpus: str = "") -> Split:
    """Return the split (``"dev"`` or ``"test"``) a gold document belongs to.

    Ids that carry a corpus's own split (TUD-Loc-2013: ``training/``,
    ``validation/`` -> dev, ``test/`` -> test) keep it. Every other document
    is assigned by a stable hash: ``int(sha1(f"{corpus}:{doc_id}"), 16) % 2``,
    0 -> dev, 1 -> test, so the split never changes between runs or machines.

    Parameters
    ----------
    doc_id
        The gold document id.
    corpus
        The corpus name (:func:`corpus_name`), part of the hash key.
    """
    for prefix, split in _OWN_SPLITS.items():
        if doc_id.startswith(prefix):
            return split
    digest = hashlib.sha1(f"{corpus}:{doc_id}".encode()).hexdigest()
    return "dev" if int(digest, 16) % 2 == 0 else "test"


def select(
    docs: Iterable[GoldDocument],
    *,
    split: SplitChoice | str = "all",
    corpus: str = "",
    limit: int | None = None,
) -> list[GoldDocument]:
    """Keep the documents of one split (``"all"``: every one), then the first ``limit``.

    Raises
    ------
    EvaluationError
        On an unknown split name or a negative limit.
    """
    if split not in SPLITS:
        raise EvaluationError(f"unknown split {quoted(split)}; choose one of {', '.join(SPLITS)}")
    if limit is not None and limit < 0:
        raise EvaluationError(f"--limit must be >= 0, got {limit}")
    kept: Sequence[GoldDocument] = [
        d for d in docs if split == "all" or split_of(d.id, corpus) == split
    ]
    return list(kept if limit is None else kept[:limit])
