"""Sentence similarity for pairing claims: TF-IDF cosine, fitted per run."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray


def tfidf_similarity(sentences: Sequence[str]) -> NDArray[np.float64]:
    """Return the cosine-similarity matrix of ``sentences`` under TF-IDF.

    The vectorizer (scikit-learn ``TfidfVectorizer``: lower-cased word unigrams
    and bigrams, English stop words removed, sublinear tf) is fitted on exactly
    these sentences, so the weights reflect the run's own vocabulary.

    Parameters
    ----------
    sentences
        The claim sentences of a run.

    Returns
    -------
    numpy.ndarray
        Square matrix, values in ``[0, 1]``; all zeros when no sentence has a
        content word.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    n = len(sentences)
    if n == 0:
        return np.zeros((0, 0))
    vectorizer = TfidfVectorizer(
        lowercase=True, stop_words="english", ngram_range=(1, 2), sublinear_tf=True
    )
    try:
        matrix = vectorizer.fit_transform(sentences)
    except ValueError:  # empty vocabulary: only stop words or no words at all
        return np.zeros((n, n))
    sims: NDArray[np.float64] = np.clip(cosine_similarity(matrix), 0.0, 1.0)
    return sims
