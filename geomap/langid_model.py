"""py3langid's model, read from an uncompressed copy in the user's cache.

py3langid ships its model as an LZMA-compressed ``.npz`` (4.6 MB, 68 MB
uncompressed); decompressing it takes about half a second of CPU on every
run, more than a short run's parse.  The first load writes the decompressed
``.npz`` to ``$GEOMAP_CACHE_DIR`` (else ``$XDG_CACHE_HOME/geomap``, else
``~/.cache/geomap``), named after a hash of the compressed file's content (so
every install of the same model, in any number of environments, shares one
copy), and later loads read that copy (about 0.07 s).  Copies written by
earlier geomap versions, which were named after the file's size and time and
so multiplied with every new install, are removed when seen (only files of
that exact naming; nothing else in the folder is touched).  The copy is read with
``allow_pickle=False``: it holds arrays only.  A cache that cannot be written
or read is skipped and the model is read as py3langid reads it.  An identifier
read from the copy counts its features with :mod:`geomap.langid_walk` (the same
scores, about half the CPU); the automaton's depth it needs is found once and kept
beside the copy (``.depth``).
"""

from __future__ import annotations

import contextlib
import hashlib
import lzma
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

#: Environment variable naming the cache folder.
CACHE_ENV = "GEOMAP_CACHE_DIR"

#: How earlier versions named their copies: ``py3langid-<size>-<mtime_ns>.npz`` and ``.depth``.
_OLD_COPY = re.compile(r"py3langid-\d+-\d+\.(?:npz|depth)")

#: Hex digits of the content hash kept in a copy's name.
_KEY_DIGITS = 24


def cache_dir() -> Path:
    """The folder geomap keeps derived files in (nothing in it is needed)."""
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geomap"


def load_identifier() -> Any:
    """py3langid's ``LanguageIdentifier`` with normalised probabilities."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = Path(MODEL_DIR) / MODEL_FILE
    copy = _cached_copy(source)
    if copy is None:
        return LanguageIdentifier.from_model_file(source, norm_probs=True)
    try:
        return _from_npz(copy)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        _discard(copy)  # damaged: written again by the next load
        return LanguageIdentifier.from_model_file(source, norm_probs=True)


def _discard(copy: Path) -> None:
    """Remove a cached copy that could not be read, and its depth file."""
    for path in (copy, copy.with_suffix(".depth")):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def copy_name(source: Path) -> str:
    """The cached copy's file name: the compressed model's size and a hash of its content.

    Parameters
    ----------
    source
        The compressed model file (py3langid's ``model.npz.xz``).

    Returns
    -------
    str
        ``py3langid-<size>-sha256-<hex>.npz``, the same for every install of the same model.
    """
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return f"py3langid-{size}-sha256-{digest.hexdigest()[:_KEY_DIGITS]}.npz"


def remove_old_copies(folder: Path) -> int:
    """Delete the copies earlier geomap versions wrote under their time-keyed names.

    Only files named exactly as those versions named them are removed; a file
    that cannot be removed (in use, read-only folder) is left.

    Returns
    -------
    int
        How many files were removed.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if _OLD_COPY.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass
    return removed


def _cached_copy(source: Path) -> Path | None:
    """The decompressed model in the cache, written now if missing; ``None`` if impossible."""
    try:
        folder = cache_dir()
        copy = folder / copy_name(source)
        remove_old_copies(folder)
        if copy.is_file():
            return copy
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".py3langid-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as dst, lzma.open(source) as src:
                shutil.copyfileobj(src, dst, length=1 << 20)
            os.replace(tmp_name, copy)  # atomic: a reader sees all of it or nothing
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
        return copy
    except (OSError, lzma.LZMAError):
        return None


def _from_npz(path: Path) -> Any:
    """The identifier from an uncompressed model (py3langid's ``load_model`` without LZMA)."""
    import numpy as np
    from py3langid.modelio import _to_array

    from geomap.langid_walk import WalkingIdentifier, known_depth

    with np.load(path, allow_pickle=False) as data:
        identifier = WalkingIdentifier(
            data["ptc"],
            data["pc"],
            data["classes"].tolist(),
            _to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=_to_array(data["nextmove_row"]),
        )
    identifier.walk(known_depth(path.with_suffix(".depth"), identifier))
    return identifier
