"""The writer seam: every output format is a :class:`Writer` in :data:`geomap.io.WRITERS`.

A writer is opened on its file in the run's staging folder, is handed each
article's records as they stream past (:meth:`Writer.add`), and completes its
file once at the end (:meth:`Writer.finish`) from the run's totals and the
:class:`~geomap.runstore.RunStore` (places, claims and pairs, read back place
by place).  Adding a format is one module with one writer and one entry in the
table.  A writer marked :attr:`Writer.optional` is written only when asked for
(``geomap map --format``, ``Result.to_files(formats=...)``); one that reads
another's file (:attr:`Writer.requires`) brings that writer into the run and is
finished after it.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TextIO

from geomap.records import ArticleResult
from geomap.sanitize import json_inert, plain_line

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.result import Result
    from geomap.runstore import RunStore


@dataclass(frozen=True)
class WriteOptions:
    """What the user chose for the outputs (``--title``, ``--tiles``, ``--min-confidence``).

    A title from the command line may hold undecodable bytes (lone surrogates),
    which become U+FFFD since no output file can hold them, and control or bidi
    characters, which become spaces (:func:`geomap.sanitize.plain_line`).
    """

    title: str = "geomap"
    tiles: str | None = None
    min_confidence: float = 0.0
    #: Draw disputed areas as this country sees them too (ISO2, ``--worldview``).
    worldview: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", plain_line(self.title) or "geomap")


@dataclass(frozen=True)
class Finished:
    """Everything a writer may read when the last article has gone past.

    Attributes
    ----------
    result
        Statuses, settings, model, gazetteer info and timings of the run.
    store
        Places, articles, claims and comparison pairs.
    gazetteer
        The gazetteer the run used (shapes and basemap for the map), or ``None``.
    outputs
        File name of every output of the run, by format name (the first, for a
        format of several files).
    files
        Every file the run writes, by name, sorted.
    """

    result: Result
    store: RunStore
    gazetteer: Gazetteer | None
    outputs: dict[str, str]
    files: tuple[str, ...] = ()


class Writer:
    """One output file.

    Parameters
    ----------
    path
        The file to write (in the staging folder).
    options
        Title and tiles.
    """

    #: File name in the output folder (the first one, for a writer of several files).
    filename: ClassVar[str] = ""
    #: Every file the writer may leave in the output folder.
    filenames: ClassVar[tuple[str, ...]] = ()
    #: Written only when asked for by name (not part of the default set).
    optional: ClassVar[bool] = False
    #: Formats whose files this writer reads in :meth:`finish` (written before it).
    requires: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.__dict__.get("filenames") and cls.filename:
            cls.filenames = (cls.filename,)

    def __init__(self, path: Path, options: WriteOptions) -> None:
        self.path = path
        self.options = options

    def prepare(self, gazetteer: Gazetteer | None) -> None:
        """Import and prepare what :meth:`finish` needs, while another process parses.

        Called once before the first article when the articles are parsed in a
        worker process, so that this work overlaps the model's load; ``gazetteer``
        is the one the run is expected to use.  Default: nothing.
        """

    def add(self, item: ArticleResult) -> None:
        """Take one article's records (default: nothing to do per article)."""

    def finish(self, run: Finished) -> None:
        """Complete the file."""
        raise NotImplementedError

    def close(self) -> None:
        """Release open files (after :meth:`finish`, or when the run fails)."""

    def abandon(self) -> None:
        """Release what it holds when the run stops (Ctrl-C, a signal, an error).

        As :meth:`close`, without waiting for work under way (the staging folder,
        with whatever was written, is removed).
        """
        self.close()


def dump(value: Any) -> str:
    """Compact JSON with the text kept as it is (UTF-8), but controls that drive a terminal.

    C1 controls, DEL, the line separators and bidi controls are written as ``\\uXXXX``
    (:func:`geomap.sanitize.json_inert`): the values read back are the same.
    """
    return json_inert(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


class JsonArrayStream:
    """Write ``prefix``, then items separated by commas, then ``suffix``: one JSON document."""

    def __init__(self, fh: TextIO, prefix: str) -> None:
        self.fh = fh
        self.first = True
        fh.write(prefix)

    def write(self, item_json: str) -> None:
        """Append one JSON item."""
        self.fh.write(item_json if self.first else ",\n" + item_json)
        self.first = False

    def end(self, suffix: str) -> None:
        """Close the array (and whatever ``suffix`` closes)."""
        self.fh.write(suffix)


def dump_indented(fh: TextIO, obj: dict[str, Any], key: str, items: Iterable[Any]) -> None:
    """Write ``obj`` as ``json.dumps(obj, ensure_ascii=False, indent=2)``, ``obj[key]`` streamed.

    ``obj[key]`` is left out and ``items`` written in its place, one at a time:
    the text is the same as that of ``obj`` holding the list of them, without
    the list or the whole text in memory.

    Raises
    ------
    KeyError
        If ``key`` is not a key of ``obj`` (it gives the array's place).
    """
    if key not in obj:
        raise KeyError(key)
    token = json.dumps(f"geomap-array-{secrets.token_hex(16)}")
    text = json_inert(json.dumps({**obj, key: json.loads(token)}, ensure_ascii=False, indent=2))
    before, _, after = text.partition(token)
    pad = "\n    "  # the array's items are two levels deep
    fh.write(before)
    n = 0
    for item in items:
        fh.write(("[" if n == 0 else ",") + pad)
        fh.write(json_inert(json.dumps(item, ensure_ascii=False, indent=2)).replace("\n", pad))
        n += 1
    fh.write("\n  ]" if n else "[]")
    fh.write(after)
