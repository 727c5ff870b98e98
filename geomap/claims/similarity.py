"""Sentence similarity for pairing claims: TF-IDF cosine over hashed terms, in bounded memory.

Terms are lower-cased words of two or more letters and digits, English stop
words removed (spaCy's list), and the bigrams of the remaining words; each term
is hashed (CRC-32) into one of 2**18 buckets.  Weights are sublinear term
frequency times smoothed inverse document frequency, as scikit-learn's
``TfidfVectorizer`` computes them.  Hashing keeps no vocabulary: the document
frequencies of a whole run are one fixed-size array (:class:`TermCounts`),
filled as articles stream past, so memory does not grow with the corpus.
Vectors are sparse; similarities are computed only between claims about the
same place, in row blocks, keeping a few best candidates per claim
(:func:`best_candidates`), never a dense all-claims matrix.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

N_FEATURES = 1 << 18
#: Rows of the similarity block computed at once (block x claims of one place), at most.
BLOCK = 256
#: Cells of one dense similarity block, at most (1 MiB of float64): a place with many
#: claims is compared in fewer rows at a time, so memory does not grow with its claims.
BLOCK_CELLS = 1 << 17
_WORD = re.compile(r"(?u)\b\w\w+\b")


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """The English stop words of spaCy, read without importing spaCy (a writer has not)."""
    import sys

    loaded = sys.modules.get("spacy.lang.en.stop_words")
    if loaded is not None:
        return frozenset(loaded.STOP_WORDS)
    import importlib.util
    from pathlib import Path

    found = importlib.util.find_spec("spacy")
    if found is None or not found.submodule_search_locations:
        raise ModuleNotFoundError("spacy is not installed", name="spacy")
    path = Path(next(iter(found.submodule_search_locations))) / "lang" / "en" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("geomap._en_stop_words", path)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"spaCy's English stop words are missing ({path})")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def terms(sentence: str) -> list[int]:
    """Hashed unigram and bigram buckets of a sentence (with repeats)."""
    return sentence_terms(sentence)[1]


def sentence_terms(sentence: str) -> tuple[list[str], list[int]]:
    """A sentence's words (lower case, no stop words) and :func:`terms` (unigrams first)."""
    stop = english_stop_words()
    words = [w for w in _WORD.findall(sentence.lower()) if w not in stop]
    grams = [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]
    return words, [_bucket(g) for g in grams]


def joined_terms(parts: Sequence[tuple[list[str], list[int]]]) -> list[int]:
    """:func:`terms` of the sentences joined by spaces, from each one's :func:`sentence_terms`.

    A word never spans the space between two sentences, so the joined text's words are
    the sentences' words in turn: its unigrams are theirs, its bigrams theirs plus one
    across each boundary (the last word of a sentence with the first of the next that
    has words), in the order :func:`terms` makes them.  Only those are hashed here.
    """
    unigrams: list[int] = []
    bigrams: list[int] = []
    last: str | None = None
    for words, buckets in parts:
        if not words:
            continue
        n = len(words)
        unigrams.extend(buckets[:n])
        if last is not None:
            bigrams.append(_bucket(f"{last} {words[0]}"))
        bigrams.extend(buckets[n:])
        last = words[-1]
    return unigrams + bigrams


def _bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) & (N_FEATURES - 1)


def term_counts(sentences: Sequence[str]) -> Any:
    """Sparse (CSR) term counts of ``sentences``, one row each."""
    return bucket_counts([terms(s) for s in sentences])


def bucket_counts(rows: Sequence[Sequence[int]]) -> Any:
    """Sparse (CSR) counts of hashed terms (:func:`terms` of each sentence), one row each.

    Each row's buckets are sorted, each once, with its count (as a float).  Counted
    for all rows at once: each term keyed by its row and bucket (``row * N_FEATURES +
    bucket``), the keys sorted and counted by :func:`numpy.unique`.
    """
    from scipy.sparse import csr_matrix

    lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
    flat = np.fromiter(
        itertools.chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum())
    )
    row_of = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
    keys, counts = np.unique(row_of * N_FEATURES + flat, return_counts=True)
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys // N_FEATURES, minlength=len(rows)), out=indptr[1:])
    return csr_matrix(
        (counts.astype(np.float64), keys % N_FEATURES, indptr),
        shape=(len(rows), N_FEATURES),
    )


class TermCounts:
    """Document frequencies of hashed terms over a whole run, in fixed memory."""

    def __init__(self) -> None:
        self.df = np.zeros(N_FEATURES, dtype=np.int64)
        self.n = 0
        self._idf: NDArray[np.float64] | None = None  # of the counts so far, made once

    def idf(self) -> NDArray[np.float64]:
        """Smoothed inverse document frequency of every bucket (computed once per count)."""
        if self._idf is None:
            self._idf = np.log((1.0 + self.n) / (1.0 + self.df)) + 1.0
        return self._idf

    def add(self, sentences: Sequence[str]) -> None:
        """Count the terms of more sentences (each sentence counts a term once)."""
        self.add_terms([terms(s) for s in sentences])

    def add_terms(self, rows: Sequence[Sequence[int]]) -> None:
        """Count more sentences given as their :func:`terms` (each counts a term once)."""
        if not rows:
            return
        seen = [b for row in rows for b in set(row)]
        if seen:  # the buckets seen, not a count of all N_FEATURES made per call
            buckets, counts = np.unique(np.asarray(seen, dtype=np.int64), return_counts=True)
            self.df[buckets] += counts
        self.n += len(rows)
        self._idf = None

    def vectors(self, sentences: Sequence[str]) -> Any:
        """L2-normalised TF-IDF rows (CSR) of ``sentences`` under this run's frequencies."""
        return self.vectors_of([terms(s) for s in sentences])

    def vectors_of(self, rows: Sequence[Sequence[int]]) -> Any:
        """L2-normalised TF-IDF rows (CSR) of sentences given as their :func:`terms`."""
        x = bucket_counts(rows)
        x.data = 1.0 + np.log(x.data)
        x.data *= self.idf()[x.indices]
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0.0] = 1.0
        x.data /= np.repeat(norms, np.diff(x.indptr))
        return x

    def vector_of(self, row: Sequence[int]) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        """One sentence's L2-normalised TF-IDF row as (sorted buckets, weights), without scipy.

        The same numbers, bit for bit, as that row of :meth:`vectors_of` (the same
        operations in the same order: the squares summed by ``np.add.reduceat`` as
        scipy's row sums are), for a caller that makes them one at a time: a
        sparse matrix's construction and checks cost ten times the arithmetic of
        one short row.
        """
        buckets, counts = np.unique(np.asarray(row, dtype=np.int64), return_counts=True)
        weights = 1.0 + np.log(counts.astype(np.float64))
        weights *= self.idf()[buckets]
        if len(weights):
            norm = np.sqrt(np.add.reduceat(weights * weights, [0]))[0]
            if norm != 0.0:
                weights /= norm
        return buckets, weights


def tfidf_similarity(sentences: Sequence[str]) -> NDArray[np.float64]:
    """Cosine-similarity matrix of a few ``sentences`` (their own frequencies).

    For tests and small inputs; runs use :func:`best_candidates`.  Rows with no
    content word are all zeros.
    """
    n = len(sentences)
    if n == 0:
        return np.zeros((0, 0))
    counts = TermCounts()
    counts.add(sentences)
    x = counts.vectors(sentences)
    sims: NDArray[np.float64] = np.clip((x @ x.T).toarray(), 0.0, 1.0)
    return sims


def block_rows(n: int) -> int:
    """Rows compared at once with ``n`` claims: :data:`BLOCK`, fewer past :data:`BLOCK_CELLS`.

    >>> block_rows(100), block_rows(5000), block_rows(10**7)
    (256, 26, 1)
    """
    return max(1, min(BLOCK, BLOCK_CELLS // max(n, 1)))


def best_candidates(
    vectors: Any, groups: Sequence[int], *, k: int, threshold: float
) -> list[tuple[float, int, int]]:
    """The ``k`` most similar rows of another group for each row, above ``threshold``.

    Parameters
    ----------
    vectors
        L2-normalised sparse rows (the claims about one place).
    groups
        The article of each row; rows of one article are never candidates of each other.
    k
        Candidates kept per row.
    threshold
        Minimum cosine similarity.

    Returns
    -------
    list of (similarity, i, j)
        With ``i < j``, each pair once.
    """
    n = vectors.shape[0]
    art = np.asarray(groups)
    found: dict[tuple[int, int], float] = {}
    vectors = used_columns(vectors)
    transposed = vectors.T.tocsc()
    rows = block_rows(n)
    for lo in range(0, n, rows):
        hi = min(n, lo + rows)
        block = (vectors[lo:hi] @ transposed).toarray()
        block[art[lo:hi, None] == art[None, :]] = 0.0
        top = min(k, n)
        idx = np.argpartition(-block, top - 1, axis=1)[:, :top] if top < n else None
        for r in range(hi - lo):
            cols = idx[r] if idx is not None else np.arange(n)
            for c in cols:
                sim = float(block[r, c])
                if sim >= threshold and sim > 0.0:
                    i, j = min(lo + r, int(c)), max(lo + r, int(c))
                    found[(i, j)] = min(sim, 1.0)
    return sorted(((s, i, j) for (i, j), s in found.items()), key=lambda t: (-t[0], t[1], t[2]))


def used_columns(vectors: Any) -> Any:
    """``vectors`` (CSR) with only the columns some row uses, in their order.

    The claims of one place use a few hundred of the :data:`N_FEATURES` buckets; a
    product with the transposed rows otherwise converts a matrix of
    :data:`N_FEATURES` rows (an index of 2**18 entries) for every place.  The
    columns keep their order and each row its entries' order, so every product
    of two rows sums the same terms in the same order: the same similarities,
    bit for bit.
    """
    from scipy.sparse import csr_matrix

    columns, inverse = np.unique(vectors.indices, return_inverse=True)
    return csr_matrix(
        (vectors.data, inverse.astype(vectors.indices.dtype), vectors.indptr),
        shape=(vectors.shape[0], len(columns)),
    )
