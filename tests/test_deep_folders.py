"""A folder nested deeper than Python's recursion limit (rev42).

The walk recursed once per folder, two generator frames each: a folder nested 1,100
deep (an unpacked archive's) stopped the whole run with a RecursionError traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.io.record_ids import MAX_ID_CHARS
from geomap.records import Article


def _remove(top: Path) -> None:
    """Remove ``top``'s nested folders from the deepest up (``shutil.rmtree``, as pytest's
    clean-up of old temporary folders uses it, recurses and would fail on them)."""
    folders = []
    folder = str(top)
    while os.path.isdir(folder):
        folders.append(folder)
        for name in os.listdir(folder):
            if name != "d":
                os.remove(os.path.join(folder, name))
        folder = os.path.join(folder, "d")
    for folder in reversed(folders):
        os.rmdir(folder)


def _nested(top: Path, depth: int) -> Path:
    top.mkdir()
    folder = str(top)
    for _ in range(depth):
        folder = os.path.join(folder, "d")
        os.mkdir(folder)
    return Path(folder)


def test_a_folder_nested_past_the_recursion_limit_is_read_with_the_others(
    tmp_path: Path,
) -> None:
    depth = sys.getrecursionlimit() + 100
    try:
        _read_deep(tmp_path, depth)
    finally:
        _remove(tmp_path / "deep")


def _read_deep(tmp_path: Path, depth: int) -> None:
    (_nested(tmp_path / "deep", depth) / "story.txt").write_text("Officials in Kyiv said.")
    (tmp_path / "deep" / "a.txt").write_text("Officials in Lviv said.")
    (tmp_path / "deep" / "z.txt").write_text("Officials in Odesa said.")
    read = [a for a in read_inputs([tmp_path / "deep"]) if isinstance(a, Article)]
    # depth first, by name: a.txt, the folder d (and what it holds), z.txt
    assert [a.text for a in read] == [
        "Officials in Lviv said.",
        "Officials in Kyiv said.",
        "Officials in Odesa said.",
    ]
    deep = read[1]
    assert len(deep.article_id) == MAX_ID_CHARS
    assert any("shortened" in w for w in deep.warnings)
    assert read[0].article_id == "a" and not read[0].warnings
