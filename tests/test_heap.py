"""Giving freed memory back to the system between batches."""

from __future__ import annotations

import sys

import pytest

from geomap import heap


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc and /proc")
def test_release_returns_freed_small_blocks_to_the_system() -> None:
    if heap._malloc_trim() is None:
        pytest.skip("not glibc")
    heap.release()
    base = _rss_kb()
    # ~80 MB of blocks from the C heap (above Python's small-object allocator),
    # a survivor every 100 so that the heap's top cannot shrink by itself
    blocks = [bytearray(4000) for _ in range(20_000)]
    keep = blocks[::100]
    grown = _rss_kb()
    del blocks
    assert heap.release() is True
    assert grown - base > 40_000
    assert _rss_kb() - base < (grown - base) / 2
    assert len(keep) == 200


def test_release_is_a_no_op_without_malloc_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_malloc_trim", lambda: None)
    assert heap.release() is False
