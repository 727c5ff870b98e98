"""MinHash sketches of a text's five-word sequences, for :mod:`geomap.copies`.

A text's sketch (:func:`sketched`) holds the least of each of :data:`PERMUTATIONS`
hashes over its five-word sequences; the share of equal values of two sketches
estimates the texts' Jaccard similarity (:func:`similarity`), and with their counts
of sequences, the share of the shorter text's sequences the other holds
(:func:`overlap`; counted exactly for two short texts, :func:`shared`).  Its bands
(:func:`band_keys`) are the keys of the index that finds the sketches alike.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

#: Words per sequence (shingle).
SHINGLE = 5
#: Values in a sketch (MinHash permutations).
PERMUTATIONS = 64
#: Bands of the index and values per band (BANDS * ROWS <= PERMUTATIONS): a pair
#: sharing 60% of its sequences shares a band but for 1 time in 150.
BANDS, ROWS = 21, 3
#: Most distinct sequences of a text whose sequences are kept and compared exactly.
EXACT = 256
#: Fewest words of a text that can be told a copy (a headline alone cannot).
MIN_WORDS = 20
#: Words of a text read for its sketch (a 5 MB article's first pages suffice).
MAX_WORDS = 20_000
#: Shingles hashed at once (bounds the temporary arrays to a few MB).
CHUNK = 8192

_WORD = re.compile(r"\w+")
_RNG = np.random.default_rng(20261206)
_A = _RNG.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MAX = np.uint64(2**64 - 1)


def _word_hashes(words: list[str]) -> NDArray[np.uint64]:
    """A hash of each word (CRC-32 of its UTF-8 bytes: stable across runs and processes).

    Each distinct word is hashed once (a text repeats most of its words).
    """
    table = {w: zlib.crc32(w.encode("utf-8")) for w in dict.fromkeys(words)}
    return np.fromiter(map(table.__getitem__, words), dtype=np.uint64, count=len(words))


def sketch(text: str) -> NDArray[np.uint32] | None:
    """The MinHash sketch of ``text``'s five-word sequences, ``None`` if short."""
    found = sketched(text)
    return None if found is None else found.values


@dataclass(frozen=True)
class Sketch:
    """A text's sketch.

    Its MinHash values, its count of distinct five-word sequences and, for a short
    text (up to :data:`EXACT` sequences), the sequences themselves.
    """

    values: NDArray[np.uint32]
    count: int
    exact: NDArray[np.uint64] | None


def shared(a: Sketch, b: Sketch) -> float:
    """The share of the shorter text's five-word sequences the other holds.

    Counted when both texts are short (a 64-value sketch of a 30-word brief is off by
    as much as one inserted word changes it), else estimated (:func:`overlap`).
    """
    if a.exact is not None and b.exact is not None:
        both = np.intersect1d(a.exact, b.exact, assume_unique=True).size
        return both / max(1, min(a.count, b.count))
    return overlap(similarity(a.values, b.values), a.count, b.count)


def sketched(text: str) -> Sketch | None:
    """The MinHash sketch of ``text``'s five-word sequences (lower case), ``None`` if short.

    >>> story = "Drones hit the port of Izmail overnight, the governor said; debris fell "
    >>> story += "across the Danube in Romania, where officials reported no casualties."
    >>> a, b = sketched(story), sketched(story.upper().replace(";", "."))
    >>> shared(a, b), a.count, sketched("Too short to tell.") is None
    (1.0, 18, True)
    """
    words = _WORD.findall(text.lower())[:MAX_WORDS]
    if len(words) < MIN_WORDS:
        return None
    h = _word_hashes(words)
    n = len(words) - SHINGLE + 1
    with np.errstate(over="ignore"):
        shingles = h[:n].copy()
        for k in range(1, SHINGLE):
            shingles = shingles * _MIX + h[k : k + n]
        low = np.full(PERMUTATIONS, _MAX, dtype=np.uint64)
        for start in range(0, n, CHUNK):
            mixed = shingles[start : start + CHUNK, None] * _A[None, :]
            mixed += _B[None, :]
            np.minimum(low, mixed.min(axis=0), out=low)
    distinct = np.unique(shingles)
    values = (low >> np.uint64(32)).astype(np.uint32)
    return Sketch(values, int(distinct.size), distinct if distinct.size <= EXACT else None)


def overlap(sim: float, count_a: int, count_b: int) -> float:
    """The share of the shorter text's sequences the other holds, from their Jaccard similarity.

    With ``sim`` = |A∩B| / |A∪B| and |A∪B| = |A| + |B| - |A∩B|, the shared sequences
    number ``sim * (|A| + |B|) / (1 + sim)``.

    >>> overlap(1.0, 30, 30), round(overlap(0.64, 30, 32), 2), overlap(0.0, 30, 30)
    (1.0, 0.81, 0.0)
    """
    shared = sim * (count_a + count_b) / (1 + sim)
    return min(1.0, shared / max(1, min(count_a, count_b)))


def similarity(a: NDArray[np.uint32], b: NDArray[np.uint32]) -> float:
    """The share of equal values of two sketches (estimates their texts' Jaccard similarity)."""
    return float(np.count_nonzero(a == b)) / PERMUTATIONS


def band_keys(sig: NDArray[np.uint32]) -> list[int]:
    """One signed 64-bit key per band (band number and its values), for SQLite."""
    keys = []
    for band in range(BANDS):
        h = band + 1
        for value in sig[band * ROWS : (band + 1) * ROWS].tolist():
            h = (h * 0x100000001B3 ^ int(value)) & 0xFFFFFFFFFFFFFFFF
        keys.append(h - (1 << 64) if h >= 1 << 63 else h)
    return keys
