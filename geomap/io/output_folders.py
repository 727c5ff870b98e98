"""A geomap output folder given as input: its marker, its articles file, its other files.

``geomap claims out/`` (or a new ``geomap map out/``) reads the articles a run mapped
from :data:`ARTICLES_OUTPUT`; a folder is a run's output when it holds
:data:`OUTPUTS_MARKER` as geomap writes it (:func:`is_output_folder`), and its other
files (:func:`output_names`) are skipped with :data:`OUTPUT_COMPANION` as reason
(:func:`geomap.io.files.find_inputs`).
"""

from __future__ import annotations

import json
from pathlib import Path

#: A folder holding this file is the output of a geomap run (see :mod:`geomap.outdir`).
OUTPUTS_MARKER = ".geomap-outputs.json"
#: The output that holds a run's articles, read when its folder is given as input.
ARTICLES_OUTPUT = "articles.jsonl"

#: The reason given to an output folder's files other than its articles (which are read).
OUTPUT_COMPANION = "a geomap output; the folder's articles are read from"


def is_output(path: Path) -> bool:
    """Whether ``path`` is the articles file of a geomap output folder."""
    return path.name == ARTICLES_OUTPUT and is_output_folder(path.parent)


def is_output_folder(folder: Path) -> bool:
    """Whether ``folder`` holds :data:`OUTPUTS_MARKER` as a geomap run writes it.

    A folder that cannot be searched (no ``x`` permission) is none: it is then
    reported as a folder that cannot be listed, not the whole run stopped.
    """
    marker = folder / OUTPUTS_MARKER
    try:
        if marker.is_symlink() or not marker.is_file() or marker.stat().st_size > _MARKER_BYTES:
            return False
        found = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(found, dict) and found.get("written_by") == "geomap"


#: The largest marker read (a run's lists a dozen names).
_MARKER_BYTES = 1 << 16


def output_names() -> frozenset[str]:
    """The names of the files a geomap run writes (every writer's), its marker with them."""
    from geomap.io import KNOWN_FILES

    return KNOWN_FILES | {OUTPUTS_MARKER}


def is_output_companion(reason: str | None) -> bool:
    """Whether a skip is an output folder's other file (its articles were read instead)."""
    return bool(reason) and f": {OUTPUT_COMPANION} " in str(reason)
