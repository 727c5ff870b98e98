"""Progress lines on stderr when it is not a terminal (a log file, a pipe, a job runner).

On a terminal a run shows a progress bar (:func:`geomap.run.drive`); elsewhere a bar
prints nothing useful, and a long run (or one long article) would print nothing for
minutes.  :class:`ProgressLog` counts the articles read and done, with their text,
and a thread writes a line every :data:`EVERY_S` seconds; an article longer than
:data:`LONG_CHARS` is announced when it is read, and a file refused whole (over the size
limit, binary) is named as it is met (:func:`refused_whole`).  The process that parses an article
in pieces says how far it is (:func:`reading_pieces`, with
:attr:`geomap.settings.Settings.progress_s`).

    geomap: progress: done 12 of 13 articles read (0.4 of 6.4 MB of text); inputs 30% read
      (6.9 of 23.0 MB), about 4 min left, 1m30s
    geomap: progress: big: 2,400,000 of 6,000,000 characters read (40%), about 3 min left

Before the first article is done, a line says what the run waits for, not a zero count:
the process that loads a language's pipeline (on that language's first article) says so
as it starts and when it is done (:func:`loading`), and a line of the process that
counts names it when that process is the one loading.  Once the pipelines are loaded
and a long article is among those read, the line names it instead (it is read in
pieces, and its own lines say how far).

    geomap: progress: loading the French pipeline ...
    geomap: progress: none of 31 articles read parsed yet: loading the French pipeline, 0m36s
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO, TypeVar

from geomap.input_sizes import BytesRead
from geomap.records import Article, ArticleResult, InputStatus
from geomap.said_once import first_to_say
from geomap.sanitize import terminal_text
from geomap.stage_records import Reused

T = TypeVar("T")

#: Seconds between two progress lines.
EVERY_S = 30.0
#: Characters of text from which an article is announced when read (at ~40,000
#: characters a second, half a minute of parsing or more).
LONG_CHARS = 1_000_000
#: What this process is loading now (:func:`loading`), the latest last.
_LOADING: list[str] = []
#: What a run waits for before its first article is done, when this process loads nothing.
FIRST_ARTICLES = (
    "the parsing processes (or Dask workers) load each language's pipeline with its first "
    "article, then parse"
)


class ProgressLog:
    """Counts of articles read and done, written to ``stream`` every ``every`` seconds.

    Parameters
    ----------
    stream
        Where lines go (``None``: ``sys.stderr`` when a line is written).
    every
        Seconds between two lines.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        every: float = EVERY_S,
        language: str | None = None,
        sizes: dict[str, int] | None = None,
    ) -> None:
        self._stream = stream
        #: The inputs' bytes read (:func:`geomap.input_sizes.input_sizes`), if known.
        self.bytes_read = BytesRead(sizes) if sizes else None
        self.every = every
        self.language = language
        self.read_articles = self.read_chars = 0
        self.done_articles = self.done_chars = 0
        #: The long articles read (announced), by source, the latest last.
        self.long_sources: list[str] = []
        self._t0 = self._t_first = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def reading(self, items: Iterable[T]) -> Iterator[T]:
        """``items`` unchanged, each article counted as read (a long one announced).

        An article a previous run parsed (:class:`~geomap.stage_records.Reused`) is counted
        but not announced: it is not read in pieces again.
        """
        for item in items:
            if isinstance(item, InputStatus) and item.status != "ok" and self.bytes_read:
                self.bytes_read.left_out(item.source)
            if isinstance(item, InputStatus) and refused_whole(item):  # when met (user73a B3)
                self.write(f"error: {item.reason}")
            article = item.article if isinstance(item, Reused) else item
            if isinstance(article, Article):
                self.read_articles += 1
                self.read_chars += len(article.text)
                if self.bytes_read is not None:
                    meta = article.metadata.values()
                    size = len(article.text) + sum(len(v) for v in meta if isinstance(v, str))
                    self.bytes_read.read(article.source, size)
                if (
                    not isinstance(item, Reused)
                    and len(article.text) >= LONG_CHARS
                    and will_be_parsed(article, self.language)
                ):
                    self.long_sources.append(article.source)
                    self.write(
                        f"{article.source}: a long article ({_mb(len(article.text))} MB of text), "
                        "read in pieces; it takes a while"
                    )
            yield item

    def done(self, item: object) -> None:
        """Count ``item`` (a parsed article's result; a status counts for nothing) as done."""
        if isinstance(item, ArticleResult):
            if self.done_articles == 0:  # the pace is timed from here, past the loading
                self._t_first = time.monotonic()
            self.done_articles += 1
            self.done_chars += len(item.text)

    def line(self) -> str:
        """The progress so far, in one line: what the run waits for while none is done."""
        took = int(time.monotonic() - self._t0)
        if self.done_articles == 0:
            if _LOADING:
                waiting = _LOADING[-1]
            elif self.long_sources:
                waiting = f"reading {self.long_sources[0]} in pieces (its lines say how far)"
            else:
                waiting = FIRST_ARTICLES
            return (
                f"none of {self.read_articles} articles read parsed yet: {waiting}, "
                f"{took // 60}m{took % 60:02d}s"
            )
        return (
            f"done {self.done_articles} of {self.read_articles} articles read "
            f"({_of(self.done_chars, self.read_chars)} of text)"
            f"{self._inputs_part()}, {took // 60}m{took % 60:02d}s"
        )

    def _inputs_part(self) -> str:
        """The inputs part of the line ("; inputs 40% read (0.8 of 2.0 MB), about 2 min left").

        The time left is the pace of the inputs' bytes whose articles are done (those
        read, times the share of the text read that is done) since the first article
        was done: the models' loading before it is not the pace of the parsing.
        """
        meter = self.bytes_read
        if meter is None or meter.total <= 0:
            return ""
        read = meter.bytes
        done = read * self.done_chars // max(1, self.read_chars)
        share = min(100, read * 100 // meter.total)
        left = time_left(done, meter.total - done, time.monotonic() - self._t_first)
        return f"; inputs {share}% read ({_of(read, meter.total)}), {left}"

    def write(self, message: str) -> None:
        """Write ``geomap: progress: message`` (control characters escaped)."""
        write_line(message, self._stream)

    def start(self) -> None:
        """Write :meth:`line` every :attr:`every` seconds from a thread, until :meth:`stop`."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="geomap-progress", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop the thread (no more lines)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.write(self.line())


@contextmanager
def loading(what: str, every: float) -> Iterator[None]:
    """Load ``what`` ("the French pipeline"): said as it starts and when done, if ``every`` > 0.

    Lines of a :class:`ProgressLog` in this process name it while none is done.  ``every``
    is :attr:`geomap.settings.Settings.progress_s` (0: no lines, as on a terminal).  Of
    a run's parsing processes, only the first to load ``what`` says so
    (:func:`geomap.said_once.first_to_say`).
    """
    say = every > 0 and first_to_say(f"loading {what}")  # once a run, not once a process
    if say:
        write_line(f"loading {what} ...")
    t0 = time.monotonic()
    _LOADING.append(f"loading {what}")
    try:
        yield
    finally:
        _LOADING.remove(f"loading {what}")
    if say:
        write_line(f"{what} loaded in {time.monotonic() - t0:.1f} s")


def refused_whole(status: InputStatus) -> bool:
    """Whether ``status`` is an error that refused a whole file (too big, binary, unreadable).

    Said as it is met, on the progress lines, not only in the end's summary; an error of
    one record of a file ("corpus.jsonl:3") is left to the summary.
    """
    if status.status != "error" or not status.reason:
        return False
    path, _, member = status.source.partition("!")  # an archive's member, read whole
    return ":" not in member and os.path.isfile(path)


def will_be_parsed(article: Article, given: str | None = None) -> bool:
    """Whether ``article`` is in a language geomap reads (``given``: ``--language``).

    A long article in another language is skipped, not read in pieces
    (:func:`geomap.batches.parse_batch`): it is not announced.
    """
    from geomap.language import SUPPORTED_LANGUAGES, with_language

    code = with_language(article, given).metadata.get("language")
    return code is None or code in SUPPORTED_LANGUAGES


def reading_pieces(
    article_id: str,
    spans: Sequence[tuple[int, int]],
    every: float,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[tuple[int, int]]:
    """An article's pieces ``(start, end)``, with a line every ``every`` seconds saying how far.

    Each line gives the time left at the pace so far.  Nothing is written when ``every``
    is 0 or the article is one piece.
    """
    if every <= 0 or len(spans) < 2:
        yield from spans
        return
    total = spans[-1][1]
    start = last = clock()
    for span in spans:
        now = clock()
        if now - last >= every:
            last = now
            share = 100 * span[0] // max(total, 1)
            left = time_left(span[0] - spans[0][0], total - span[0], now - start)
            write_line(f"{article_id}: {span[0]:,} of {total:,} characters read ({share}%), {left}")
        yield span


def time_left(done: int, todo: int, took: float) -> str:
    """``todo`` characters' time at the pace of ``done`` in ``took`` seconds, in words."""
    if done <= 0 or took <= 0:
        return "time left not known yet"
    seconds = todo * took / done
    if seconds < 90:
        return f"about {max(1, round(seconds))} s left"
    if seconds < 90 * 60:
        return f"about {round(seconds / 60)} min left"
    return f"about {seconds / 3600:.1f} h left"


def write_line(message: str, stream: TextIO | None = None) -> None:
    """Write ``geomap: progress: message`` to ``stream`` (``None``: ``sys.stderr``)."""
    stream = stream or sys.stderr
    try:
        stream.write(f"geomap: progress: {terminal_text(message, keep_newlines=False)}\n")
        stream.flush()
    except (OSError, ValueError):  # stderr closed: the run goes on without it
        pass


def _mb(chars: int) -> str:
    return f"{chars / 1_000_000:.1f}"


def _of(part: int, whole: int) -> str:
    """``part`` of ``whole`` in the unit of ``whole``: "0.4 of 6.4 MB", "12 of 30 kB".

    A run of 50 short articles said "0.0 of 0.0 MB" (user73b).

    >>> _of(400_000, 6_400_000), _of(12_300, 30_000), _of(580, 1_006), _of(12, 600)
    ('0.4 of 6.4 MB', '12 of 30 kB', '0.6 of 1.0 kB', '12 of 600 bytes')
    """
    if whole >= 1_000_000:
        return f"{_mb(part)} of {_mb(whole)} MB"
    if whole >= 1_000:
        digits = 1 if whole < 10_000 else 0
        return f"{part / 1_000:.{digits}f} of {whole / 1_000:.{digits}f} kB"
    return f"{part} of {whole} bytes"


def with_progress(
    items: Iterable[tuple[T, Article | None]], enabled: bool | ProgressLog
) -> Iterator[tuple[T, Article | None]]:
    """``items``, counted by a progress bar on a terminal or by a :class:`ProgressLog`."""
    if isinstance(enabled, ProgressLog):
        # started here, in the run: the parsing processes were started (forked) before
        enabled.start()
        try:
            for item in items:
                enabled.done(item[0])
                yield item
        finally:
            enabled.stop()
        return
    if not enabled or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("geoparsing", total=None)
        for item in items:
            bar.advance(task)
            yield item
