"""Sentence similarity for pairing claims: TF-IDF cosine over hashed terms, in bounded memory.

Terms are lower-cased word unigrams and bigrams with English stop words removed
(scikit-learn's ``HashingVectorizer``, 2**18 buckets), weighted by sublinear
term frequency and smoothed inverse document frequency, as scikit-learn's
``TfidfVectorizer`` does.  Hashing keeps no vocabulary: the document
frequencies of a whole run are one fixed-size array (:class:`TermCounts`),
filled as articles stream past, so memory does not grow with the corpus.
Vectors are sparse; similarities are computed only between claims about the
same place, in row blocks, keeping a few best candidates per claim
(:func:`best_candidates`), never a dense all-claims matrix.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

N_FEATURES = 1 << 18
#: Rows of the similarity block computed at once (block x claims of one place).
BLOCK = 256


@lru_cache(maxsize=1)
def _hasher() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_FEATURES,
        lowercase=True,
        stop_words="english",
        ngram_range=(1, 2),
        alternate_sign=False,
        norm=None,
    )


def term_counts(sentences: Sequence[str]) -> Any:
    """Sparse (CSR) term counts of ``sentences``, one row each."""
    return _hasher().transform(list(sentences))


class TermCounts:
    """Document frequencies of hashed terms over a whole run, in fixed memory."""

    def __init__(self) -> None:
        self.df = np.zeros(N_FEATURES, dtype=np.int64)
        self.n = 0

    def add(self, sentences: Sequence[str]) -> None:
        """Count the terms of more sentences (each sentence counts a term once)."""
        if not sentences:
            return
        counts = term_counts(sentences)
        self.df += np.bincount(counts.indices, minlength=N_FEATURES)
        self.n += len(sentences)

    def vectors(self, sentences: Sequence[str]) -> Any:
        """L2-normalised TF-IDF rows (CSR) of ``sentences`` under this run's frequencies."""
        from sklearn.preprocessing import normalize

        x = term_counts(sentences).astype(np.float64)
        x.data = 1.0 + np.log(x.data)
        idf = np.log((1.0 + self.n) / (1.0 + self.df)) + 1.0
        x = x.multiply(idf).tocsr()
        return normalize(x, norm="l2", copy=False)


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
    transposed = vectors.T.tocsc()
    for lo in range(0, n, BLOCK):
        hi = min(n, lo + BLOCK)
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
