"""The arguments of :func:`geomap.geoparse` checked before any work.

A mistake in a keyword argument is an :class:`~geomap.errors.InputError` (a
``ValueError``) naming the argument and the value as Python spells them
(``language='xx'``), where the command line names its option (``--language``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from os import PathLike

from geomap.errors import InputError, InputNotFoundError
from geomap.given_language import supported_language
from geomap.metadata import ARTICLE_FIELDS
from geomap.sanitize import quoted


def checked_language(language: str | None) -> str | None:
    """``language`` as a code geomap has a pipeline for (one check for the CLI and the API).

    :func:`~geomap.given_language.supported_language` checks it.

    Raises
    ------
    geomap.errors.InputError
        If geomap has no pipeline for it (every article would be skipped), naming the
        argument as Python spells it.
    """
    try:
        return supported_language(language)
    except InputError as exc:
        raise InputError(f"language={exc} (or language=None: each article's own)") from None


def checked_fields(fields: Mapping[str, str] | None) -> tuple[tuple[str, str], ...] | None:
    """``fields`` as ``(metadata field, column)`` pairs, every key a metadata field.

    Raises
    ------
    geomap.errors.InputError
        For a key that is no metadata field, naming it and the known ones.
    """
    if not fields:
        return None
    unknown = [k for k in fields if k not in ARTICLE_FIELDS]
    if unknown:
        raise InputError(
            f"fields={{{quoted(unknown[0])}: ...}}: {quoted(unknown[0])} is not a metadata "
            f"field; the keys are {', '.join(ARTICLE_FIELDS)}"
        )
    return tuple((str(k), str(v)) for k, v in fields.items())


def check_paths_exist(inputs: object) -> None:
    """Raise when ``inputs`` are paths and not one of them exists.

    Only a path, or a list or tuple of paths, is looked at (an iterator is not
    consumed); ``"-"`` (standard input) and web addresses are left to the readers.

    Raises
    ------
    geomap.errors.InputNotFoundError
        (A ``FileNotFoundError``.) If every path given is missing.
    """
    given: list[object] = (
        [inputs] if isinstance(inputs, (str, PathLike)) else list(inputs)
        if isinstance(inputs, (list, tuple)) else []
    )  # fmt: skip
    if not given or not all(isinstance(p, (str, PathLike)) for p in given):
        return
    paths = [str(p) for p in given]
    if any(not str(p).strip() or p == "-" or "://" in str(p) for p in paths):
        return  # an empty path, stdin, an address: the readers' own messages
    if any(os.path.lexists(p) for p in paths):
        return
    shown = ", ".join(quoted(str(p)) for p in paths[:3]) + (" ..." if len(paths) > 3 else "")
    what = "no such file or folder" if len(paths) == 1 else "none of them exists"
    raise InputNotFoundError(f"geoparse() got {shown}: {what}")
