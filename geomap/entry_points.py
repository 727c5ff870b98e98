"""Registries whose entry points no installed package declares are not searched again and again.

catalogue, the registry library of spaCy, thinc and srsly, searches the installed
entry points of a registry's group every time the registry is read, when the
registry accepts entry points: srsly's msgpack encoders and decoders on every
``Doc.to_bytes`` and ``Doc.from_bytes`` (the docs a parsing process hands to
:mod:`geomap.stages`), spaCy's and thinc's registries while a model loads, once in
every parsing process.  Each search selects from every entry point of every
installed package (about 0.7 ms here).  catalogue reads the installed entry points
once, at its import; a group none of them belongs to can give nothing to any
search, so :func:`skip_empty_entry_points` turns the searches off for the
registries of such groups.  A registry whose group has entry points (spaCy's
factories: geomap declares its own components there) is left as it is, so what
every registry returns is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def skip_empty_entry_points(registries: Iterable[Any] | None = None) -> int:
    """Stop searching entry points for the registries of groups no package declares.

    Parameters
    ----------
    registries
        catalogue registries to check (default: srsly's msgpack ones and every
        registry of spaCy's and thinc's ``registry``).

    Returns
    -------
    int
        How many registries were changed.
    """
    import catalogue

    declared = declared_groups(catalogue.AVAILABLE_ENTRY_POINTS)
    changed = 0
    for registry in _known_registries() if registries is None else registries:
        if registry.entry_points and registry.entry_point_namespace not in declared:
            registry.entry_points = False
            changed += 1
    return changed


def declared_groups(found: Any) -> set[str]:
    """The groups of the entry points catalogue found (an ``EntryPoints`` or a dict by group)."""
    groups = getattr(found, "groups", None)
    if groups is not None:
        return set(groups)
    return set(found)


def _known_registries() -> list[Any]:
    """The msgpack registries of srsly and every registry of spaCy's (so thinc's) ``registry``."""
    import catalogue
    import srsly.msgpack
    from spacy.util import registry

    found = [srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders]
    for name in dir(registry):  # spaCy's registry class inherits thinc's registries
        value = getattr(registry, name, None)
        if isinstance(value, catalogue.Registry):
            found.append(value)
    return found
