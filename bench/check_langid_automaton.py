"""Check that py3langid's byte automaton is an Aho-Corasick one, transition by transition.

:mod:`geomap.langid_walk` counts features by walking each position's last
``depth`` bytes from the start state, which is exact when the state after any
text is the longest suffix of that text which is a prefix of an n-gram (a
trie node).  By induction that holds when every transition does: for every state
``s`` (its label: the bytes of its shortest path from the start) and byte ``b``,
the next state is the node labelled by the longest suffix of ``label(s) + b``
that labels a node.  This checks all ``states x 256`` transitions of the model
geomap loads.

    PYTHONPATH=. .venv/bin/python bench/check_langid_automaton.py
"""

from __future__ import annotations

import numpy as np


def main() -> None:
    """Print the depth, the number of transitions checked and how many break the rule."""
    from geomap.langid_model import load_identifier

    ident = load_identifier()
    moves = np.frombuffer(ident.tk_nextmove, dtype=f"u{ident.tk_nextmove.itemsize}")
    rows = np.frombuffer(ident.tk_row, dtype=f"u{ident.tk_row.itemsize}").astype(np.int64)
    table = moves.reshape(-1, 256)
    states = len(rows)
    depth = np.full(states, -1, np.int64)
    depth[0] = 0
    key = np.zeros(states, np.int64)  # a label's bytes after a leading 1 (lengths differ)
    key[0] = 1
    frontier = np.zeros(1, np.int64)
    level = 0
    while len(frontier):  # breadth first: each state's shortest label
        source = np.repeat(frontier, 256)
        byte = np.tile(np.arange(256), len(frontier))
        target = table[rows[source], byte].astype(np.int64)
        new = depth[target] < 0
        source, byte, target = source[new], byte[new], target[new]
        found, first = np.unique(target, return_index=True)
        level += 1
        depth[found] = level
        key[found] = (key[source[first]] << 8) | byte[first]
        frontier = found
    if len(np.unique(key)) != states or depth.min() < 0 or depth.max() > 6:
        raise SystemExit("labels not unique, a state unreached, or deeper than 7 bytes fit")
    order = np.argsort(key)
    sorted_keys = key[order]
    broken = 0
    for b in range(256):
        after = (key << 8) | b  # label(s) + b
        expected = np.full(states, -1, np.int64)
        for length in range(7, -1, -1):  # the longest suffix that is a label
            open_ = (depth + 1 >= length) & (expected < 0)
            suffix = (after & ((1 << (8 * length)) - 1)) | (1 << (8 * length))
            at = np.minimum(np.searchsorted(sorted_keys, suffix), states - 1)
            hit = open_ & (sorted_keys[at] == suffix)
            expected[hit] = order[at[hit]]
        broken += int((table[rows, b].astype(np.int64) != expected).sum())
    print(f"depth {int(depth.max())}, states {states}, transitions {states * 256}")
    print(f"transitions that break the Aho-Corasick rule: {broken}")


if __name__ == "__main__":
    main()
