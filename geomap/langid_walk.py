"""py3langid's byte n-gram counts, walked for every position of a text at once (numpy).

py3langid reads a text's UTF-8 bytes through an Aho-Corasick automaton, one byte
at a time in Python (``py3langid.langid.visit_counts``), and counts the feature
each state it reaches emits: about two thirds of its time, and language
detection runs in the process that writes, once per article.

In an Aho-Corasick automaton the state after a byte is the longest suffix of the
text read so far that is a prefix of some n-gram, so it depends only on the last
``depth`` bytes (``depth``: the longest n-gram, 6 bytes in py3langid's model): it
is the state the walk of those bytes from the start state reaches.  Every
position is walked that way at once, ``depth`` numpy steps over the whole text
(:func:`feature_counts`).  The features and their counts are the same, in the
same order (each feature where it first occurs), and :class:`WalkingIdentifier`
scores them with py3langid's own arithmetic: the probabilities are the same bit
for bit (``tests/test_langid_walk.py``; ``bench/check_langid_automaton.py``
checks the model's every transition against the Aho-Corasick rule).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import LanguageIdentifier

#: Deepest automaton walked this way (a deeper one is read by py3langid's walk).
MAX_DEPTH = 16


def dfa_depth(moves: np.ndarray, rows: np.ndarray) -> int:
    """The automaton's depth: the most bytes any state needs from the start state.

    ``moves`` holds rows of 256 next states, ``rows`` each state's row (py3langid's
    ``tk_nextmove`` and ``tk_row``).  A breadth-first walk, level by level.
    """
    table = moves.reshape(-1, 256)
    depth = np.full(len(rows), -1, dtype=np.intp)
    depth[0] = 0
    frontier = np.zeros(1, dtype=np.intp)
    level = 0
    while len(frontier):
        targets = table[np.unique(rows[frontier])].ravel()
        frontier = np.unique(targets[depth[targets] < 0])
        level += 1
        depth[frontier] = level
    return int(depth.max())


def feature_counts(
    moves: np.ndarray, bases: np.ndarray, outputs: np.ndarray, depth: int, data: bytes
) -> tuple[np.ndarray, np.ndarray]:
    """The features the walk over ``data`` emits and how often, each where it first occurs.

    Parameters
    ----------
    moves, bases, outputs
        The automaton: next states by ``bases[state] + byte``, the feature a state
        emits (negative: none).
    depth
        The automaton's depth (:func:`dfa_depth`).
    data
        The text's bytes.
    """
    codes = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
    n = len(codes)
    states = np.zeros(n, dtype=np.intp)
    for back in range(min(depth, n) - 1, -1, -1):  # position i reads byte i - back
        states[back:] = moves[bases[states[back:]] + codes[: n - back]]
    emitted = outputs[states]
    where = np.flatnonzero(emitted >= 0)
    if not len(where):
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    keys = np.sort(emitted[where] * n + where)  # by feature, then position
    features = keys // n
    starts = np.flatnonzero(np.diff(features, prepend=-1))
    counts = np.diff(starts, append=len(keys))
    order = np.argsort(keys[starts] % n)  # by first position, as py3langid's Counter
    return features[starts][order], counts[order]


class WalkingIdentifier(LanguageIdentifier):
    """py3langid's ``LanguageIdentifier``, its feature counts walked by :func:`feature_counts`.

    Until :meth:`walk` gives it the automaton's depth, it is py3langid's own.
    """

    __slots__ = ("_bases", "_depth", "_moves", "_outputs")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._depth: int | None = None
        self._moves = np.frombuffer(self.tk_nextmove, dtype=f"u{self.tk_nextmove.itemsize}")
        rows = np.frombuffer(self.tk_row, dtype=f"u{self.tk_row.itemsize}")
        self._bases = rows.astype(np.intp) << 8
        self._outputs = np.asarray(self.tk_output, dtype=np.intp)

    def rows(self) -> np.ndarray:
        """Each state's row of next states (``tk_row``)."""
        return self._bases >> 8

    def walk(self, depth: int) -> None:
        """Count features by :func:`feature_counts` from now on (an automaton ``depth`` deep)."""
        self._depth = depth if 0 < depth <= MAX_DEPTH else None

    def _raw_score(self, text: Any) -> np.ndarray:
        """py3langid's raw scores of the encoded ``text``, its features counted at once."""
        if self._depth is None or not isinstance(text, bytes):
            return super()._raw_score(text)
        features, counts = feature_counts(
            self._moves, self._bases, self._outputs, self._depth, text
        )
        if not len(features):
            return super()._raw_score(b"")  # py3langid's fill
        # py3langid's _sparse_score, on the same arrays in the same order
        table = self.nb_ptc[features]
        return np.log1p(counts.astype(np.float32)) @ table + self.nb_pc


def known_depth(path: Path, identifier: WalkingIdentifier) -> int:
    """The automaton's depth, kept in ``path`` (found once, then read back)."""
    try:
        kept = int(path.read_text(encoding="ascii"))
        if 0 < kept <= MAX_DEPTH:
            return kept
    except (OSError, ValueError):
        pass
    depth = dfa_depth(identifier._moves, identifier.rows())
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".depth-", suffix=".part")
        try:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(str(depth))
            os.replace(tmp_name, path)
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
    except OSError:
        pass  # found again next time
    return depth
