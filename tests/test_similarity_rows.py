"""TF-IDF rows made one at a time, and products over the used columns: the same numbers."""

from __future__ import annotations

import random

import numpy as np

from geomap.claims.similarity import N_FEATURES, TermCounts, best_candidates, used_columns


def _rows(seed: int, n: int, vocab: int) -> list[list[int]]:
    rng = random.Random(seed)
    return [
        [rng.randrange(vocab) * 7919 % N_FEATURES for _ in range(rng.randrange(0, 40))]
        for _ in range(n)
    ]


def test_a_row_made_alone_is_the_matrix_row_bit_for_bit() -> None:
    rows = [*_rows(1, 300, 120), [], [5, 5, 5], [N_FEATURES - 1]]
    counts = TermCounts()
    counts.add_terms(rows[:200])  # some rows' terms were never counted
    for row in rows:
        x = counts.vectors_of([row])
        buckets, weights = counts.vector_of(row)
        assert buckets.tolist() == np.asarray(x.indices).tolist()  # sorted, each once
        assert weights.tobytes() == np.asarray(x.data, dtype=np.float64).tobytes()
    assert counts.vector_of([])[1].size == 0


def test_products_over_the_used_columns_are_the_same_bit_for_bit() -> None:
    rows = _rows(2, 150, 60)
    counts = TermCounts()
    counts.add_terms(rows)
    x = counts.vectors_of(rows)
    small = used_columns(x)
    assert small.shape == (x.shape[0], len(set(np.asarray(x.indices).tolist())))
    full = (x @ x.T.tocsc()).toarray()
    assert (small @ small.T.tocsc()).toarray().tobytes() == full.tobytes()


def test_candidates_are_those_of_the_dense_similarities() -> None:
    rows = _rows(3, 80, 30)
    counts = TermCounts()
    counts.add_terms(rows)
    x = counts.vectors_of(rows)
    groups = [i // 4 for i in range(len(rows))]
    dense = (x @ x.T).toarray()
    found = best_candidates(x, groups, k=len(rows), threshold=0.2)
    expected = sorted(
        (min(float(dense[i, j]), 1.0), i, j)
        for i in range(len(rows))
        for j in range(i + 1, len(rows))
        if groups[i] != groups[j] and dense[i, j] >= 0.2
    )
    assert sorted(found) == expected and found
