"""Long articles in pieces: how an article is cut for the model and grouped into its batches.

An article longer than :data:`CHUNK_CHARS` is parsed in pieces cut at paragraph,
sentence or word ends (:func:`geomap.text.chunk_spans`, :func:`split_pieces`), so
memory and time stay linear in its length; the pieces' mentions carry the whole
article's offsets (:func:`piece_offset`), and the report says so (:func:`pieces_note`).
Texts go to the model a few at a time (:func:`model_batches`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from geomap.text import chunk_spans

#: Longest piece of an article parsed as one spaCy doc; longer articles are cut at
#: paragraph and sentence boundaries (:func:`geomap.text.chunk_spans`), so memory
#: and time stay linear in the article's length.
CHUNK_CHARS = 10_000
#: Characters of text the model reads at once, at most (one doc longer than this goes
#: alone): a long article's pieces go to the model a few at a time, as a run's batches
#: of short articles do (:data:`geomap.batches.BATCH_CHARS`), so reading it takes no
#: more memory than a batch.  Sixteen pieces at once, the batch size, took 830 MB
#: against 401 MB for three, reading a 1 MB article.
MODEL_BATCH_CHARS = 32_000


def pieces_note(source: str, text: str) -> str | None:
    """The report's note on an article read in pieces (longer than :data:`CHUNK_CHARS`).

    Every offset is the whole article's, but the model, the article's focus and who
    said what are found within each piece.

    >>> pieces_note("a.txt", "Troops left Kyiv. " * 1000)[:61]
    'a.txt: 18,000 characters, read in 2 pieces of at most 10,000 '
    """
    if len(text) <= CHUNK_CHARS:
        return None
    n = len(chunk_spans(text, CHUNK_CHARS))
    return (
        f"{source}: {len(text):,} characters, read in {n} pieces of at most {CHUNK_CHARS:,} "
        "cut at paragraph, sentence or word ends; offsets are the whole article's, "
        "the focus and who said what are found within each piece"
    )


def model_batches(
    items: Iterable[tuple[str, str]], size: int, max_chars: int
) -> Iterator[list[tuple[str, str]]]:
    """Group ``(article_id, text)`` pairs, in order, into lists the model reads at once.

    A list holds at most ``size`` pairs; it closes before the pair that would take
    its text past ``max_chars`` characters (a longer text goes alone).

    >>> [len(g) for g in model_batches([("a", "x" * 6)] * 5, 4, 12)]
    [2, 2, 1]
    """
    group: list[tuple[str, str]] = []
    chars = 0
    for item in items:
        if group and (len(group) >= size or chars + len(item[1]) > max_chars):
            yield group
            group, chars = [], 0
        group.append(item)
        chars += len(item[1])
    if group:
        yield group


def split_pieces(
    items: Iterable[tuple[str, str]],
    limit: int,
    cuts: deque[tuple[int, int, bool]],
    every: float = 0.0,
) -> Iterator[tuple[str, str]]:
    """Cut each article into pieces of at most ``limit`` characters, noting each in ``cuts``.

    With ``every``, a line on stderr says how far a long article is read every
    ``every`` seconds (:func:`geomap.progress.reading_pieces`).
    """
    from geomap.progress import reading_pieces

    for aid, text in items:
        spans = chunk_spans(text, limit)
        for n, (start, end) in enumerate(reading_pieces(aid, spans, every)):
            cuts.append((start, end, n == len(spans) - 1))
            yield aid, text[start:end]


def piece_offset(cut: tuple[int, int, bool]) -> tuple[int, bool]:
    """A piece's ``(offset in the article, last piece?)``."""
    return cut[0], cut[2]
