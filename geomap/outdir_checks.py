"""Whether a folder can be a run's output folder: checked before any work, nothing created.

:func:`check_folder` refuses a path GDAL cannot open, a mount point, a file, a folder
that cannot be created or written, a read-only one (kept by its user) and one holding
files geomap did not write; :class:`geomap.outdir.OutputDir` calls it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from geomap.errors import OutputError
from geomap.sanitize import quoted

#: Files the operating system's file browsers drop into folders; never user data.
_SYSTEM_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
#: Characters GDAL cannot open a path with: its GeoPackage failed after the whole parse.
_GDAL_UNSAFE = re.compile("[\t\n\r]")


def check_folder(path: Path, known_files: frozenset[str], marker: str) -> None:
    """Raise :class:`OutputError` unless ``path`` can be created or replaced as output folder.

    ``known_files``: the names geomap writes there; ``marker``: the file that lists a
    run's outputs (a folder holding only those may be replaced).
    """
    if _GDAL_UNSAFE.search(str(path)):
        raise OutputError(
            f"{path}: holds a line break or tab, in which GDAL (the GeoPackage writer) "
            "cannot open a file; give another folder"
        )
    if path.is_dir() and os.path.ismount(path):
        raise OutputError(
            f"{path}: is a mount point, which geomap cannot replace as a whole; "
            f"give a folder inside it (e.g. {path / 'geomap-out'})"
        )
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: is a file, not a folder; give a folder for the outputs")
    ancestor = path.parent
    while not ancestor.exists():
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputError(f"{path}: cannot be created ({ancestor} is not a folder)")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: cannot be created or replaced ({ancestor} is not writable)")
    if path.is_dir():
        if _read_only(path):
            raise OutputError(
                f"{path}: is read-only (its outputs are kept as they are); make it "
                "writable (chmod u+w) or give another folder"
            )
        foreign = foreign_entries(path, known_files, marker)
        if foreign:
            shown = ", ".join(quoted(n) for n in foreign[:3])
            raise OutputError(
                f"{path}: holds files geomap did not write ({shown}); "
                "give a new or empty folder, or one that geomap wrote"
            )


def foreign_entries(path: Path, known_files: frozenset[str], marker: str) -> list[str]:
    """The names in ``path`` geomap did not write (not known, not listed in ``marker``)."""
    try:
        names = sorted(os.listdir(path))
    except OSError as exc:
        raise OutputError(f"{path}: cannot be read ({exc.strerror})") from exc
    # only the names geomap writes: a marker planted in an archive lists the user's files
    ours = set(known_files) | {marker} | _SYSTEM_FILES
    # a folder is never an output, even one named like an output file
    return [n for n in names if n not in ours or (path / n).is_dir()]


def _read_only(folder: Path) -> bool:
    """Whether ``folder`` may not be written: by this user, or by anyone (no write bit).

    A run replaces the folder as a whole, by renames in its parent, so its own
    permissions would not stop it; a folder made read-only is one the user keeps.
    """
    return not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222
