"""The detector's decompressed model is cached once per model content, not per install."""

from __future__ import annotations

import lzma
import os
from pathlib import Path

import pytest

from geomap.langid_model import CACHE_ENV, copy_name, load_identifier, remove_old_copies


def _model() -> tuple[Path, str]:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE, MODEL_FILE


def test_copy_name_is_keyed_by_content_not_by_time(tmp_path: Path) -> None:
    one, two = tmp_path / "a.xz", tmp_path / "b.xz"
    one.write_bytes(b"model bytes")
    two.write_bytes(b"model bytes")
    os.utime(one, ns=(1_000_000_000, 1_000_000_000))
    os.utime(two, ns=(9_000_000_000, 9_000_000_000))
    assert copy_name(one) == copy_name(two)  # two installs of one model share a copy
    two.write_bytes(b"model bytez")
    assert copy_name(one) != copy_name(two)


def test_two_installs_of_one_model_share_one_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(cache))
    load_identifier()
    before = sorted(p.name for p in cache.iterdir())
    # a second environment: the same model file with another modification time
    source, relative = _model()
    second = tmp_path / "venv2" / relative
    second.parent.mkdir(parents=True)
    second.write_bytes(source.read_bytes())
    os.utime(second, ns=(123_000_000_000, 123_000_000_000))
    monkeypatch.setattr("py3langid.langid.MODEL_DIR", str(tmp_path / "venv2"))

    def no_lzma(*args: object, **kwargs: object) -> object:
        raise AssertionError("decompressed again")

    monkeypatch.setattr(lzma, "open", no_lzma)
    assert load_identifier().classify("Troops left the capital on Monday.")[0] == "en"
    assert sorted(p.name for p in cache.iterdir()) == before
    assert len([n for n in before if n.endswith(".npz")]) == 1


def test_old_time_keyed_copies_are_removed_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    stem = "py3langid-4586720-1796625425153980848"
    old = [f"{stem}.npz", f"{stem}.depth"]
    kept = ["notes.txt", "py3langid-backup.npz", "py3langid-1-2.npz.bak", "other-1-2.npz"]
    for name in old + kept:
        (cache / name).write_bytes(b"x")
    (cache / "py3langid-1-2.npz.d").mkdir()
    monkeypatch.setenv(CACHE_ENV, str(cache))
    load_identifier()
    names = {p.name for p in cache.iterdir()}
    assert not names & set(old)
    assert set(kept) | {"py3langid-1-2.npz.d"} <= names
    assert remove_old_copies(cache) == 0


def test_a_damaged_copy_is_discarded_and_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    load_identifier()
    (copy,) = tmp_path.glob("py3langid-*.npz")
    copy.write_bytes(b"PK\x03\x04 truncated")
    assert load_identifier().classify("Die Regierung in Warschau kündigte an.")[0] == "de"
    assert not copy.exists()
    load_identifier()
    assert copy.stat().st_size > 1_000_000
